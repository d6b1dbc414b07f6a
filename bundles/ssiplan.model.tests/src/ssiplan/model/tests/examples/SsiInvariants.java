package ssiplan.model.tests.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DeviceNumber;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.NicDef;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.RealDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.derived.EffectiveDomain;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.model.derived.MemberSlots;
import ssiplan.model.derived.RelocationDomains;

/**
 * The SSI rules of the domain reference (V2, V4, V5, V7, V8, V9, V13, V14) and the relocation-readiness
 * conditions, checked independently of the validation bundle so the examples are known to be correct
 * here. Returns one line per violation; an empty list means the installation passes.
 */
final class SsiInvariants {

    private static final String NAME_8 = "[A-Z0-9@#$]{1,8}";
    private static final String HEX4 = "[0-9A-F]{4}";

    private final List<String> problems = new ArrayList<>();

    static List<String> check(Installation installation) {
        SsiInvariants invariants = new SsiInvariants();
        invariants.run(installation);
        return invariants.problems;
    }

    private void run(Installation installation) {
        Set<String> volsersOnline = new HashSet<>();
        for (DasdVolume volume : installation.getDasdVolumes()) {
            require(volume.getVolser().matches("[A-Z0-9@#$]{1,6}"), "volser " + volume.getVolser());
            for (DeviceNumber number : volume.getDeviceNumbers()) {
                require(number.getRdev().matches(HEX4), volume.getVolser() + " rdev " + number.getRdev());
            }
            if (!volume.getDeviceNumbers().isEmpty()) {
                require(volsersOnline.add(volume.getVolser()), "two online volumes labelled " + volume.getVolser());
            } else {
                require(volume.getMirrorPartner() != null, volume.getVolser() + " is reached by no member and mirrors nothing");
            }
            if (volume.getMirrorPartner() != null) {
                require(volume.getMirrorPartner().getMirrorPartner() == volume, volume.getVolser() + " mirror is not mutual");
                require(!volume.getMirrorPartner().getSite().equals(volume.getSite()), volume.getVolser() + " mirrored on its own site");
            }
        }
        for (SsiCluster cluster : installation.getClusters()) {
            cluster(installation, cluster);
        }
    }

