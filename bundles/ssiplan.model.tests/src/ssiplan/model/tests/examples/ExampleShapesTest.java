package ssiplan.model.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ssiplan.model.DasdVolume;
import ssiplan.model.GuestOs;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.MinidiskKind;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VolumeUse;
import ssiplan.model.derived.Architecture;
import ssiplan.model.derived.Facility;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.model.derived.MachineGeneration;
import ssiplan.model.derived.RelocationDomains;
import ssiplan.model.examples.Examples;

class ExampleShapesTest {

    @Test
    void fourMemberTwoCecHasIbmsRecommendedShape() {
        Installation installation = Examples.create("four-member-two-cec");
        assertEquals(2, installation.getCecs().size());
        for (var cec : installation.getCecs()) {
            assertEquals(2, cec.getLpars().size());
            assertTrue(cec.getLpars().stream().allMatch(l -> l.getMember() != null), "every LPAR runs a member");
        }
        SsiCluster plex = installation.getClusters().get(0);
        assertEquals(List.of("SYSA", "SYSB", "SYSC", "SYSD"), plex.getMembers().stream().map(Member::getName).toList());
        assertEquals(List.of(1, 2, 3, 4), plex.getMembers().stream().map(Member::getSlot).toList());
        assertEquals(6, plex.getIsfcLinks().size());
        assertTrue(IsfcLinks.missingPairs(plex).isEmpty());
        for (IsfcLink link : plex.getIsfcLinks()) {
            assertTrue(link.getCtcConnections().size() >= 2);
            assertEquals(link.getCtcConnections().size(), IsfcLinks.channelPathsAt(link, link.getMemberA()).size(),
                    "each CTC of a link on its own CHPID");
        }
        assertEquals("VMCOM1", plex.getPdrVolume().getVolser());
        assertEquals(4, count(installation, VolumeUse.SPOOL));
        assertEquals(12, count(installation, VolumeUse.PAGE));
        assertEquals(2, plex.getVirtualSwitches().size());
        for (var vswitch : plex.getVirtualSwitches()) {
            assertEquals(4, vswitch.getUplinks().size());
        }

        List<UserEntry> linux = users(plex).stream().filter(u -> u.getGuestOs() == GuestOs.LINUX).toList();
        assertEquals(45, linux.size());
        Set<Integer> sizes = linux.stream().map(UserEntry::getStorageMiB).collect(Collectors.toSet());
        assertTrue(sizes.contains(1024) && sizes.contains(65536), "1 GiB to 64 GiB guests");
        assertTrue(linux.stream().allMatch(u -> u.getWorkload() != null && u.getHomeMember() != null));
        for (Member member : plex.getMembers()) {
            assertTrue(linux.stream().filter(u -> u.getHomeMember() == member).count() >= 9, member.getName() + " has its share");
        }

        List<String> identities = plex.getVirtualMachines().stream().filter(IdentityEntry.class::isInstance)
                .map(VirtualMachine::getUserid).toList();
        assertTrue(identities.containsAll(List.of("MAINT", "OPERATOR", "OPERATNS")), identities.toString());
        for (VirtualMachine vm : plex.getVirtualMachines()) {
            if (vm instanceof IdentityEntry identity) {
                assertEquals(4, identity.getSubconfigs().size(), vm.getUserid());
            }
        }
        assertTrue(plex.getVirtualMachines().stream().anyMatch(vm -> vm instanceof UserEntry && vm.getUserid().equals("PMAINT")));

        // The non-relocatable guests, each for its own reason.
        assertTrue(user(plex, "LXTSM01").getDedicatedDevices().stream().anyMatch(d -> d.getDevice() == null));
        assertTrue(user(plex, "LXLCL01").getMinidisks().stream()
                .anyMatch(d -> d.getVolume() != null && d.getVolume().getUse() == VolumeUse.USER_LOCAL));
        assertEquals(GuestOs.ZVM, user(plex, "ZVMTST1").getGuestOs());
        assertTrue(user(plex, "LXTMP01").getMinidisks().stream().anyMatch(d -> d.getKind() == MinidiskKind.TDISK));
        assertNull(user(plex, "LXHSI01").getDedicatedDevices().get(0).getDevice().getEqid());
        UserEntry licensed = user(plex, "LXLIC01");
        assertTrue(licensed.isRelocatable());
        assertEquals(1, RelocationDomains.effectiveDomain(licensed).orElseThrow().members().size());
        assertEquals(6, users(plex).stream().filter(u -> !u.isRelocatable() && u.getGuestOs() != GuestOs.CMS).count());
    }

