package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ssiplan.sim.Simulation;
import ssiplan.sim.param.ParameterDef;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.InstallationSnapshot;

/** Every constant is a named, documented, overridable parameter; bad overrides are refused. */
class ParametersTest {

    @Test
    void everyParameterIsDocumented() {
        assertTrue(SimParameters.all().size() >= 25);
        for (ParameterDef p : SimParameters.all()) {
            assertTrue(p.rationale().length() > 20, p.name());
            assertTrue(p.accepts(p.defaultValue()), p.name());
            assertFalse(p.unit().isBlank(), p.name());
        }
    }

    @Test
    void overridesApplyAndAreValidated() {
        Parameters p = Parameters.of(Map.of("lgr.maxPasses", 8));
        assertEquals(8, p.get(SimParameters.MAX_PASSES));
        assertEquals(10, p.get(SimParameters.MAX_QUIESCE_SECONDS));
        assertEquals(Map.of("lgr.maxPasses", 8.0), p.overrides());
        assertThrows(IllegalArgumentException.class, () -> Parameters.of(Map.of("lgr.maxPases", 8)));
        assertThrows(IllegalArgumentException.class, () -> Parameters.of(Map.of("isfc.chpidEfficiency", 1.5)));
        assertThrows(IllegalArgumentException.class, () -> Parameters.of(Map.of("lgr.maxQuiesceSeconds", 0)));
    }

    @Test
    void installationOverridesAreLaidUnderRunOverrides() {
        InstallationSnapshot s = Fixtures.cluster(2).parameter("guest.bootSeconds", 90).parameter("lgr.maxPasses", 10).build();
        Simulation sim = Simulation.builder(s).parameter("lgr.maxPasses", 12).build();
        assertEquals(90, sim.parameters().get(SimParameters.GUEST_BOOT_SECONDS));
        assertEquals(12, sim.parameters().get(SimParameters.MAX_PASSES));
    }
}
