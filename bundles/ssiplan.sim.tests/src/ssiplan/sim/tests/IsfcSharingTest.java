package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.cluster.ClusterMode;
import ssiplan.sim.lgr.EndingCode;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.trace.TraceEvent.LinkShareChanged;
import ssiplan.sim.trace.TraceEvent.LinkStateChanged;

/** Concurrent relocations share a link fairly; other links are not affected; a lost link ends a move. */
class IsfcSharingTest {

    private static final RelocationOptions ASYNC = RelocationOptions.DEFAULTS.asynchronous();

    private static InstallationSnapshot fourMembers() {
        return Fixtures.cluster(4)
                .guest(Fixtures.linux("LNXA1", "SYSA").touchedPages(1_000_000).build())
                .guest(Fixtures.linux("LNXA2", "SYSA").touchedPages(1_000_000).build())
                .guest(Fixtures.linux("LNXC1", "SYSC").touchedPages(1_000_000).build())
                .build();
    }

    private static SimulationResult run(String... guests) {
        Simulation sim = Simulation.builder(fourMembers()).parameter("lgr.eligibilityCheckSeconds", 0)
                .parameter("lgr.stateTransferSeconds", 0).parameter("lgr.deviceTransferSeconds", 0).build();
        for (String g : guests) {
            sim.at(0).relocate(g, g.startsWith("LNXA") ? "SYSB" : "SYSD", ASYNC);
        }
        return sim.run();
    }

    @Test
    void twoRelocationsOnOneLinkEachTakeTwiceAsLongAndAThirdLinkIsUnaffected() {
        double alone = run("LNXA1").relocation("LNXA1").elapsedSeconds();
        double otherAlone = run("LNXC1").relocation("LNXC1").elapsedSeconds();
        SimulationResult both = run("LNXA1", "LNXA2", "LNXC1");
        assertEquals(2 * alone, both.relocation("LNXA1").elapsedSeconds(), 1e-6);
        assertEquals(2 * alone, both.relocation("LNXA2").elapsedSeconds(), 1e-6);
        assertEquals(otherAlone, both.relocation("LNXC1").elapsedSeconds(), 1e-9);
        List<LinkShareChanged> ab = both.trace().events(LinkShareChanged.class).stream()
                .filter(e -> e.link().equals("SYSA-SYSB")).toList();
        LinkShareChanged shared = ab.stream().filter(e -> e.relocations() == 2).findFirst().orElseThrow();
        assertEquals(Math.round(Fixtures.rate(fourMembers(), "SYSA", "SYSB") / 2), shared.pagesPerSecondEach());
        assertEquals(0, ab.get(ab.size() - 1).relocations());
    }

    @Test
    void shareIsRecomputedWhenARelocationEnds() {
        // a short and a long relocation start together: the long one gets the whole link once the short one is done
        Simulation sim = Simulation.builder(Fixtures.cluster(2)
                .guest(Fixtures.linux("SHORT", "SYSA").touchedPages(100_000).build())
                .guest(Fixtures.linux("LONG", "SYSA").touchedPages(1_000_000).build())
                .build()).parameter("lgr.eligibilityCheckSeconds", 0).parameter("lgr.stateTransferSeconds", 0)
                .parameter("lgr.deviceTransferSeconds", 0).build();
        sim.at(0).relocate("SHORT", "SYSB", ASYNC).relocate("LONG", "SYSB", ASYNC);
        SimulationResult r = sim.run();
        double rate = Fixtures.rate(Fixtures.cluster(2).build(), "SYSA", "SYSB");
        assertEquals(2 * 100_000 / rate, r.relocation("SHORT").elapsedSeconds(), 1e-6);
        // 100k pages each at half rate, then the remaining 900k at full rate
        assertEquals(200_000 / rate + 900_000 / rate, r.relocation("LONG").elapsedSeconds(), 1e-6);
    }

    @Test
    void linkFailingMidMoveEndsWithIsfcLostAndGuestOnSource() {
        Simulation sim = Simulation.of(fourMembers());
        sim.at(0).relocate("LNXA1", "SYSB", ASYNC).relocate("LNXC1", "SYSD", ASYNC);
        sim.at(1).linkDown("SYSA", "SYSB");
        SimulationResult r = sim.run();
        RelocationResult lost = r.relocation("LNXA1");
        assertEquals(EndingCode.ISFC_LOST, lost.endingCode());
        assertEquals("03", lost.endingCode().code());
        assertEquals("SYSA", lost.guestOn());
        assertEquals("SYSA", r.memberOf("LNXA1"));
        assertEquals(1.0, lost.elapsedSeconds(), 1e-9);
        // the lost link puts the cluster in SAFE mode, so the relocation on the healthy SYSC-SYSD link
        // fails its re-check before quiesce (06) and its guest also stays where it was
        RelocationResult other = r.relocation("LNXC1");
        assertEquals(EndingCode.ELIGIBILITY, other.endingCode());
        assertEquals("SYSC", other.guestOn());
        LinkStateChanged down = r.trace().events(LinkStateChanged.class).get(0);
        assertFalse(down.up());
        assertEquals("SYSA-SYSB", down.link());
    }

    @Test
    void lostLinkPutsClusterInSafeModeUntilItReturns() {
        Simulation sim = Simulation.of(fourMembers());
        sim.at(1).linkDown("SYSA", "SYSB");
        sim.at(2).relocate("LNXC1", "SYSD");
        sim.at(3).linkUp("SYSA", "SYSB");
        sim.at(4).relocate("LNXA2", "SYSB");
        SimulationResult r = sim.run();
        RelocationResult refused = r.relocation("LNXC1");
        assertTrue(refused.rejected());
        assertTrue(refused.problems().stream().anyMatch(p -> p.message().contains("SAFE")));
        assertEquals(EndingCode.COMPLETED, r.relocation("LNXA2").endingCode());
        assertEquals(ClusterMode.STABLE, sim.cluster().mode());
    }
}