    private void cluster(Installation installation, SsiCluster cluster) {
        String c = cluster.getName();
        require(c.matches(NAME_8), "SSI name " + c);
        require(cluster.getMembers().size() <= MemberSlots.maxMembers(cluster), c + ": too many members (V14)");
        Set<Integer> slots = new HashSet<>();
        Set<String> macPrefixes = new HashSet<>();
        for (Member member : cluster.getMembers()) {
            require(member.getName().matches(NAME_8), "member name " + member.getName());
            require(slots.add(member.getSlot()) && member.getSlot() >= 1 && member.getSlot() <= MemberSlots.maxMembers(cluster),
                    member.getName() + " slot " + member.getSlot());
            require(member.getMacPrefix().matches("[0-9A-F]{6}") && macPrefixes.add(member.getMacPrefix()),
                    member.getName() + " MACPREFIX not unique (V8)");
            require(!member.getMacPrefix().equals(cluster.getUserPrefix()), member.getName() + " MACPREFIX = USERPREFIX (V8)");
            memberDevices(installation, member);
        }
        require(cluster.getUserPrefix().matches("[0-9A-F]{6}"), c + " USERPREFIX");
        // V4: PDR on ECKD, in CP_Owned.
        DasdVolume pdr = cluster.getPdrVolume();
        require(pdr != null && pdr.getDeviceType() != DasdDeviceType.EDEV, c + ": PDR missing or not ECKD (V4)");
        for (Member member : cluster.getMembers()) {
            require(member.getCpOwnedSlots().stream().anyMatch(s -> s.getVolume() == pdr), member.getName() + ": PDR not CP_Owned (V4)");
        }
        // V5: full mesh, 1-16 CTCs per link on CHPIDs of one speed, at least two CHPIDs.
        require(IsfcLinks.missingPairs(cluster).isEmpty(), c + ": ISFC mesh incomplete (V5) " + IsfcLinks.missingPairs(cluster));
        require(cluster.getIsfcLinks().size() == cluster.getMembers().size() * (cluster.getMembers().size() - 1) / 2,
                c + ": extra ISFC links");
        for (IsfcLink link : cluster.getIsfcLinks()) {
            String l = link.getMemberA().getName() + "-" + link.getMemberB().getName();
            require(!link.getCtcConnections().isEmpty() && link.getCtcConnections().size() <= 16, l + " CTC count");
            Set<Object> speeds = new HashSet<>();
            for (CtcConnection ctc : link.getCtcConnections()) {
                speeds.add(ctc.getChpidA().getSpeed());
                speeds.add(ctc.getChpidB().getSpeed());
                require(ctc.getDeviceA().matches(HEX4) && ctc.getDeviceB().matches(HEX4), l + " CTC device numbers");
            }
            require(speeds.size() == 1, l + " mixes CHPID speeds");
            require(IsfcLinks.channelPathsAt(link, link.getMemberA()).size() > 1, l + " uses one CHPID only at " + link.getMemberA().getName());
        }
        // V7: spool reachable by all, same slot everywhere; page and T-disk local to their owner.
        for (DasdVolume volume : cpOwnedVolumes(cluster)) {
            if (volume.getUse() == VolumeUse.SPOOL || volume.getUse() == VolumeUse.COMMON) {
                Set<Integer> where = new HashSet<>();
                for (Member member : cluster.getMembers()) {
                    require(reaches(member, volume), member.getName() + " cannot reach " + volume.getVolser() + " (V7)");
                    where.add(slotOf(member, volume));
                }
                require(where.size() == 1 && !where.contains(-1), volume.getVolser() + " not in the same slot everywhere (V7)");
            }
            if (volume.getUse() == VolumeUse.PAGE || volume.getUse() == VolumeUse.TDISK || volume.getUse() == VolumeUse.SYSRES) {
                for (Member member : cluster.getMembers()) {
                    if (slotOf(member, volume) != -1) {
                        require(volume.getOwnerMember() == member, volume.getVolser() + " CP_Owned by non-owner " + member.getName());
                    }
                }
            }
        }
        // V9, V13: unique VSWITCH names, uplinks on every member, EQID and LAN segment consistent.
        Set<String> switchNames = new HashSet<>();
        for (VirtualSwitch vswitch : cluster.getVirtualSwitches()) {
            require(vswitch.getName().matches(NAME_8) && switchNames.add(vswitch.getName()), "VSWITCH " + vswitch.getName() + " (V13)");
            Set<String> eqids = new HashSet<>();
            Set<String> lans = new HashSet<>();
            for (VswitchUplink uplink : vswitch.getUplinks()) {
                for (OsaDevice osa : uplink.getOsaDevices()) {
                    eqids.add(osa.getEqid());
                    lans.add(osa.getLanSegment());
                    require(numberOn(osa, uplink.getMember()) != null, osa.getName() + " has no device number on " + uplink.getMember().getName());
                }
            }
            require(eqids.size() == 1 && !eqids.contains(null), vswitch.getName() + " OSAs differ in EQID (V9)");
            require(lans.size() == 1, vswitch.getName() + " OSAs on several LAN segments (V9)");
        }
        // Directory.
        Set<String> userids = new HashSet<>();
        Map<String, Set<Member>> antiAffinity = new HashMap<>();
        Map<Member, Integer> loggedOnMiB = new HashMap<>();
        for (VirtualMachine vm : cluster.getVirtualMachines()) {
            require(vm.getUserid().matches(NAME_8) && userids.add(vm.getUserid()), "userid " + vm.getUserid());
            require(vm.getStorageMiB() > 0 && vm.getStorageMiB() <= vm.getMaxStorageMiB(), vm.getUserid() + " storage");
            require(vm.getVirtualCpus() >= 1 && vm.getVirtualCpus() <= 64, vm.getUserid() + " vCPUs");
            checkExtents(vm);
            if (vm instanceof IdentityEntry identity) {
                require(!identity.isRelocatable(), vm.getUserid() + ": IDENTITY marked relocatable");
                Set<Member> covered = new HashSet<>();
                for (Subconfig sub : identity.getSubconfigs()) {
                    require(sub.getName().matches("[A-Z0-9@#$_-]{1,8}"), "SUBCONFIG " + sub.getName());
                    covered.add(sub.getMember());
                    for (Minidisk disk : sub.getMinidisks()) {
                        require(reaches(sub.getMember(), disk.getVolume()), sub.getName() + " minidisk not on a volume its member reaches");
                    }
                }
                require(covered.containsAll(cluster.getMembers()), vm.getUserid() + ": not every member has a SUBCONFIG");
            }
            if (vm instanceof UserEntry user && user.getHomeMember() != null) {
                loggedOnMiB.merge(user.getHomeMember(), user.getStorageMiB(), Integer::sum);
                if (user.getAntiAffinityGroup() != null) {
                    require(antiAffinity.computeIfAbsent(user.getAntiAffinityGroup(), g -> new HashSet<>()).add(user.getHomeMember()),
                            user.getUserid() + ": shares a member with its anti-affinity group " + user.getAntiAffinityGroup());
                }
                for (Minidisk disk : user.getMinidisks()) {
                    require(disk.getKind() != MinidiskKind.MDISK || reaches(user.getHomeMember(), disk.getVolume()),
                            user.getUserid() + " " + disk.getVaddr() + " not reachable from its home member");
                }
            }
            if (vm instanceof UserEntry user && user.isRelocatable()) {
                relocationReady(cluster, user);
            }
        }
        for (Map.Entry<Member, Integer> entry : loggedOnMiB.entrySet()) {
            double limit = installation.getSettings().getMemoryOvercommitLimit() * entry.getKey().getRealMemoryGiB() * 1024;
            require(entry.getValue() <= limit, entry.getKey().getName() + " over-committed: " + entry.getValue() + " MiB");
        }
    }

