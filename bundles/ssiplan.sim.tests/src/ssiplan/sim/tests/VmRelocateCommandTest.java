package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.cluster.StaticMoveResult;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.lgr.EndingCode;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.trace.TraceEvent.QuiesceEnded;
import ssiplan.sim.trace.TraceEvent.RelocationStatus;
import ssiplan.sim.trace.TraceEvent.Violation;

/** CANCEL, MODIFY, STATUS, the limits, SYNCHRONOUS vs ASYNCHRONOUS, and static mobility. */
class VmRelocateCommandTest {

    private static final RelocationOptions ASYNC = RelocationOptions.DEFAULTS.asynchronous();

    /** LNX1 and LNX2 take several seconds each to move (about 1M pages). */
    private static InstallationSnapshot installation() {
        return Fixtures.cluster(3)
                .guest(Fixtures.linux("LNX1", "SYSA").touchedPages(1_000_000).dirtyPagesPerSecond(5_000).build())
                .guest(Fixtures.linux("LNX2", "SYSA").touchedPages(1_000_000).dirtyPagesPerSecond(5_000).build())
                .build();
    }

    @Test
    void cancelEndsWithCode01AndTheGuestStaysOnTheSource() {
        Simulation sim = Simulation.of(installation());
        sim.at(0).relocate("LNX1", "SYSB", ASYNC);
        sim.at(1).cancelRelocation("LNX1");
        SimulationResult r = sim.run();
        RelocationResult res = r.relocation("LNX1");
        assertEquals(EndingCode.CANCELLED, res.endingCode());
        assertEquals("01", res.endingCode().code());
        assertEquals("SYSA", r.memberOf("LNX1"));
        assertEquals(0, sim.cluster().member("SYSB").usedBytes(), "the destination's reservation is released");
    }

    @Test
    void maxTotalEndsWithCode04() {
        Simulation sim = Simulation.of(installation());
        sim.at(0).relocate("LNX1", "SYSB", RelocationOptions.DEFAULTS.maxTotal(2));
        RelocationResult res = sim.run().relocation("LNX1");
        assertEquals(EndingCode.MAXTOTAL, res.endingCode());
        assertEquals(2.0, res.elapsedSeconds(), 1e-9);
        assertEquals("SYSA", res.guestOn());
    }

    @Test
    void modifyRaisesMaxTotalOfARunningRelocation() {
        Simulation sim = Simulation.of(installation());
        sim.at(0).relocate("LNX1", "SYSB", RelocationOptions.DEFAULTS.maxTotal(2).asynchronous());
        sim.at(1).modifyRelocation("LNX1", Double.POSITIVE_INFINITY, null).status("LNX1");
        SimulationResult r = sim.run();
        assertEquals(EndingCode.COMPLETED, r.relocation("LNX1").endingCode());
        RelocationStatus st = r.trace().events(RelocationStatus.class).get(0);
        assertEquals("MOVING_MEMORY", st.stage());
        assertEquals(SimTime.ofSeconds(1), st.elapsed());
    }

    @Test
    void logoffDuringRelocationEndsWithCode07() {
        Simulation sim = Simulation.of(installation());
        sim.at(0).relocate("LNX1", "SYSB", ASYNC);
        sim.at(1).logoff("LNX1");
        RelocationResult res = sim.run().relocation("LNX1");
        assertEquals(EndingCode.GUEST_RESET, res.endingCode());
    }

    @Test
    void eligibilityIsCheckedAgainBeforeQuiesce() {
        Simulation sim = Simulation.of(installation());
        sim.at(0).relocate("LNX1", "SYSB", ASYNC);
        sim.at(1).stop("SYSC"); // cluster goes SAFE while LNX1's memory is moving
        RelocationResult res = sim.run().relocation("LNX1");
        assertEquals(EndingCode.ELIGIBILITY, res.endingCode());
        assertTrue(res.message().contains("LGR-CLUSTER-MODE"), res.message());
        assertEquals("SYSA", res.guestOn());
        assertEquals(0, res.quiesce());
    }

    @Test
    void sourceAbendingMidMoveLosesTheGuest() {
        Simulation sim = Simulation.of(installation());
        sim.at(0).relocate("LNX1", "SYSB", ASYNC);
        sim.at(1).abend("SYSA");
        SimulationResult r = sim.run();
        assertEquals(EndingCode.ISFC_LOST, r.relocation("LNX1").endingCode());
        assertEquals("", r.relocation("LNX1").guestOn());
        assertEquals(null, r.memberOf("LNX1"));
    }

    @Test
    void synchronousRelocationsRunOneAfterAnotherOnAConsoleAsynchronousOnesTogether() {
        Simulation serial = Simulation.of(installation());
        serial.at(0).relocate("LNX1", "SYSB").relocate("LNX2", "SYSB");
        SimulationResult s = serial.run();
        RelocationResult first = s.relocation("LNX1");
        RelocationResult second = s.relocation("LNX2");
        assertEquals(first.ended(), second.issued(), "the second command is entered when the first returns");

        Simulation parallel = Simulation.of(installation());
        parallel.at(0).relocate("LNX1", "SYSB", ASYNC).relocate("LNX2", "SYSB", ASYNC);
        SimulationResult p = parallel.run();
        assertEquals(0, p.relocation("LNX2").issued());
        assertTrue(p.relocation("LNX1").elapsedSeconds() > 1.8 * first.elapsedSeconds(), "they share the link");

        // two consoles run synchronous commands side by side
        Simulation twoConsoles = Simulation.of(installation());
        twoConsoles.at(0, "OP1").relocate("LNX1", "SYSB");
        twoConsoles.at(0, "OP2").relocate("LNX2", "SYSC");
        SimulationResult t = twoConsoles.run();
        assertEquals(0, t.relocation("LNX2").issued());
    }

    @Test
    void staticMoveOutageIsShutdownPlusBoot() {
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("DB2A", "SYSA").relocatable(false).criticalitySeconds(60).build()).build();
        Simulation sim = Simulation.builder(s).parameter("guest.shutdownSeconds", 30).parameter("guest.bootSeconds", 45).build();
        sim.at(10).moveStatic("DB2A", "SYSB");
        SimulationResult r = sim.run();
        StaticMoveResult m = r.staticMoves().get(0);
        assertTrue(m.completed());
        assertEquals(SimTime.ofSeconds(75), m.outage());
        assertEquals("SYSB", r.memberOf("DB2A"));
        assertEquals(SimTime.ofSeconds(75), r.downtime().get("DB2A"));
        assertEquals(List.of("OUTAGE"), r.trace().events(Violation.class).stream().map(Violation::kind).toList());
    }

    @Test
    void quiesceLongerThanTheGuestToleratesIsAViolation() {
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("TIGHT", "SYSA").touchedPages(1_000_000).writableWorkingSetPages(800_000)
                        .dirtyPagesPerSecond(1_000_000).criticalitySeconds(0.5).build()).build();
        Simulation sim = Simulation.of(s);
        sim.at(0).relocate("TIGHT", "SYSB");
        SimulationResult r = sim.run();
        assertEquals(EndingCode.COMPLETED, r.relocation("TIGHT").endingCode());
        assertTrue(r.trace().events(Violation.class).stream().anyMatch(v -> v.kind().equals("QUIESCE")));
        QuiesceEnded q = r.trace().events(QuiesceEnded.class).get(0);
        assertEquals("SYSB", q.resumedOn());
        assertFalse(r.relocation("TIGHT").details().isBlank());
    }
}
