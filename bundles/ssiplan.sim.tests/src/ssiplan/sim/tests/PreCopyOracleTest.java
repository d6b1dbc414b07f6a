package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.EndingCode;
import ssiplan.sim.lgr.PassRecord;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.Units;

/** The pre-copy model against the closed form (Clark et al. 2005): pass k sends about M * rho^(k-1). */
class PreCopyOracleTest {

    private static SimulationResult relocateOne(InstallationSnapshot s, RelocationOptions o, String... params) {
        Simulation.Builder b = Simulation.builder(s);
        for (int i = 0; i < params.length; i += 2) {
            b.parameter(params[i], Double.parseDouble(params[i + 1]));
        }
        Simulation sim = b.build();
        sim.at(0).relocate("LINUX1", "SYSB", o);
        return sim.run();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.8})
    void passesShrinkGeometricallyWhenDirtyRateIsBelowLinkRate(double rho) {
        InstallationSnapshot base = Fixtures.cluster(2).build();
        double r = Fixtures.rate(base, "SYSA", "SYSB");
        long m = 600_000;
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("LINUX1", "SYSA").touchedPages(m).writableWorkingSetPages(m)
                        .dirtyPagesPerSecond(rho * r).build())
                .build();
        RelocationResult res = relocateOne(s, RelocationOptions.DEFAULTS).relocation("LINUX1");
        assertEquals(EndingCode.COMPLETED, res.endingCode());
        List<PassRecord> passes = res.passes();
        // every pass but the final one (which is the I/O residue) follows the closed form
        for (int k = 1; k <= passes.size() - 1; k++) {
            double expected = m * Math.pow(rho, k - 1);
            double actual = passes.get(k - 1).pages();
            assertEquals(expected, actual, expected * 0.002 + 2, "pass " + k + " of rho=" + rho);
        }
        assertTrue(passes.get(passes.size() - 1).quiesced());
        assertTrue(passes.get(passes.size() - 2).quiesced());
        assertFalse(passes.get(passes.size() - 3).quiesced());
        // each pass takes pages / R when alone on the link
        PassRecord first = passes.get(0);
        assertEquals(m / r, first.seconds(), 1e-6);
        assertEquals("SYSB", res.guestOn());
    }

    @Test
    void guestDirtyingFasterThanTheLinkBreachesMaxQuiesceAndStaysOnSource() {
        InstallationSnapshot base = Fixtures.cluster(2).build();
        double r = Fixtures.rate(base, "SYSA", "SYSB");
        long m = 1_000_000; // about 3.4 s per pass on this link
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("LINUX1", "SYSA").touchedPages(m).writableWorkingSetPages(m)
                        .dirtyPagesPerSecond(2 * r).build())
                .build();
        SimulationResult out = relocateOne(s, RelocationOptions.DEFAULTS.maxQuiesce(2));
        RelocationResult res = out.relocation("LINUX1");
        assertEquals(EndingCode.MAXQUIESCE, res.endingCode());
        assertEquals("SYSA", res.guestOn());
        assertEquals("SYSA", out.memberOf("LINUX1"));
        assertEquals(2.0, res.quiesceSeconds(), 1e-9, "stopped exactly MAXQUIESCE before resuming on the source");
        // the dirty set never shrank, so pre-copy gave up after pass 1 and the penultimate pass was cut off
        assertEquals(1, res.passes().size());
        assertEquals(m, res.passes().get(0).pages());
    }

    @Test
    void slowlyConvergingGuestStopsAtThePassLimit() {
        InstallationSnapshot base = Fixtures.cluster(2).build();
        double r = Fixtures.rate(base, "SYSA", "SYSB");
        long m = 100_000;
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("LINUX1", "SYSA").touchedPages(m).writableWorkingSetPages(m)
                        .dirtyPagesPerSecond(0.95 * r).build())
                .build();
        RelocationResult res = relocateOne(s, RelocationOptions.DEFAULTS, "lgr.shrinkRatio", "1.0",
                "lgr.stopThresholdPages", "10", "lgr.maxPasses", "16").relocation("LINUX1");
        assertEquals(EndingCode.COMPLETED, res.endingCode());
        assertEquals(16, res.passes().size(), "14 pre-copy passes + 2 quiesced");
        assertEquals(14, res.passes().stream().filter(p -> !p.quiesced()).count());
        assertEquals(m * Math.pow(0.95, 14), res.passes().get(14).pages(), 50);
    }

    @Test
    void immediateMakesOnePassThenQuiescesWithNoLimits() {
        long m = 400_000;
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("LINUX1", "SYSA").touchedPages(m).writableWorkingSetPages(50_000)
                        .dirtyPagesPerSecond(10_000).build())
                .build();
        RelocationResult imm = relocateOne(s, RelocationOptions.DEFAULTS.withImmediate()).relocation("LINUX1");
        RelocationResult normal = relocateOne(s, RelocationOptions.DEFAULTS).relocation("LINUX1");
        assertEquals(EndingCode.COMPLETED, imm.endingCode());
        assertEquals(3, imm.passes().size());
        assertEquals(1, imm.passes().stream().filter(p -> !p.quiesced()).count());
        assertTrue(Double.isInfinite(imm.maxQuiesceSeconds()) && Double.isInfinite(imm.maxTotalSeconds()));
        assertTrue(normal.passes().size() > 3);
        // the reference's trade-off: shorter relocation, longer quiesce
        assertTrue(imm.quiesceSeconds() > normal.quiesceSeconds());
        assertTrue(imm.elapsedSeconds() < normal.elapsedSeconds());
    }

    @Test
    void idleGuestMovesTouchedPagesOnceAndQuiescesOnlyForState() {
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("LINUX1", "SYSA").storage(Units.gib(8)).touchedPages(200_000).build())
                .build();
        RelocationResult res = relocateOne(s, RelocationOptions.DEFAULTS).relocation("LINUX1");
        assertEquals(List.of(200_000L, 0L, 0L), res.passes().stream().map(PassRecord::pages).toList());
        // state transfer: 0.1 s + 2 devices x 5 ms
        assertEquals(0.11, res.quiesceSeconds(), 1e-6);
    }

    @Test
    void aGuestsOwnStateTransferTimeReplacesTheParameterModel() {
        InstallationSnapshot s = Fixtures.cluster(2)
                .guest(Fixtures.linux("LINUX1", "SYSA").storage(Units.gib(8)).touchedPages(200_000)
                        .stateTransferSeconds(0.75).build())
                .build();
        RelocationResult res = relocateOne(s, RelocationOptions.DEFAULTS).relocation("LINUX1");
        assertEquals(EndingCode.COMPLETED, res.endingCode());
        assertEquals(0.75, res.quiesceSeconds(), 1e-6);
    }
}