    private void relocationReady(SsiCluster cluster, UserEntry guest) {
        String g = guest.getUserid();
        require(guest.isChpidVirtualizationOne(), g + ": no OPTION CHPIDVIRTUALIZATION ONE");
        EffectiveDomain domain = RelocationDomains.effectiveDomain(guest).orElseThrow();
        for (Member member : domain.members()) {
            for (Minidisk disk : guest.getMinidisks()) {
                require(disk.getKind() != MinidiskKind.TDISK, g + ": T-disk");
                require(disk.getKind() != MinidiskKind.MDISK || reaches(member, disk.getVolume()),
                        g + " " + disk.getVaddr() + " unreachable from " + member.getName());
                require(disk.getKind() != MinidiskKind.MDISK || disk.getVolume().getUse() == VolumeUse.USER_SHARED,
                        g + " " + disk.getVaddr() + " on a " + disk.getVolume().getUse() + " volume");
            }
            for (NicDef nic : guest.getNics()) {
                require(nic.getVswitch() != null && nic.getVswitch().getUplinks().stream().anyMatch(u -> u.getMember() == member),
                        g + ": VSWITCH missing on " + member.getName());
                require(nic.getVswitch().getPortAssignment() != PortAssignment.USERBASED || nic.getVswitch().getGrantedUsers().contains(guest),
                        g + " not granted on " + nic.getVswitch().getName());
            }
            for (DedicatedDevice dedicated : guest.getDedicatedDevices()) {
                RealDevice device = dedicated.getDevice();
                require(device != null && device.getEqid() != null, g + ": dedicated " + dedicated.getVaddr() + " without EQID");
                if (device != null && device.getEqid() != null) {
                    boolean equivalent = ((Installation) cluster.eContainer()).getRealDevices().stream()
                            .anyMatch(d -> device.getEqid().equals(d.getEqid()) && numberOn(d, member) != null);
                    require(equivalent, g + ": no " + device.getEqid() + " device on " + member.getName());
                }
            }
        }
    }

