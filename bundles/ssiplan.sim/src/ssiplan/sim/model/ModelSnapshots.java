package ssiplan.sim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.PlanningSettings;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualMachine;
import ssiplan.model.derived.EffectiveDomain;
import ssiplan.model.derived.RelocationDomains;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.RelocationDomainSnapshot;

/**
 * The model-to-simulation adapter: freezes one SSI cluster of an EMF {@link Installation} into the
 * {@link InstallationSnapshot} a run reads. It only reads the model (never sets, adds or
 * resolves anything into it), so a simulation cannot change the user's plan.
 * <p>
 * Where the model is silent the runtime's documented defaults apply, and each such assumption is
 * listed in {@link Conversion#assumptions()}. Where the model is contradictory in a way a run
 * cannot work around (a CTC without any CHPID, two members in one slot, an empty relocation
 * domain...) a {@link ModelSnapshotException} names the element and what to change.
 *
 * <pre>{@code
 * InstallationSnapshot s = ModelSnapshots.of(installation);          // its one cluster
 * Conversion c = ModelSnapshots.convert(installation.getClusters().get(1));
 * Simulation sim = Simulation.of(c.snapshot());                       // planning settings included
 * }</pre>
 */
public final class ModelSnapshots {

    private ModelSnapshots() {
    }

    /** The installation's only cluster; several clusters need {@link #of(Installation, String)}. */
    public static InstallationSnapshot of(Installation installation) {
        return convert(onlyCluster(installation)).snapshot();
    }

    /** The cluster of that SSI name. */
    public static InstallationSnapshot of(Installation installation, String clusterName) {
        return convert(cluster(installation, clusterName)).snapshot();
    }

    public static InstallationSnapshot of(SsiCluster cluster) {
        return convert(cluster).snapshot();
    }

    /** Every cluster of the installation, by SSI name in model order. */
    public static Map<String, InstallationSnapshot> all(Installation installation) {
        Map<String, InstallationSnapshot> out = new LinkedHashMap<>();
        for (SsiCluster c : installation.getClusters()) {
            out.put(c.getName(), of(c));
        }
        return out;
    }

    /** The installation's only cluster, or an error naming the clusters there are. */
    public static SsiCluster onlyCluster(Installation installation) {
        List<SsiCluster> clusters = installation.getClusters();
        if (clusters.size() == 1) {
            return clusters.get(0);
        }
        if (clusters.isEmpty()) {
            throw new ModelSnapshotException("installation " + installation.getName() + " has no SSI cluster to simulate");
        }
        throw new ModelSnapshotException("installation " + installation.getName() + " has " + clusters.size()
                + " SSI clusters (" + names(clusters) + "); say which one to simulate");
    }

    /** The cluster named {@code clusterName} (case-insensitive), or an error naming the clusters there are. */
    public static SsiCluster cluster(Installation installation, String clusterName) {
        for (SsiCluster c : installation.getClusters()) {
            if (c.getName() != null && c.getName().equalsIgnoreCase(clusterName)) {
                return c;
            }
        }
        throw new ModelSnapshotException("installation " + installation.getName() + " has no SSI cluster " + clusterName
                + (installation.getClusters().isEmpty() ? "" : "; it has " + names(installation.getClusters())));
    }

    /** The snapshot of {@code cluster} and what was assumed to build it. */
    public static Conversion convert(SsiCluster cluster) {
        ConversionNotes notes = new ConversionNotes();
        Installation installation = cluster.eContainer() instanceof Installation i ? i : null;
        boolean unnamed = cluster.getName() == null || cluster.getName().isBlank();
        String ssi = unnamed ? "SSI" : cluster.getName();
        if (unnamed) {
            notes.add("cluster without an SSI name, called SSI in the simulation", "cluster");
        }
        InstallationSnapshot.Builder b = InstallationSnapshot.builder(ssi);
        GuestMapper guests = new GuestMapper(cluster, notes);
        SortedSet<String> segments = guests.segmentNames();
        SortedSet<String> crypto = guests.cryptoTypes();
        if (!segments.isEmpty()) {
            notes.add("the plan does not say which members define saved segments; every member is taken to define"
                    + " these identically", String.join(", ", segments));
        }
        if (!crypto.isEmpty()) {
            notes.add("the plan does not record crypto adapter types; every member is taken to offer the shared"
                    + " (APVIRT) crypto its guests use", "cluster " + ssi);
        }
        MemberMapper members = new MemberMapper(installation, notes);
        try {
            for (Member m : cluster.getMembers()) {
                b.member(members.map(cluster, m, segments, crypto));
            }
            new IsfcLinkMapper(notes).map(cluster).forEach(b::link);
            new VswitchMapper().map(cluster).forEach(b::vswitch);
            for (EffectiveDomain d : RelocationDomains.all(cluster)) {
                // the SSI and single-member domains are built into the runtime under the same names
                if (d.kind() == EffectiveDomain.Kind.DEFINED) {
                    b.domain(domain(d.definition()));
                }
            }
            for (VirtualMachine vm : cluster.getVirtualMachines()) {
                b.guest(guests.map(vm));
            }
            PlanningSettings settings = installation == null ? null : installation.getSettings();
            PlanningParameters.of(settings).forEach(b::parameter);
            return new Conversion(b.build(), notes.lines());
        } catch (ModelSnapshotException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ModelSnapshotException("cluster " + ssi + ": " + e.getMessage(), e);
        }
    }

    private static RelocationDomainSnapshot domain(RelocationDomain d) {
        if (d.getMembers().isEmpty()) {
            throw new ModelSnapshotException("relocation domain " + d.getName() + " has no members; add members or delete it");
        }
        return new RelocationDomainSnapshot(d.getName(), d.getMembers().stream().map(Member::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    private static String names(List<SsiCluster> clusters) {
        return clusters.stream().map(c -> String.valueOf(c.getName())).collect(Collectors.joining(", "));
    }
}
