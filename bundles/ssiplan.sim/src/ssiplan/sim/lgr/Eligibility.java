package ssiplan.sim.lgr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import ssiplan.sim.cluster.Cluster;
import ssiplan.sim.cluster.ClusterMode;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.cluster.MemberLoad;
import ssiplan.sim.isfc.IsfcLink;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.CryptoUse;
import ssiplan.sim.snapshot.DcssUse;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.NicSnapshot;
import ssiplan.sim.snapshot.VswitchSnapshot;

/**
 * CP's eligibility checks for moving a guest to a destination (reference section 3.3): guest
 * type and state, devices, networking, saved segments, communication, tracing, crypto, cluster
 * and link state, architecture, domain and storage ("will it fit"). All reasons are collected, as
 * CP reports them all; FORCE drops the ones it overrides.
 */
public final class Eligibility {

    /** IUCV partners that do not block relocation [U: "*MSG, *MSGALL and a few other system services"]. */
    public static final Set<String> RELOCATABLE_IUCV = Set.of("*MSG", "*MSGALL");

    private final Cluster cluster;
    private final MemberLoad load;
    private final double pagingSafeUse;
    private final Map<String, Map<String, VswitchSnapshot>> vswitches = new HashMap<>();

    public Eligibility(InstallationSnapshot snapshot, Parameters p, Cluster cluster, MemberLoad load) {
        this.cluster = cluster;
        this.load = load;
        this.pagingSafeUse = p.get(SimParameters.PAGING_SAFE_USE);
        for (VswitchSnapshot v : snapshot.vswitches()) {
            vswitches.computeIfAbsent(v.member(), m -> new HashMap<>()).put(v.name(), v);
        }
    }

    /**
     * Problems that stop {@code g} moving to {@code dest} with the given FORCE operands.
     *
     * @param inFlight true for the re-check before quiesce: the guest's own relocation and its
     *                 storage already reserved on the destination are then not held against it
     */
    public List<EligibilityProblem> check(Guest g, Member dest, Set<Force> force, boolean inFlight) {
        List<EligibilityProblem> out = new ArrayList<>();
        GuestSnapshot s = g.snapshot();
        String u = g.userid();
        String d = dest.name();
        if (!g.state().loggedOn()) {
            add(out, Ineligibility.NOT_LOGGED_ON, u + " is not logged on");
            return out; // nothing else can be judged without a source
        }
        Member src = g.member();
        if (src == dest) {
            add(out, Ineligibility.SAME_MEMBER, u + " is already on " + d);
            return out;
        }
        guestType(g, s, u, inFlight, out);
        devices(s, u, dest, out);
        network(s, u, src, dest, out);
        segments(s, u, src, dest, out);
        options(s, u, dest, out);
        clusterState(u, src, dest, out);
        architecture(g, s, u, dest, out);
        storage(s, u, dest, inFlight, out);
        if (!force.isEmpty()) {
            out.removeIf(p -> p.reason().forcedBy() != null && force.contains(p.reason().forcedBy()));
        }
        return out;
    }

    private void guestType(Guest g, GuestSnapshot s, String u, boolean inFlight, List<EligibilityProblem> out) {
        if (s.multiConfiguration()) {
            add(out, Ineligibility.MULTICONFIGURATION, u + " is a multiconfiguration (IDENTITY) user; only single-configuration users relocate");
        }
        if (!s.relocatable()) {
            add(out, Ineligibility.UNSUPPORTED_GUEST, u + " does not run an operating system that supports relocation (or is a service machine)");
        }
        if (!s.relocationEnabled() && !s.multiConfiguration()) {
            add(out, Ineligibility.RELOCATION_DISABLED, u + " has VMRELOCATE OFF; put VMRELOCATE ON in its directory entry"
                    + " (or SET VMRELOCATE " + u + " ON) to allow relocation");
        }
        if (g.inTransition()) {
            add(out, Ineligibility.IN_TRANSITION, u + " is in a logon, logoff or reset sequence (" + g.state() + ")");
        }
        if (g.relocating() && !inFlight) {
            add(out, Ineligibility.ALREADY_RELOCATING, u + " already has a relocation in progress");
        }
    }

