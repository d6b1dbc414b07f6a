package ssiplan.validation.checks;

import static ssiplan.validation.Rules.LGR_EQID;
import static ssiplan.validation.Rules.LGR_EQID_MISMATCH;
import static ssiplan.validation.Rules.LGR_LAN_SEGMENT;
import static ssiplan.validation.Rules.LGR_MACID_DUPLICATE;
import static ssiplan.validation.Rules.LGR_NIC_UNCOUPLED;
import static ssiplan.validation.Rules.LGR_VSWITCH_MISSING;
import static ssiplan.validation.Rules.LGR_VSWITCH_PORTBASED;
import static ssiplan.validation.Rules.NET_NIC_VSWITCH;
import static ssiplan.validation.Rules.NET_UPLINK_REACH;
import static ssiplan.validation.Rules.NET_VSWITCH_DUPLICATE;
import static ssiplan.validation.Rules.NET_VSWITCH_NAME;
import static ssiplan.validation.Rules.NET_VSWITCH_RDEV_COUNT;
import static ssiplan.validation.Rules.SSI_MACPREFIX_UNIQUE;
import static ssiplan.validation.Rules.SSI_USERPREFIX_DISTINCT;
import static ssiplan.validation.Rules.SSI_VMLAN_FORMAT;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.Member;
import ssiplan.model.NicDef;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VswitchUplink;
import ssiplan.model.ZvmRelease;
import ssiplan.validation.Rule;

/**
 * VSWITCH definitions (V13), VMLAN prefixes (V8) and what LGR needs of a switch (V9). Switch-level
 * LGR problems are reported once per switch (and domain), naming the relocatable guests affected,
 * rather than once per guest.
 */
public final class NetworkChecks implements Check {

    /** RDEVs one DEFINE VSWITCH may name [C]. */
    static final int MAX_RDEVS = 3;

    @Override
    public List<Rule> rules() {
        return List.of(NET_VSWITCH_NAME, NET_VSWITCH_DUPLICATE, NET_VSWITCH_RDEV_COUNT, NET_UPLINK_REACH, NET_NIC_VSWITCH,
                SSI_MACPREFIX_UNIQUE, SSI_USERPREFIX_DISTINCT, SSI_VMLAN_FORMAT, LGR_MACID_DUPLICATE, LGR_EQID,
                LGR_EQID_MISMATCH, LGR_LAN_SEGMENT, LGR_VSWITCH_MISSING, LGR_VSWITCH_PORTBASED, LGR_NIC_UNCOUPLED);
    }

    @Override
    public void check(ValidationContext context) {
        for (SsiCluster cluster : context.installation().getClusters()) {
            ClusterIndex index = context.index(cluster);
            checkSwitches(context, index);
            checkVmlan(context, index);
            checkNics(context, index);
        }
    }

    private static void checkSwitches(ValidationContext context, ClusterIndex index) {
        Map<String, VirtualSwitch> byName = new HashMap<>();
        for (VirtualSwitch vswitch : index.cluster().getVirtualSwitches()) {
            if (!Names.isToken1to8(vswitch.getName())) {
                context.report(NET_VSWITCH_NAME, vswitch, "VSWITCH name " + Names.quoted(vswitch.getName())
                        + " is not 1-8 characters without blanks: rename the switch");
            } else {
                VirtualSwitch first = byName.putIfAbsent(Names.key(vswitch.getName()), vswitch);
                if (first != null) {
                    context.report(NET_VSWITCH_DUPLICATE, vswitch, "VSWITCH " + vswitch.getName()
                            + " is defined twice in " + Names.shown(index.cluster().getName(), "the cluster")
                            + "; CP keeps the first DEFINE and rejects this one: rename it or merge its uplinks into the first",
                            null, List.of(first));
                }
            }
            for (VswitchUplink uplink : vswitch.getUplinks()) {
                Member member = uplink.getMember();
                if (uplink.getOsaDevices().size() > MAX_RDEVS) {
                    context.report(NET_VSWITCH_RDEV_COUNT, uplink, "VSWITCH " + vswitch.getName() + " has "
                            + uplink.getOsaDevices().size() + " OSA devices on " + Names.of(member)
                            + "; DEFINE VSWITCH RDEV takes at most 3: keep 3 (one active, two backups)");
                }
                if (!index.contains(member)) {
                    context.report(NET_UPLINK_REACH, uplink, "an uplink of VSWITCH " + vswitch.getName()
                            + " belongs to " + Names.of(member) + ", which is not a member of the cluster: set it to a member");
                    continue;
                }
                for (OsaDevice osa : uplink.getOsaDevices()) {
                    if (!index.reach(osa).get(index.number(member))) {
                        context.report(NET_UPLINK_REACH, uplink, "VSWITCH " + vswitch.getName() + " uses OSA "
                                + Names.shown(osa.getName(), "?") + " on " + Names.of(member)
                                + ", which has no device number there: give the OSA a device number on " + Names.of(member)
                                + " or choose an OSA it reaches", null, List.of(osa));
                    }
                }
            }
        }
    }

