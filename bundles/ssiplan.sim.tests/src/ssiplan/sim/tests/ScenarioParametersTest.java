package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ssiplan.sim.scenario.ScenarioDefaults;
import ssiplan.sim.scenario.ScenarioOptions;
import ssiplan.sim.scenario.ScenarioParameterException;
import ssiplan.sim.scenario.ScenarioRunner;
import ssiplan.sim.scenario.ScenarioSpec;
import ssiplan.sim.snapshot.InstallationSnapshot;

/** Bad scenario parameters are refused with a message that names the parameter. */
class ScenarioParametersTest {

    private final InstallationSnapshot s = ScenarioFixtures.fourMemberTwoCec();

    private ScenarioParameterException refused(String kind, Map<String, String> p) {
        return assertThrows(ScenarioParameterException.class, () -> ScenarioRunner.run(s,
                ScenarioDefaults.of(kind, s, p, ScenarioOptions.defaults().withCompareStrategies(false), ScenarioFixtures.TWO_CECS)));
    }

    @Test
    void unknownMemberIsNamed() {
        ScenarioParameterException e = refused("maintenance", Map.of("--member-order", "SYSA,SYSZ"));
        assertEquals("--member-order", e.parameter());
        assertTrue(e.getMessage().contains("SYSZ is not a member of PLEX4"), e.getMessage());
        assertTrue(e.getMessage().contains("SYSA, SYSB, SYSC, SYSD"), "lists the members: " + e.getMessage());
    }

    @Test
    void lowerServiceLevelIsRefused() {
        ScenarioParameterException e = refused("maintenance", Map.of("--service-level", "7.2"));
        assertEquals("--service-level", e.parameter());
        assertTrue(e.getMessage().contains("lower"), e.getMessage());
        assertEquals("--service-level", refused("maintenance", Map.of("--service-level", "seven")).parameter());
    }

    @Test
    void badValuesAndUnknownOptionsAreNamed() {
        assertEquals("--failure", refused("member-failure", Map.of("--failure", "meltdown")).parameter());
        assertEquals("--tolerance", refused("rebalance", Map.of("--tolerance", "0")).parameter());
        assertEquals("--declare-down-seconds", refused("member-failure", Map.of("--declare-down-seconds", "-5")).parameter());
        assertEquals("--move-back", refused("maintenance", Map.of("--move-back", "perhaps")).parameter());
        assertEquals("--utility-member", refused("utility-lpar", Map.of()).parameter(), "no member is down to serve as utility");
        assertEquals("--standby", refused("dr", Map.of()).parameter(), "no standby member");
        assertEquals("--cec", refused("processor-migration", Map.of("--cec", "CEC9")).parameter());
        assertEquals("--colour", refused("maintenance", Map.of("--colour", "red")).parameter());
        assertEquals("--scenario", refused("meltdown", Map.of()).parameter());
    }

    @Test
    void unknownSimulationParameterIsNamed() {
        ScenarioSpec spec = ScenarioDefaults.of("maintenance", s, Map.of(),
                ScenarioOptions.defaults().withParameter("lgr.noSuchThing", 1), ScenarioFixtures.TWO_CECS);
        ScenarioParameterException e = assertThrows(ScenarioParameterException.class, () -> ScenarioRunner.run(s, spec));
        assertEquals("--param", e.parameter());
        assertTrue(e.getMessage().contains("lgr.noSuchThing"), e.getMessage());
    }

    @Test
    void scriptStepsAreChecked() {
        ScenarioSpec.Step bad = new ScenarioSpec.Step(ScenarioSpec.Action.RELOCATE, 0, true, "NOBODY", "SYSB", null, null, List.of(), null, null);
        ScenarioSpec.Script script = new ScenarioSpec.Script("s", ScenarioOptions.defaults(), List.of(bad));
        ScenarioParameterException e = assertThrows(ScenarioParameterException.class, () -> ScenarioRunner.run(s, script));
        assertEquals("step 1 (RELOCATE) guest", e.parameter());
    }
}