    private void devices(GuestSnapshot s, String u, Member dest, List<EligibilityProblem> out) {
        MemberSnapshot ds = dest.snapshot();
        for (DeviceSnapshot dev : s.devices()) {
            String v = "virtual device " + dev.vdev();
            switch (dev.kind()) {
                case DEDICATED_OSA, DEDICATED_HIPERSOCKETS, DEDICATED_FCP -> {
                    if (dev.eqid() == null || !ds.eqids().contains(dev.eqid())) {
                        add(out, Ineligibility.DEVICE_NO_EQUIVALENT, u + ": dedicated " + dev.kind().name().substring(10)
                                + " " + dev.vdev() + (dev.eqid() == null ? " has no EQID" : " (EQID " + dev.eqid() + ")")
                                + "; " + ds.name() + " has no equivalent device");
                    }
                }
                case DEDICATED_OTHER -> add(out, Ineligibility.DEDICATED_DEVICE, u + ": " + v
                        + " is a dedicated real device that is not an OSA, HiperSockets or FCP device, which cannot be relocated");
                case DEDICATED_DASD, DEDICATED_TAPE, DEDICATED_UNIT_RECORD -> add(out, Ineligibility.DEDICATED_DEVICE,
                        u + ": " + v + " is a dedicated " + dev.kind().name().substring(10).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                + " device, which cannot be relocated");
                case TDISK -> add(out, Ineligibility.TDISK, u + ": " + v + " is a T-disk, which cannot be relocated");
                case VIRTUAL_CTC_COUPLED -> add(out, Ineligibility.VIRTUAL_CTC, u + ": " + v
                        + " is a virtual CTC coupled to another user; detach it first");
                case MINIDISK -> {
                    if (!ds.volumes().contains(dev.volser())) {
                        add(out, Ineligibility.MINIDISK_VOLUME, u + ": minidisk " + dev.vdev() + " is on volume "
                                + dev.volser() + ", which " + ds.name() + " cannot reach");
                    }
                }
                case VDISK, VIRTUAL_OTHER -> { }
            }
        }
    }

    private void network(GuestSnapshot s, String u, Member src, Member dest, List<EligibilityProblem> out) {
        Map<String, VswitchSnapshot> there = vswitches.getOrDefault(dest.name(), Map.of());
        Map<String, VswitchSnapshot> here = vswitches.getOrDefault(src.name(), Map.of());
        for (NicSnapshot nic : s.nics()) {
            if (nic.guestLan()) {
                add(out, Ineligibility.GUEST_LAN, u + ": NIC " + nic.vdev() + " is coupled to guest LAN " + nic.lanName()
                        + "; only VSWITCH connections relocate");
                continue;
            }
            VswitchSnapshot target = there.get(nic.lanName());
            VswitchSnapshot source = here.get(nic.lanName());
            if (target == null) {
                add(out, Ineligibility.VSWITCH_MISSING, u + ": NIC " + nic.vdev() + " uses VSWITCH " + nic.lanName()
                        + ", which is not defined on " + dest.name());
            } else {
                if (source != null && !source.definition().equals(target.definition())) {
                    add(out, Ineligibility.VSWITCH_DIFFERENT, u + ": VSWITCH " + nic.lanName() + " is defined differently on "
                            + dest.name() + " (" + target.definition() + ") than on " + src.name() + " (" + source.definition() + ")");
                }
                if (!target.authorizes(u)) {
                    add(out, Ineligibility.VSWITCH_NOT_AUTHORIZED, u + " is not granted access to VSWITCH " + nic.lanName()
                            + " on " + dest.name());
                }
            }
        }
    }

    private void segments(GuestSnapshot s, String u, Member src, Member dest, List<EligibilityProblem> out) {
        Map<String, String> srcSeg = src.snapshot().savedSegments();
        Map<String, String> dstSeg = dest.snapshot().savedSegments();
        for (DcssUse seg : s.dcss()) {
            if (seg.exclusive()) {
                add(out, Ineligibility.DCSS_EXCLUSIVE, u + " has saved segment " + seg.name() + " loaded with exclusive page ranges "
                        + seg.pageRanges() + ", which cannot be moved");
            } else if (!sameSegment(seg.name(), srcSeg, dstSeg)) {
                add(out, Ineligibility.DCSS_MISSING, u + " uses shared segment " + seg.name() + ", which "
                        + dest.name() + (dstSeg.containsKey(seg.name()) ? " defines differently" : " does not have"));
            }
        }
        if (s.iplNss() != null && !sameSegment(s.iplNss(), srcSeg, dstSeg)) {
            add(out, Ineligibility.NSS_MISMATCH, u + " was IPLed from NSS " + s.iplNss() + ", which is not identical on " + dest.name());
        }
    }

    private static boolean sameSegment(String name, Map<String, String> src, Map<String, String> dst) {
        String there = dst.get(name);
        return there != null && there.equals(src.getOrDefault(name, there));
    }