    private static void checkVmlan(ValidationContext context, ClusterIndex index) {
        SsiCluster cluster = index.cluster();
        String userPrefix = cluster.getUserPrefix();
        boolean hasUserPrefix = userPrefix != null && !userPrefix.isBlank();
        if (hasUserPrefix && !Names.isHex6(userPrefix)) {
            context.report(SSI_VMLAN_FORMAT, cluster, "USERPREFIX " + Names.quoted(userPrefix) + " of "
                    + Names.shown(cluster.getName(), "the cluster") + " is not 6 hex digits: correct it (e.g. 020000)");
        }
        Map<String, Member> byPrefix = new HashMap<>();
        for (Member member : index.members()) {
            String prefix = member.getMacPrefix();
            if (prefix == null || prefix.isBlank()) {
                continue;
            }
            if (!Names.isHex6(prefix)) {
                context.report(SSI_VMLAN_FORMAT, member, "MACPREFIX " + Names.quoted(prefix) + " of " + Names.of(member)
                        + " is not 6 hex digits: correct it (e.g. 02000" + Math.max(1, member.getSlot() % 10) + ")");
                continue;
            }
            Member same = byPrefix.putIfAbsent(Names.key(prefix), member);
            if (same != null) {
                context.report(SSI_MACPREFIX_UNIQUE, member, "members " + Names.of(same) + " and " + Names.of(member)
                        + " have the same MACPREFIX " + prefix + "; each member needs its own: give " + Names.of(member)
                        + " another prefix", null, List.of(same));
            }
            if (hasUserPrefix && Names.key(prefix).equals(Names.key(userPrefix))) {
                context.report(SSI_USERPREFIX_DISTINCT, member, "MACPREFIX " + prefix + " of " + Names.of(member)
                        + " equals the cluster's USERPREFIX: change the MACPREFIX or the USERPREFIX", null, List.of(cluster));
            }
        }
    }

    /** One pass over the guests: NIC couplings, MACIDs, and which relocatable guests need each switch where. */
    private static void checkNics(ValidationContext context, ClusterIndex index) {
        SsiCluster cluster = index.cluster();
        Map<String, NicDef> macIds = new HashMap<>();
        // switch -> (domain -> relocatable guests)
        Map<VirtualSwitch, Map<BitSet, List<VirtualMachine>>> usage = new LinkedHashMap<>();
        for (VirtualMachine guest : cluster.getVirtualMachines()) {
            boolean relocatable = guest instanceof UserEntry && guest.isRelocatable();
            for (NicDef nic : Directory.nics(guest)) {
                VirtualSwitch vswitch = nic.getVswitch();
                if (vswitch != null && vswitch.eContainer() != cluster) {
                    context.report(NET_NIC_VSWITCH, nic, "NICDEF " + Names.shown(nic.getVaddr(), "????") + " of "
                            + Names.of(guest) + " couples to VSWITCH " + Names.shown(vswitch.getName(), "?")
                            + " of another cluster: choose a switch of " + Names.shown(cluster.getName(), "this cluster"),
                            null, List.of(guest, vswitch));
                    continue;
                }
                if (relocatable) {
                    if (vswitch == null) {
                        context.report(LGR_NIC_UNCOUPLED, nic, "NICDEF " + Names.shown(nic.getVaddr(), "????")
                                + " of relocatable guest " + Names.of(guest)
                                + " is not coupled to a VSWITCH (a guest LAN does not relocate): couple it to a VSWITCH",
                                null, List.of(guest));
                    } else {
                        usage.computeIfAbsent(vswitch, s -> new LinkedHashMap<>())
                                .computeIfAbsent(index.domainOf(guest), d -> new ArrayList<>()).add(guest);
                    }
                }
                String macId = Names.key(nic.getMacId());
                if (!macId.isEmpty() && nic.eContainer() == guest) {
                    NicDef same = macIds.putIfAbsent(macId, nic);
                    if (same != null) {
                        context.report(LGR_MACID_DUPLICATE, nic, "NICDEF " + Names.shown(nic.getVaddr(), "????") + " of "
                                + Names.of(guest) + " sets MACID " + nic.getMacId() + ", as does "
                                + Names.of((VirtualMachine) same.eContainer()) + "; with the one USERPREFIX that is the same MAC:"
                                + " give one a different MACID", null, List.of(same));
                    }
                }
            }
        }
        usage.forEach((vswitch, byDomain) -> checkUsedSwitch(context, index, vswitch, byDomain));
    }

