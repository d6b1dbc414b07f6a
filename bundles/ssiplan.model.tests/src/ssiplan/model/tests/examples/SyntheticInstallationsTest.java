package ssiplan.model.tests.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ssiplan.model.GuestOs;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.model.examples.SyntheticInstallations;
import ssiplan.model.resource.InstallationStore;

class SyntheticInstallationsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({ "2, 0, 1", "2, 60, 1", "3, 300, 7", "4, 1000, 42", "8, 3000, 9" })
    void generatedInstallationFollowsTheSsiRules(int members, int guests, long seed) {
        Installation installation = SyntheticInstallations.generate(members, guests, seed);
        assertEquals(List.of(), SsiInvariants.check(installation));
        assertEquals(List.of(), SsiInvariants.overlappingExtents(installation));

        SsiCluster plex = installation.getClusters().get(0);
        assertEquals(members, plex.getMembers().size());
        assertEquals(members * (members - 1) / 2, plex.getIsfcLinks().size());
        assertTrue(IsfcLinks.missingPairs(plex).isEmpty());
        assertEquals((members + 1) / 2, installation.getCecs().size());
        assertEquals(guests, linux(plex).size());
        assertTrue(plex.getVirtualMachines().stream().anyMatch(IdentityEntry.class::isInstance), "multiconfiguration machines");
    }

    @Test
    void distributionsLookLikeAnEstate() {
        SsiCluster plex = SyntheticInstallations.generate(4, 2000, 3).getClusters().get(0);
        List<UserEntry> guests = linux(plex);
        Set<Integer> sizes = guests.stream().map(g -> g.getStorageMiB() / 1024).collect(Collectors.toSet());
        assertEquals(Set.of(1, 2, 4, 8, 16, 32, 64), sizes);
        long small = guests.stream().filter(g -> g.getStorageMiB() <= 4096).count();
        assertTrue(small > guests.size() * 0.6 && small < guests.size() * 0.95, "mostly small guests: " + small);
        long loggedOff = guests.stream().filter(g -> g.getHomeMember() == null).count();
        assertTrue(loggedOff > 100 && loggedOff < 400, "about a tenth logged off: " + loggedOff);
        long fixed = guests.stream().filter(g -> !g.isRelocatable()).count();
        assertTrue(fixed > 10 && fixed < 150, "a few non-relocatable guests: " + fixed);
        assertTrue(guests.stream().anyMatch(g -> g.getAntiAffinityGroup() != null));
        assertEquals(5, guests.stream().map(g -> g.getWorkload().getTouchedStorageMiB() * 1.0 / g.getStorageMiB())
                .map(f -> Math.round(f * 20)).distinct().count(), "all five workload shapes");
        for (var member : plex.getMembers()) {
            long on = guests.stream().filter(g -> g.getHomeMember() == member).count();
            assertTrue(on > 350, member.getName() + " has its share: " + on);
        }
    }

    @Test
    void sameSeedSameFileOtherSeedOtherInstallation() throws Exception {
        InstallationStore store = new InstallationStore();
        Path first = dir.resolve("a.ssiplan");
        Path second = dir.resolve("b.ssiplan");
        store.save(SyntheticInstallations.generate(4, 200, 11), first);
        store.save(SyntheticInstallations.generate(4, 200, 11), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Installation reloaded = store.load(first);
        assertTrue(EcoreUtil.equals(SyntheticInstallations.generate(4, 200, 11), reloaded));
        assertFalse(EcoreUtil.equals(SyntheticInstallations.generate(4, 200, 12), reloaded));
    }

    @Test
    void countsOutOfRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticInstallations.generate(1, 10, 1));
        int max = SyntheticInstallations.maxMembers();
        assertEquals(8, max, "7.3's cited limit from the default planning settings");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SyntheticInstallations.generate(max + 1, 10, 1));
        assertTrue(e.getMessage().contains("2.." + max), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SyntheticInstallations.generate(2, -1, 1));
    }

    @Test
    void largeEstateStaysWithinMemberMemoryLimits() {
        Installation installation = SyntheticInstallations.generate(8, 10_000, 1);
        assertEquals(List.of(), SsiInvariants.check(installation));
        for (var member : installation.getClusters().get(0).getMembers()) {
            assertTrue(member.getRealMemoryGiB() <= 4096, member.getName());
        }
    }

    private static List<UserEntry> linux(SsiCluster cluster) {
        return cluster.getVirtualMachines().stream().filter(UserEntry.class::isInstance).map(UserEntry.class::cast)
                .filter(u -> u.getGuestOs() == GuestOs.LINUX).toList();
    }
}
