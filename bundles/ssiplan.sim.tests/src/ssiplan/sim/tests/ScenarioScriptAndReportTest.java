package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.plan.Prediction;
import ssiplan.sim.plan.RelocationPredictor;
import ssiplan.sim.scenario.HtmlReport;
import ssiplan.sim.scenario.ScenarioDefaults;
import ssiplan.sim.scenario.ScenarioJson;
import ssiplan.sim.scenario.ScenarioOptions;
import ssiplan.sim.scenario.ScenarioResult;
import ssiplan.sim.scenario.ScenarioRunner;
import ssiplan.sim.scenario.ScenarioSpec;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.trace.TraceEvent;

/** Scripts of operator steps, the relocation predictor against the runtime, and the report's output. */
class ScenarioScriptAndReportTest {

    private static ScenarioSpec.Step step(ScenarioSpec.Action a, String guest, String member, String level) {
        return new ScenarioSpec.Step(a, 0, true, guest, member, null, level == null ? null : ssiplan.sim.snapshot.ServiceLevel.parse(level),
                List.of(), null, null);
    }

    @Test
    void scriptRunsStepsInOrderEachAfterThePrevious() {
        InstallationSnapshot s = ScenarioFixtures.fourMemberTwoCec();
        ScenarioSpec.Script script = new ScenarioSpec.Script("script", ScenarioOptions.defaults(), List.of(
                step(ScenarioSpec.Action.RELOCATE, "LNX002", "SYSB", null),
                step(ScenarioSpec.Action.LOGOFF, "LNX006", null, null),
                step(ScenarioSpec.Action.SHUTDOWN, null, "SYSC", null),
                step(ScenarioSpec.Action.IPL, null, "SYSC", "7.3+5"),
                step(ScenarioSpec.Action.LOGON, "LNX006", "SYSC", null),
                step(ScenarioSpec.Action.DECLARE_DOWN, null, "SYSD", null)));
        ScenarioResult r = ScenarioRunner.run(s, script);
        assertTrue(r.finished());
        List<String> commands = r.trace().events(TraceEvent.CommandIssued.class).stream().map(TraceEvent.CommandIssued::command).toList();
        assertTrue(commands.get(0).startsWith("VMRELOCATE MOVE LNX002 TO SYSB"), commands.toString());
        assertTrue(commands.get(1).startsWith("SIGNAL SHUTDOWN LNX006"));
        assertEquals("AT SYSC CMD SHUTDOWN", commands.get(2));
        assertEquals("IPL SYSC (CP 7.3+5)", commands.get(3));
        assertEquals("XAUTOLOG LNX006 AT SYSC", commands.get(4));
        TraceEvent.GuestUp up = r.trace().events(TraceEvent.GuestUp.class).getLast();
        assertEquals("LNX006", up.guest());
        assertEquals("SYSC", up.member());
        // SYSD is joined: declaring it down is refused, and the report says so
        assertTrue(r.violations().stream().anyMatch(f -> f.kind().equals("STEP_REFUSED") && f.subject().equals("SYSD")), r.findings().toString());
        // LNX002 ran on SYSC; relocated away before the shutdown, it had no outage
        assertEquals(0, r.guest("LNX002").outageSeconds(), 1e-9);
    }

    @Test
    void predictorMatchesTheRuntimeForOneRelocationAlone() {
        InstallationSnapshot s = ScenarioFixtures.fourMemberTwoCec();
        Parameters p = Parameters.defaults();
        RelocationPredictor predictor = new RelocationPredictor(p);
        for (String userid : List.of("LNX000", "LNX004")) { // 40k and 2k dirty pages/s
            GuestSnapshot g = s.guest(userid);
            Simulation sim = Simulation.builder(s).build();
            sim.at(0).relocate(userid, "SYSB".equals(g.homeMember()) ? "SYSC" : "SYSB", RelocationOptions.defaults());
            SimulationResult r = sim.run();
            var rel = r.relocation(userid);
            Prediction pr = predictor.predict(g, Fixtures.rate(s, g.homeMember(), rel.to()), false);
            assertEquals(rel.passes().size(), pr.passes(), userid);
            assertEquals(rel.elapsedSeconds(), pr.elapsedSeconds(), 1e-6, userid);
            assertEquals(rel.quiesceSeconds(), pr.quiesceSeconds(), 1e-6, userid);
            assertEquals(rel.pagesSent(), pr.pages(), userid);
        }
    }

    @Test
    void htmlReportIsSelfContainedAndEscapesModelStrings() {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("P<&>\"X");
        b.member(ScenarioFixtures.member("SYSA", 1, "z15").build()).member(ScenarioFixtures.member("SYSB", 2, "z15").build());
        b.fullMesh(4, 2, 8).vswitchEverywhere("VSWPROD", "ETHERNET");
        b.guest(ScenarioFixtures.linux("<B&'>", "SYSA").build());
        b.guest(ScenarioFixtures.linux("LNX1", "SYSA").build());
        InstallationSnapshot s = b.build();
        ScenarioResult r = ScenarioRunner.run(s, ScenarioDefaults.of("maintenance", s, Map.of(), ScenarioOptions.defaults(),
                ScenarioDefaults.Context.NONE));
        String html = HtmlReport.render(r);
        assertFalse(html.contains("<B&"), "raw userid must not appear");
        assertTrue(html.contains("&lt;B&amp;&#39;&gt;"));
        assertTrue(html.contains("P&lt;&amp;&gt;&quot;X"));
        assertFalse(html.contains("<script"));
        assertFalse(html.matches("(?s).*(src|href)=.*"), "no external resources");
        assertTrue(html.contains("<svg"), "timeline and charts are inline SVG");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void jsonSummaryCarriesWhatThePlannerNeeds() throws Exception {
        ScenarioResult r = ScenarioKindsTest.run("maintenance", ScenarioFixtures.fourMemberTwoCec());
        JsonNode j = new ObjectMapper().readTree(ScenarioJson.toJson(r));
        assertEquals("ssiplan-scenario", j.get("format").asText());
        assertEquals("maintenance", j.get("kind").asText());
        assertTrue(j.get("windowSeconds").asDouble() > 0);
        assertEquals(2, j.get("strategies").size());
        assertFalse(j.get("strategyVerdict").asText().isEmpty());
        assertEquals(4, j.get("plans").size());
        assertTrue(j.get("plans").get(0).get("decisions").get(0).get("explanation").asText().contains("\u2192"));
        assertEquals(4, j.get("memberOutages").size());
        assertTrue(j.get("headroom").get("SYSB").size() > 1);
        assertTrue(j.get("guests").size() >= 19);
        assertTrue(j.get("worstQuiesce").get("seconds").asDouble() > 0);
    }
}