    private static void checkUsedSwitch(ValidationContext context, ClusterIndex index, VirtualSwitch vswitch,
            Map<BitSet, List<VirtualMachine>> byDomain) {
        String name = Names.shown(vswitch.getName(), "?");
        List<VirtualMachine> allGuests = new ArrayList<>();
        byDomain.values().forEach(allGuests::addAll);
        String guests = " (used by relocatable " + Names.guests(allGuests) + ")";

        Set<String> segments = new LinkedHashSet<>();
        Set<String> common = null;
        int membersWithEqids = 0;
        for (VswitchUplink uplink : vswitch.getUplinks()) {
            Set<String> eqids = new LinkedHashSet<>();
            for (OsaDevice osa : uplink.getOsaDevices()) {
                String eqid = Names.key(osa.getEqid());
                if (eqid.isEmpty()) {
                    context.report(LGR_EQID, osa, "OSA " + Names.shown(osa.getName(), "?") + " backs VSWITCH " + name + " on "
                            + Names.of(uplink.getMember()) + " but has no EQID" + guests
                            + ": give it the EQID its counterparts on the other members carry (RDEVICE ... EQID)",
                            null, List.of(vswitch, uplink));
                } else {
                    eqids.add(eqid);
                }
                if (osa.getLanSegment() != null && !osa.getLanSegment().isBlank()) {
                    segments.add(osa.getLanSegment());
                }
            }
            if (!eqids.isEmpty()) {
                membersWithEqids++;
                if (common == null) {
                    common = eqids;
                } else {
                    common.retainAll(eqids);
                }
            }
        }
        if (membersWithEqids > 1 && common.isEmpty()) {
            context.report(LGR_EQID_MISMATCH, vswitch, "the OSAs of VSWITCH " + name
                    + " share no EQID across members" + guests + ", so CP cannot re-bind a relocated guest:"
                    + " give the equivalent OSAs on each member the same EQID");
        }
        if (segments.size() > 1) {
            context.report(LGR_LAN_SEGMENT, vswitch, "the OSAs of VSWITCH " + name + " are on different LAN segments "
                    + segments + guests + ": cable every member's uplink to the same LAN");
        }
        BitSet presence = index.presenceOf(vswitch);
        byDomain.forEach((domain, domainGuests) -> {
            BitSet missing = ClusterIndex.missing(domain, presence);
            if (!missing.isEmpty()) {
                List<EObject> related = new ArrayList<>(domainGuests);
                related.addAll(index.membersOf(missing));
                context.report(LGR_VSWITCH_MISSING, vswitch, "VSWITCH " + name + " is not defined on "
                        + index.namesOf(missing) + ", which relocatable " + Names.guests(domainGuests)
                        + " may move to: give the switch an uplink on " + index.namesOf(missing)
                        + " or narrow the guests' relocation domain", null, related);
            }
        });
        ZvmRelease release = index.cluster().getRelease();
        if (vswitch.getPortAssignment() == PortAssignment.PORTBASED && release.getValue() < ZvmRelease.V6_3_VALUE) {
            context.report(LGR_VSWITCH_PORTBASED, vswitch, "VSWITCH " + name + " is port-based" + guests
                    + ", but z/VM " + release.getLiteral() + " relocates only guests on user-based switches (6.3 and later"
                    + " relocate port-based): make the switch user-based or plan z/VM 6.3 or later", null, allGuests);
        }
    }
}