    private void options(GuestSnapshot s, String u, Member dest, List<EligibilityProblem> out) {
        if (s.reservedPages() > 0) {
            add(out, Ineligibility.RESERVED_PAGES, u + " has " + s.reservedPages() + " SET RESERVED pages");
        }
        SortedSet<String> blocking = new TreeSet<>(s.iucvPartners());
        blocking.removeAll(RELOCATABLE_IUCV);
        if (!blocking.isEmpty()) {
            add(out, Ineligibility.IUCV_CONNECTION, u + " has IUCV/APPC connections to " + String.join(", ", blocking));
        }
        if (s.traced()) {
            add(out, Ineligibility.TRACE_ACTIVE, u + " is being traced (TRACE or PER is active)");
        }
        if (s.dedicatedCpus()) {
            add(out, Ineligibility.DEDICATED_CPU, u + " has dedicated CPUs or runs V=R");
        }
        CryptoUse c = s.crypto();
        if (c.mode() == CryptoUse.Mode.APDED) {
            add(out, Ineligibility.CRYPTO_DEDICATED, u + " has dedicated crypto AP queues (APDED)");
        } else if (c.mode() == CryptoUse.Mode.APVIRT && !dest.snapshot().cryptoTypes().contains(c.type())) {
            add(out, Ineligibility.CRYPTO_TYPE, u + " uses shared crypto of type " + c.type() + ", which " + dest.name() + " does not offer");
        }
    }

    private void clusterState(String u, Member src, Member dest, List<EligibilityProblem> out) {
        if (cluster.mode() != ClusterMode.STABLE) {
            add(out, Ineligibility.CLUSTER_NOT_STABLE, "cluster is " + cluster.mode().label() + " (" + cluster.modeReason()
                    + "); relocation needs STABLE");
        }
        if (!dest.available() || dest.shuttingDown()) {
            add(out, Ineligibility.DESTINATION_UNAVAILABLE, dest.name() + " is " + dest.state()
                    + (dest.running() ? "" : " (not running)") + (dest.shuttingDown() ? " and shutting down" : ""));
        }
        IsfcLink l = cluster.network().link(src.name(), dest.name());
        if (l == null) {
            add(out, Ineligibility.NO_ISFC_LINK, "no ISFC link between " + src.name() + " and " + dest.name());
        } else if (!l.usable()) {
            add(out, Ineligibility.NO_ISFC_LINK, "ISFC link " + l.id() + " is not active");
        }
    }

    private void architecture(Guest g, GuestSnapshot s, String u, Member dest, List<EligibilityProblem> out) {
        if (!dest.snapshot().facilities().containsAll(g.facilities())) {
            SortedSet<String> missing = new TreeSet<>(g.facilities());
            missing.removeAll(dest.snapshot().facilities());
            add(out, Ineligibility.ARCHITECTURE, dest.name() + " (" + dest.snapshot().machine() + ") lacks facilities " + u
                    + " may be using: " + String.join(", ", missing));
        }
        if (dest.serviceLevel().compareTo(g.fenceLevel()) < 0) {
            add(out, Ineligibility.CP_LEVEL, dest.name() + " runs CP " + dest.serviceLevel() + ", lower than the " + g.fenceLevel()
                    + " that " + u + "'s architecture description assumes");
        }
        if (!cluster.domains().contains(s.domain(), dest.name())) {
            add(out, Ineligibility.DOMAIN, dest.name() + " is outside " + u + "'s relocation domain " + s.domain());
        }
    }

    private void storage(GuestSnapshot s, String u, Member dest, boolean inFlight, List<EligibilityProblem> out) {
        long own = inFlight ? load.footprint(s) : 0;
        long available = dest.availableBytes() + own;
        MemberSnapshot ds = dest.snapshot();
        if (s.storageBytes() > available) {
            add(out, Ineligibility.STORAGE_CURRENT, u + "'s " + mib(s.storageBytes()) + " MiB do not fit in the "
                    + mib(Math.max(0, available)) + " MiB of real and paging storage free on " + dest.name());
        } else if (s.maxStorageBytes() > available) {
            add(out, Ineligibility.STORAGE_MAXIMUM, u + " may grow to " + mib(s.maxStorageBytes()) + " MiB (MAXSTORAGE); "
                    + dest.name() + " has " + mib(Math.max(0, available)) + " MiB free");
        }
        long usedAfter = dest.usedBytes() - own + load.footprint(s);
        long pagingAfter = Math.max(0, usedAfter - ds.realBytes());
        if (pagingAfter > pagingSafeUse * ds.pagingBytes()) {
            add(out, Ineligibility.STORAGE_PAGING, dest.name() + "'s paging space would be " + percent(pagingAfter, ds.pagingBytes())
                    + "% in use after " + u + " arrives");
        }
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 100 : Math.round(100.0 * part / whole);
    }

    private static void add(List<EligibilityProblem> out, Ineligibility r, String msg) {
        out.add(new EligibilityProblem(r, msg));
    }
}
