package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import ssiplan.sim.RunControl;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.bench.SyntheticInstallation;
import ssiplan.sim.engine.CancelToken;
import ssiplan.sim.engine.RunStatus;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.trace.TraceEvent;
import ssiplan.sim.trace.TraceEvent.RunEnded;

/** Same input and seed give the same bytes; a cancelled or time-limited run still ends cleanly. */
class DeterminismTest {

    private static Simulation busy(long seed, double jitter) {
        return busy(seed, jitter, 200);
    }

    private static Simulation busy(long seed, double jitter, int guests) {
        InstallationSnapshot s = SyntheticInstallation.generate(4, guests, 3);
        Simulation sim = Simulation.builder(s).seed(seed).parameter("lgr.dirtyRateJitter", jitter).build();
        int i = 0;
        for (GuestSnapshot g : s.guests()) {
            int home = i % 4;
            sim.at(i / 4 * 0.25).relocate(g.userid(), SyntheticInstallation.name((home + 1) % 4),
                    RelocationOptions.DEFAULTS.asynchronous());
            i++;
        }
        sim.at(5).linkDown("SYS1", "SYS2");
        sim.at(8).linkUp("SYS1", "SYS2");
        sim.at(9).stop("SYS4");
        sim.at(60).declareDown("SYS4");
        sim.at(61).ipl("SYS4", "7.4");
        return sim;
    }

    @Test
    void twoRunsGiveByteIdenticalTraceJson() {
        String a = busy(11, 0.3).run().trace().toJson();
        String b = busy(11, 0.3).run().trace().toJson();
        assertEquals(a, b);
        assertTrue(a.length() > 10_000);
    }

    @Test
    void theSeedMattersOnlyWhereRandomnessIsAsked() {
        assertNotEquals(busy(11, 0.3).run().trace().toJson(), busy(12, 0.3).run().trace().toJson());
        // without jitter the seed only appears in the header
        String a = busy(11, 0).run().trace().toJson().replace("\"seed\":11", "");
        String b = busy(12, 0).run().trace().toJson().replace("\"seed\":12", "");
        assertEquals(a, b);
    }

    @Test
    void traceJsonIsWellFormedWithStableFieldOrder() throws Exception {
        SimulationResult r = busy(1, 0).run();
        JsonNode root = new ObjectMapper().readTree(r.trace().toJson());
        assertEquals("ssiplan-trace", root.get("format").asText());
        assertEquals("10", root.get("parameters").get("lgr.maxQuiesceSeconds").asText());
        assertEquals("NOLIMIT", root.get("parameters").get("lgr.maxTotalSeconds").asText());
        JsonNode events = root.get("events");
        assertEquals(r.trace().events().size(), events.size());
        long last = -1;
        for (JsonNode e : events) {
            List<String> names = new java.util.ArrayList<>();
            e.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("t", "type"), names.subList(0, 2));
            assertTrue(e.get("t").asLong() >= last, "events are in time order");
            last = e.get("t").asLong();
        }
        assertEquals("run-end", events.get(events.size() - 1).get("type").asText());
    }

    @Test
    void cancellationEndsTheRunCleanly() throws Exception {
        CancelToken token = new CancelToken();
        Simulation sim = busy(5, 0, 2000);
        // cancel from the progress callback, as a UI thread would between events
        SimulationResult r = sim.run(RunControl.UNLIMITED.withCancel(token).withProgress((now, limit, events) -> {
            if (now > SimTime.ofSeconds(10)) {
                token.cancel();
            }
        }));
        SimulationResult full = busy(5, 0, 2000).run();
        assertEquals(RunStatus.CANCELLED, r.status());
        assertTrue(r.events() < full.events());
        List<TraceEvent> events = r.trace().events();
        RunEnded end = (RunEnded) events.get(events.size() - 1);
        assertEquals("CANCELLED", end.status());
        new ObjectMapper().readTree(r.trace().toJson()); // still valid JSON
    }

    @Test
    void timeLimitStopsAtTheLimitWithRelocationsUnfinished() {
        SimulationResult r = busy(5, 0).run(RunControl.until(3));
        assertEquals(RunStatus.TIME_LIMIT, r.status());
        assertEquals(SimTime.ofSeconds(3), r.endTime());
        assertTrue(r.unfinished() > 0);
        assertTrue(r.trace().events().stream().allMatch(e -> e.t() <= SimTime.ofSeconds(3)));
    }
}