    private void memberDevices(Installation installation, Member member) {
        Map<String, String> used = new HashMap<>();
        for (DasdVolume volume : installation.getDasdVolumes()) {
            for (DeviceNumber number : volume.getDeviceNumbers()) {
                if (number.getMember() == member) {
                    String before = used.put(number.getRdev(), volume.getVolser());
                    require(before == null, member.getName() + " rdev " + number.getRdev() + " used by " + before + " and " + volume.getVolser());
                }
            }
        }
        for (RealDevice device : installation.getRealDevices()) {
            DeviceNumber number = numberOn(device, member);
            if (number != null) {
                String before = used.put(number.getRdev(), device.getName());
                require(before == null, member.getName() + " rdev " + number.getRdev() + " used by " + before + " and " + device.getName());
            }
        }
        SsiCluster cluster = (SsiCluster) member.eContainer();
        for (IsfcLink link : cluster.getIsfcLinks()) {
            for (CtcConnection ctc : link.getCtcConnections()) {
                String rdev = link.getMemberA() == member ? ctc.getDeviceA() : link.getMemberB() == member ? ctc.getDeviceB() : null;
                if (rdev != null) {
                    String before = used.put(rdev, "CTC");
                    require(before == null, member.getName() + " CTC " + rdev + " collides with " + before);
                }
            }
        }
        Set<Integer> slots = new HashSet<>();
        for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
            require(slots.add(slot.getSlot()) && slot.getSlot() >= 1 && slot.getSlot() <= 255, member.getName() + " CP_Owned slot " + slot.getSlot());
            require(reaches(member, slot.getVolume()), member.getName() + " CP_Owned " + slot.getVolume().getVolser() + " unreachable");
        }
    }

    private void checkExtents(VirtualMachine vm) {
        Set<String> vaddrs = new HashSet<>();
        for (Minidisk disk : vm.getMinidisks()) {
            require(vaddrs.add(disk.getVaddr()), vm.getUserid() + " duplicate vaddr " + disk.getVaddr());
            if (disk.getKind() == MinidiskKind.MDISK) {
                require(disk.getStart() >= 1 && disk.getStart() + disk.getSize() <= disk.getVolume().getCylinders(),
                        vm.getUserid() + " " + disk.getVaddr() + " outside " + disk.getVolume().getVolser());
            }
        }
    }

    /** Minidisk extents on one volume must not overlap; checked over the whole installation. */
    static List<String> overlappingExtents(Installation installation) {
        Map<DasdVolume, List<Minidisk>> byVolume = new HashMap<>();
        installation.eAllContents().forEachRemaining(o -> {
            if (o instanceof Minidisk disk && disk.getKind() == MinidiskKind.MDISK) {
                byVolume.computeIfAbsent(disk.getVolume(), v -> new ArrayList<>()).add(disk);
            }
        });
        List<String> overlaps = new ArrayList<>();
        for (Map.Entry<DasdVolume, List<Minidisk>> entry : byVolume.entrySet()) {
            List<Minidisk> disks = entry.getValue().stream().sorted((a, b) -> Integer.compare(a.getStart(), b.getStart()))
                    .collect(Collectors.toList());
            for (int i = 1; i < disks.size(); i++) {
                Minidisk before = disks.get(i - 1);
                if (before.getStart() + before.getSize() > disks.get(i).getStart()) {
                    overlaps.add(entry.getKey().getVolser() + " at cylinder " + disks.get(i).getStart());
                }
            }
        }
        return overlaps;
    }

    private static List<DasdVolume> cpOwnedVolumes(SsiCluster cluster) {
        List<DasdVolume> volumes = new ArrayList<>();
        for (Member member : cluster.getMembers()) {
            for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
                if (!volumes.contains(slot.getVolume())) {
                    volumes.add(slot.getVolume());
                }
            }
        }
        return volumes;
    }

    private static int slotOf(Member member, DasdVolume volume) {
        return member.getCpOwnedSlots().stream().filter(s -> s.getVolume() == volume).mapToInt(CpOwnedSlot::getSlot).findFirst().orElse(-1);
    }

    static boolean reaches(Member member, DasdVolume volume) {
        return volume != null && volume.getDeviceNumbers().stream().anyMatch(n -> n.getMember() == member);
    }

    private static DeviceNumber numberOn(RealDevice device, Member member) {
        return device.getDeviceNumbers().stream().filter(n -> n.getMember() == member).findFirst().orElse(null);
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