    @Test
    void drTwoSitesHasStandbyMembersAndMirroredDasd() {
        Installation installation = Examples.create("dr-two-sites");
        SsiCluster plex = installation.getClusters().get(0);
        assertEquals(4, plex.getMembers().size());
        assertEquals(6, plex.getIsfcLinks().size());
        List<Member> down = plex.getMembers().stream().filter(m -> m.getInitialState() == MemberState.DOWN).toList();
        assertEquals(List.of("SYSC", "SYSD"), down.stream().map(Member::getName).toList());
        for (Member member : down) {
            assertEquals("SITE2", ((ssiplan.model.Cec) member.getLpar().eContainer()).getSite());
        }
        List<UserEntry> guests = users(plex).stream().filter(u -> u.getGuestOs() == GuestOs.LINUX).toList();
        assertEquals(20, guests.size());
        assertTrue(guests.stream().allMatch(g -> g.getHomeMember() != null && !down.contains(g.getHomeMember())), "all on site 1");
        assertTrue(guests.stream().map(UserEntry::getTolerableOutageSeconds).distinct().count() >= 6, "criticality spread");
        long loadMiB = guests.stream().mapToLong(UserEntry::getStorageMiB).sum();
        long standbyMiB = down.stream().mapToLong(m -> m.getRealMemoryGiB() * 1024L).sum();
        assertTrue(loadMiB > standbyMiB * installation.getSettings().getMemoryOvercommitLimit(), "standby smaller than the load");
        for (DasdVolume volume : installation.getDasdVolumes()) {
            if (volume.getUse() != VolumeUse.SYSRES && volume.getUse() != VolumeUse.PAGE && "SITE1".equals(volume.getSite())) {
                assertTrue(volume.getMirrorPartner() != null && "SITE2".equals(volume.getMirrorPartner().getSite()), volume.getVolser());
            }
        }
        assertTrue(plex.getPdrVolume().getMirrorPartner() != null, "the PDR is mirrored");
    }

    @Test
    void utilityLparHasTwoClustersWithDownSecondMembersAndOneSpareLpar() {
        Installation installation = Examples.create("utility-lpar");
        assertEquals(2, installation.getClusters().size());
        for (SsiCluster cluster : installation.getClusters()) {
            assertEquals(2, cluster.getMembers().size());
            assertEquals(MemberState.JOINED, cluster.getMembers().get(0).getInitialState());
            assertEquals(MemberState.DOWN, cluster.getMembers().get(1).getInitialState());
            assertNull(cluster.getMembers().get(1).getLpar());
            assertEquals(1, cluster.getIsfcLinks().size());
        }
        List<Lpar> spare = installation.getCecs().stream().flatMap(c -> c.getLpars().stream()).filter(l -> l.getMember() == null).toList();
        assertEquals(1, spare.size());
        assertEquals(18, installation.getClusters().stream().flatMap(c -> users(c).stream()).filter(u -> u.getGuestOs() == GuestOs.LINUX)
                .count());
    }

    @Test
    void mixedGenerationsFencesDomainsByGeneration() {
        Installation installation = Examples.create("mixed-generations");
        Set<MachineType> types = installation.getCecs().stream().map(c -> c.getMachineType()).collect(Collectors.toSet());
        assertEquals(Set.of(MachineType.Z14, MachineType.Z16), types);
        SsiCluster plex = installation.getClusters().get(0);
        assertEquals(MachineGeneration.Z14, RelocationDomains.ssiDomain(plex).architecture().orElseThrow().level());
        var z16 = RelocationDomains.of(plex.getRelocationDomains().stream().filter(d -> d.getName().equals("Z16DOM")).findFirst().orElseThrow());
        assertEquals(Architecture.of(MachineType.Z16), z16.architecture().orElseThrow());
        var z14 = RelocationDomains.of(plex.getRelocationDomains().stream().filter(d -> d.getName().equals("Z14DOM")).findFirst().orElseThrow());
        assertEquals(Architecture.of(MachineType.Z14), z14.architecture().orElseThrow());
        assertTrue(z16.architecture().orElseThrow().facilities().containsAll(
                Architecture.common(plex.getMembers()).orElseThrow().facilities()));
        assertTrue(Facility.values().length > 0);
        long inZ16 = users(plex).stream().filter(u -> u.getRelocationDomain() != null && u.getRelocationDomain().getName().equals("Z16DOM")).count();
        long inSsi = users(plex).stream().filter(u -> u.getGuestOs() == GuestOs.LINUX && u.getRelocationDomain() == null).count();
        assertEquals(7, inZ16);
        assertEquals(8, inSsi);
    }

    private static long count(Installation installation, VolumeUse use) {
        return installation.getDasdVolumes().stream().filter(v -> v.getUse() == use).count();
    }

    private static List<UserEntry> users(SsiCluster cluster) {
        return cluster.getVirtualMachines().stream().filter(UserEntry.class::isInstance).map(UserEntry.class::cast).toList();
    }

    private static UserEntry user(SsiCluster cluster, String userid) {
        return users(cluster).stream().filter(u -> u.getUserid().equals(userid)).findFirst().orElseThrow();
    }
}
