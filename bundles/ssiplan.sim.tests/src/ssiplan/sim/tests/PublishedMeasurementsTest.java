package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.EndingCode;
import ssiplan.sim.lgr.PassRecord;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.Units;

/**
 * The shape of IBM's z/VM 6.2 LGR measurements ("LGR with Linux Middleware - Various
 * Workloads"): 4 GiB guests; Java sends ~887k pages first and its intermediate passes average
 * 86% of that; direct I/O sends ~74k pages first and relocates far faster.
 */
class PublishedMeasurementsTest {

    private static final long JAVA_FIRST_PASS = 887_000;
    private static final long DIRECT_IO_FIRST_PASS = 74_000;

    private static InstallationSnapshot installation() {
        return Fixtures.cluster(2)
                // Java: heap rewritten constantly; what one pass can find dirty is bounded by the heap's
                // writable working set, 86% of the touched pages
                .guest(Fixtures.linux("JAVA1", "SYSA").storage(Units.gib(4)).touchedPages(JAVA_FIRST_PASS)
                        .writableWorkingSetPages(Math.round(0.86 * JAVA_FIRST_PASS)).dirtyPagesPerSecond(400_000).build())
                // direct I/O: the page cache is bypassed, little memory is touched or written
                .guest(Fixtures.linux("DIO1", "SYSA").storage(Units.gib(4)).touchedPages(DIRECT_IO_FIRST_PASS)
                        .writableWorkingSetPages(20_000).dirtyPagesPerSecond(2_000).build())
                .build();
    }

    private static RelocationResult alone(String guest) {
        Simulation sim = Simulation.of(installation());
        sim.at(0).relocate(guest, "SYSB");
        SimulationResult r = sim.run();
        return r.relocation(guest);
    }

    @Test
    void javaGuestFirstPassIsTouchedPagesAndIntermediatePassesAreAbout86Percent() {
        RelocationResult java = alone("JAVA1");
        assertEquals(EndingCode.COMPLETED, java.endingCode());
        List<PassRecord> passes = java.passes();
        assertEquals(JAVA_FIRST_PASS, passes.get(0).pages());
        List<PassRecord> intermediate = passes.subList(1, passes.size() - 1);
        assertTrue(intermediate.size() >= 2, "at least one pre-copy pass after the first and the penultimate");
        double avg = intermediate.stream().mapToLong(PassRecord::pages).average().orElseThrow();
        assertEquals(0.86, avg / JAVA_FIRST_PASS, 0.01);
        assertTrue(java.quiesceSeconds() < 10, "fits the default MAXQUIESCE on this link");
    }

    @Test
    void directIoGuestRelocatesFarFasterThanJavaOnTheSameLink() {
        RelocationResult java = alone("JAVA1");
        RelocationResult dio = alone("DIO1");
        assertEquals(EndingCode.COMPLETED, dio.endingCode());
        assertEquals(DIRECT_IO_FIRST_PASS, dio.passes().get(0).pages());
        assertTrue(dio.elapsedSeconds() * 5 < java.elapsedSeconds(),
                "direct I/O " + dio.elapsedSeconds() + " s vs Java " + java.elapsedSeconds() + " s");
        assertTrue(dio.quiesceSeconds() * 5 < java.quiesceSeconds());
        assertTrue(dio.pagesSent() * 10 < java.pagesSent());
    }

    @Test
    void javaGuestOnAThinLinkBreachesMaxQuiesceButImmediateWithNoLimitCompletes() {
        // one CTC on one 4 Gb/s CHPID: about 21k pages/s, a 763k-page quiesce takes ~36 s
        InstallationSnapshot thin = ssiplan.sim.snapshot.InstallationSnapshot.builder("PLEX1")
                .member(Fixtures.member(0).build()).member(Fixtures.member(1).build())
                .link(ssiplan.sim.snapshot.LinkSnapshot.uniform("SYSA", "SYSB", 1, 1, 4, 0x4A00))
                .vswitchEverywhere("VSWPROD", "ETHERNET VLAN AWARE")
                .guest(installation().guest("JAVA1"))
                .build();
        Simulation sim = Simulation.of(thin);
        sim.at(0).relocate("JAVA1", "SYSB");
        RelocationResult r = sim.run().relocation("JAVA1");
        assertEquals(EndingCode.MAXQUIESCE, r.endingCode());
        assertEquals("SYSA", r.guestOn());

        Simulation again = Simulation.of(thin);
        again.at(0).relocate("JAVA1", "SYSB", RelocationOptions.DEFAULTS.withImmediate());
        RelocationResult imm = again.run().relocation("JAVA1");
        assertEquals(EndingCode.COMPLETED, imm.endingCode());
        assertTrue(imm.quiesceSeconds() > 30);
    }
}
