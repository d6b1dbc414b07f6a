package ssiplan.sim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import ssiplan.sim.plan.EvacuationPlan;
import ssiplan.sim.plan.GuestDecision;
import ssiplan.sim.plan.LinkPlan;

/**
 * The summary of a scenario run as JSON ({@code "format":"ssiplan-scenario","version":1}).
 * Seconds are written with millisecond precision; "NOLIMIT"/null stand for no limit. The trace
 * itself has its own format ({@code --trace OUT}).
 */
public final class ScenarioJson {

    public static final String FORMAT = "ssiplan-scenario";
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ScenarioJson() {
    }

    public static String toJson(ScenarioResult r) {
        StringWriter w = new StringWriter();
        write(r, w);
        return w.toString();
    }

    public static void write(ScenarioResult r, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.useDefaultPrettyPrinter();
            write(r, g);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ScenarioResult r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("scenario", r.name());
        g.writeStringField("kind", r.kind());
        g.writeStringField("ssi", r.ssi());
        g.writeStringField("strategy", r.strategy().name());
        g.writeBooleanField("finished", r.finished());
        sec(g, "windowSeconds", r.windowSeconds());
        ScenarioResult.GuestImpact worst = r.worstQuiesce();
        g.writeObjectFieldStart("worstQuiesce");
        g.writeStringField("guest", worst == null ? null : worst.guest());
        sec(g, "seconds", worst == null ? 0 : worst.worstQuiesceSeconds());
        g.writeEndObject();
        g.writeNumberField("violationCount", r.violations().size());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("kind", f.kind());
            g.writeStringField("subject", f.subject());
            g.writeStringField("message", f.message());
            sec(g, "atSeconds", f.seconds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("strategies");
        for (ScenarioResult.StrategyRun s : r.strategies()) {
            g.writeStartObject();
            g.writeStringField("strategy", s.strategy().name());
            sec(g, "windowSeconds", s.windowSeconds());
            sec(g, "predictedEvacuationSeconds", s.predictedEvacuationSeconds());
            sec(g, "worstQuiesceSeconds", s.worstQuiesceSeconds());
            g.writeNumberField("violations", s.violations());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("strategyVerdict", r.strategyVerdict());
        g.writeArrayFieldStart("plans");
        for (EvacuationPlan p : r.plans()) {
            g.writeStartObject();
            g.writeArrayFieldStart("members");
            for (String m : p.members()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeStringField("strategy", p.strategy().name());
            sec(g, "predictedSeconds", p.predictedSeconds());
            g.writeArrayFieldStart("links");
            for (LinkPlan l : p.links()) {
                g.writeStartObject();
                g.writeStringField("from", l.from());
                g.writeStringField("to", l.to());
                g.writeNumberField("concurrent", l.concurrent());
                g.writeNumberField("moves", l.moves());
                sec(g, "predictedSeconds", l.predictedSeconds());
                g.writeStringField("explanation", l.explanation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("decisions");
            for (GuestDecision d : p.decisions()) {
                g.writeStartObject();
                g.writeStringField("guest", d.guest());
                g.writeStringField("from", d.from());
                g.writeStringField("decision", d.kind().name());
                g.writeStringField("to", d.to());
                sec(g, "predictedQuiesceSeconds", d.predictedQuiesceSeconds());
                sec(g, "predictedSeconds", d.predictedSeconds());
                g.writeStringField("explanation", d.explanation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("memberOutages");
        for (ScenarioResult.MemberOutage o : r.memberOutages()) {
            g.writeStartObject();
            g.writeStringField("member", o.member());
            sec(g, "startSeconds", o.startSeconds());
            if (o.endSeconds() < 0) {
                g.writeNullField("endSeconds");
            } else {
                sec(g, "endSeconds", o.endSeconds());
            }
            g.writeStringField("reason", o.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("moves");
        for (ScenarioResult.Move m : r.moves()) {
            g.writeStartObject();
            g.writeStringField("guest", m.guest());
            g.writeStringField("from", m.from());
            g.writeStringField("to", m.to());
            sec(g, "startSeconds", m.startSeconds());
            sec(g, "endSeconds", m.endSeconds());
            sec(g, "quiesceSeconds", m.quiesceSeconds());
            g.writeStringField("endingCode", m.code());
            g.writeStringField("outcome", m.outcome());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("guests");
        for (ScenarioResult.GuestImpact i : r.guests()) {
            g.writeStartObject();
            g.writeStringField("guest", i.guest());
            g.writeStringField("startMember", i.startMember());
            g.writeStringField("endMember", i.endMember());
            g.writeNumberField("liveMoves", i.liveMoves());
            sec(g, "quiesceSeconds", i.quiesceSeconds());
            sec(g, "worstQuiesceSeconds", i.worstQuiesceSeconds());
            g.writeNumberField("failedMoves", i.failedMoves());
            g.writeNumberField("outages", i.outages());
            sec(g, "outageSeconds", i.outageSeconds());
            g.writeBooleanField("downAtEnd", i.downAtEnd());
            limit(g, "criticalitySeconds", i.criticalitySeconds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recoveries");
        for (Recovery x : r.recoveries()) {
            g.writeStartObject();
            g.writeStringField("guest", x.guest());
            g.writeNumberField("order", x.order());
            g.writeStringField("from", x.from());
            g.writeStringField("member", x.member());
            limit(g, "criticalitySeconds", x.criticalitySeconds());
            if (x.restarted()) {
                sec(g, "recoverySeconds", x.recoverySeconds());
            } else {
                g.writeNullField("recoverySeconds");
            }
            g.writeStringField("reason", x.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reIpl");
        for (ScenarioResult.ReIplGuest x : r.reIpl()) {
            g.writeStartObject();
            g.writeStringField("guest", x.guest());
            g.writeStringField("member", x.member());
            g.writeBooleanField("runningSinceBefore", x.runningSinceBefore());
            g.writeArrayFieldStart("gains");
            for (String f : x.gains()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("safeModeChecks");
        for (ScenarioResult.SafeModeCheck c : r.safeModeChecks()) {
            g.writeStartObject();
            sec(g, "atSeconds", c.seconds());
            g.writeStringField("command", c.command());
            g.writeBooleanField("refused", c.refused());
            g.writeStringField("answer", c.answer());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("maximumLoad");
        for (ScenarioResult.MemberHeadroom h : r.minimumHeadroom()) {
            g.writeStartObject();
            g.writeStringField("member", h.member());
            pct(g, "definedPercentOfReal", h.maxDefinedPercent());
            pct(g, "residentPercentOfReal", h.maxResidentPercent());
            pct(g, "cpuPercent", h.maxCpuPercent());
            pct(g, "memoryLimitPercent", h.memoryLimitPercent());
            pct(g, "cpuLimitPercent", h.cpuLimitPercent());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("headroom");
        for (Map.Entry<String, List<ScenarioResult.HeadroomPoint>> e : r.headroom().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (ScenarioResult.HeadroomPoint p : e.getValue()) {
                g.writeStartArray();
                g.writeNumber(round(p.seconds(), 3));
                g.writeNumber(round(p.definedPercent(), 1));
                g.writeNumber(round(p.residentPercent(), 1));
                g.writeNumber(round(p.cpuPercent(), 1));
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("notes");
        for (String n : r.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void sec(JsonGenerator g, String name, double v) throws IOException {
        g.writeNumberField(name, round(v, 3));
    }

    private static void pct(JsonGenerator g, String name, double v) throws IOException {
        g.writeNumberField(name, round(v, 1));
    }

    private static void limit(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isInfinite(v)) {
            g.writeStringField(name, "NOLIMIT");
        } else {
            sec(g, name, v);
        }
    }

    private static BigDecimal round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
