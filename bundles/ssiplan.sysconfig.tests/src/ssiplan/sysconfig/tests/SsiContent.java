package ssiplan.sysconfig.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdVolume;
import ssiplan.model.DirectoryEntry;
import ssiplan.model.IdentityEntry;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.NicDef;
import ssiplan.model.OsaDevice;
import ssiplan.model.Profile;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.SystemResidence;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VswitchUplink;
import ssiplan.model.derived.CpOwnedSlots;

/**
 * The SSI-relevant content of a cluster as text, one fact per line, independent of what SYSTEM CONFIG
 * and USER DIRECT cannot carry (CEC hardware, planner names of OSAs, simulation settings, passwords,
 * statements kept as text) and of the order of unordered things (link ends). Two clusters with equal
 * descriptions configure the same z/VM systems.
 */
final class SsiContent {

    private SsiContent() {
    }

    static String of(SsiCluster cluster) {
        List<String> facts = new ArrayList<>();
        facts.add("cluster " + cluster.getName() + " pdr " + volser(cluster.getPdrVolume()) + " userprefix "
                + cluster.getUserPrefix());
        for (Member m : sorted(cluster)) {
            facts.add("member " + m.getName() + " slot " + m.getSlot() + " lpar "
                    + (m.getLpar() == null ? null : m.getLpar().getName()) + " macprefix " + m.getMacPrefix());
            for (CpOwnedSlot slot : m.getCpOwnedSlots().stream().sorted(Comparator.comparingInt(CpOwnedSlot::getSlot)).toList()) {
                DasdVolume v = slot.getVolume();
                facts.add("  cp_owned " + slot.getSlot() + " " + v.getVolser() + " " + v.getUse() + " owner "
                        + (v.getOwnerMember() == null ? null : v.getOwnerMember().getName()));
            }
            SystemResidence r = m.getSystemResidence();
            if (r == null) {
                // The exporter writes IBM's default extents on the sysres for a member without them.
                DasdVolume sysres = CpOwnedSlots.volumeIn(m, 1).orElse(null);
                if (sysres != null) {
                    facts.add("  residence " + sysres.getVolser() + " 21 9 " + sysres.getVolser() + " 30 9 CYL");
                }
            } else {
                facts.add("  residence " + volser(r.getCheckpointVolume()) + " " + r.getCheckpointStart() + " "
                        + r.getCheckpointSize() + " " + volser(r.getWarmstartVolume()) + " " + r.getWarmstartStart() + " "
                        + r.getWarmstartSize() + " " + r.getUnit());
            }
        }
        List<String> links = new ArrayList<>();
        for (IsfcLink link : cluster.getIsfcLinks()) {
            boolean swap = link.getMemberA().getName().compareTo(link.getMemberB().getName()) > 0;
            Member a = swap ? link.getMemberB() : link.getMemberA();
            Member b = swap ? link.getMemberA() : link.getMemberB();
            String ctcs = link.getCtcConnections().stream().map((CtcConnection c) -> (swap ? c.getDeviceB() : c.getDeviceA())
                    + "/" + (swap ? c.getDeviceA() : c.getDeviceB())).map(s -> s.toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(" "));
            links.add("link " + a.getName() + "-" + b.getName() + " " + ctcs);
        }
        links.sort(null);
        facts.addAll(links);
        for (VirtualSwitch v : cluster.getVirtualSwitches()) {
            facts.add("vswitch " + v.getName() + " " + v.getType() + " " + v.getTransport() + " " + v.getVlanMode() + " "
                    + v.getDefaultVlan() + " " + v.getPortAssignment());
            for (VswitchUplink u : v.getUplinks().stream().sorted(Comparator.comparingInt(u -> u.getMember().getSlot())).toList()) {
                String rdevs = u.getOsaDevices().stream().map(o -> rdev(o, u.getMember()) + "=" + o.getEqid())
                        .collect(Collectors.joining(" "));
                facts.add("  uplink " + u.getMember().getName() + " " + rdevs + " | "
                        + words(v.getOtherOperands(), u.getOtherOperands()));
            }
            if (v.getUplinks().isEmpty()) {
                facts.add("  no uplinks | " + words(v.getOtherOperands(), null));
            }
        }
        for (RelocationDomain d : cluster.getRelocationDomains()) {
            facts.add("domain " + d.getName() + " " + d.getMembers().stream().map(Member::getName).collect(Collectors.joining(" ")));
        }
        for (Profile p : cluster.getProfiles()) {
            facts.add("profile " + p.getName());
            entry(p, facts);
        }
        for (VirtualMachine g : cluster.getVirtualMachines()) {
            facts.add((g instanceof IdentityEntry ? "identity " : "user ") + g.getUserid() + " " + g.getStorageMiB() + "M "
                    + g.getMaxStorageMiB() + "M " + g.getPrivilegeClasses() + " cpus " + g.getVirtualCpus() + " relocatable "
                    + g.isRelocatable() + " domain " + (g.getRelocationDomain() == null ? null : g.getRelocationDomain().getName())
                    + " chpidone " + g.isChpidVirtualizationOne() + " ipl " + g.getIpl() + " profile "
                    + (g.getProfile() == null ? null : g.getProfile().getName()));
            entry(g, facts);
            if (g instanceof IdentityEntry identity) {
                for (Subconfig s : identity.getSubconfigs()) {
                    facts.add("  subconfig " + s.getName() + " on " + (s.getMember() == null ? "*" : s.getMember().getName()));
                    entry(s, facts);
                }
            }
        }
        return String.join("\n", facts) + "\n";
    }

    private static void entry(DirectoryEntry e, List<String> facts) {
        for (Minidisk d : e.getMinidisks()) {
            facts.add("  mdisk " + d.getVaddr() + " " + d.getKind() + " " + volser(d.getVolume()) + " " + d.getStart() + " "
                    + d.getSize() + " " + d.getMode() + (d.getVolume() == null ? "" : " " + d.getVolume().getUse() + " owner "
                    + (d.getVolume().getOwnerMember() == null ? null : d.getVolume().getOwnerMember().getName())));
        }
        e.getLinks().forEach(l -> facts.add("  link " + l.getOwner() + " " + l.getOwnerVaddr() + " " + l.getVaddr() + " " + l.getMode()));
        for (NicDef n : e.getNics()) {
            facts.add("  nicdef " + n.getVaddr() + " " + n.getType() + " " + (n.getVswitch() == null ? null : n.getVswitch().getName())
                    + " " + n.getMacId() + " " + n.getVlan() + " " + n.getOtherOperands());
        }
        // The directory names the real device number: the model's own, or the modelled device's first one.
        e.getDedicatedDevices().forEach(d -> facts.add("  dedicate " + d.getVaddr() + " " + (d.getRdev() != null ? d.getRdev()
                : d.getDevice() == null ? null : d.getDevice().getDeviceNumbers().stream().map(n -> n.getRdev())
                        .filter(r -> r != null && !r.isBlank()).findFirst().orElse(null))));
    }

    private static List<Member> sorted(SsiCluster cluster) {
        return cluster.getMembers().stream().sorted(Comparator.comparingInt(Member::getSlot)).toList();
    }

    private static String rdev(OsaDevice osa, Member member) {
        return osa.getDeviceNumbers().stream().filter(n -> n.getMember() == member).map(n -> n.getRdev().toUpperCase(Locale.ROOT))
                .findFirst().orElse("?");
    }

    private static String volser(DasdVolume volume) {
        return volume == null ? null : volume.getVolser();
    }

    private static String words(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip().toUpperCase(Locale.ROOT);
    }
}
