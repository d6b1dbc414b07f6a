package ssiplan.sim.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import ssiplan.sim.trace.TraceEvent.CapacitySample;
import ssiplan.sim.trace.TraceEvent.ClusterModeChanged;
import ssiplan.sim.trace.TraceEvent.CommandIssued;
import ssiplan.sim.trace.TraceEvent.CommandRejected;
import ssiplan.sim.trace.TraceEvent.EligibilityChecked;
import ssiplan.sim.trace.TraceEvent.GuestDown;
import ssiplan.sim.trace.TraceEvent.GuestUp;
import ssiplan.sim.trace.TraceEvent.HeartbeatMissed;
import ssiplan.sim.trace.TraceEvent.IplStarted;
import ssiplan.sim.trace.TraceEvent.LinkShareChanged;
import ssiplan.sim.trace.TraceEvent.LinkStateChanged;
import ssiplan.sim.trace.TraceEvent.LogonHeld;
import ssiplan.sim.trace.TraceEvent.MachineReplaced;
import ssiplan.sim.trace.TraceEvent.ScenarioStep;
import ssiplan.sim.trace.TraceEvent.MemberStateChanged;
import ssiplan.sim.trace.TraceEvent.MemoryPass;
import ssiplan.sim.trace.TraceEvent.QuiesceEnded;
import ssiplan.sim.trace.TraceEvent.QuiesceStarted;
import ssiplan.sim.trace.TraceEvent.Reason;
import ssiplan.sim.trace.TraceEvent.RelocationEnded;
import ssiplan.sim.trace.TraceEvent.RelocationStarted;
import ssiplan.sim.trace.TraceEvent.RelocationStatus;
import ssiplan.sim.trace.TraceEvent.RunEnded;
import ssiplan.sim.trace.TraceEvent.ShutdownStarted;
import ssiplan.sim.trace.TraceEvent.Violation;

/**
 * The stable JSON form of a trace: fields written in a fixed order by hand (no reflection, no
 * maps iterated in hash order), integers only for quantities, one event per line. The same
 * trace therefore always gives the same bytes, on any JVM.
 * <p>
 * Shape: {@code {"format":"ssiplan-trace","version":1,"ssi":..,"seed":..,"parameters":{..},
 * "events":[{"t":ns,"type":"..",...},...]}}. Parameter values are strings ("10", "0.85",
 * "NOLIMIT") for the same reason.
 */
public final class TraceJson {

    public static final String FORMAT = "ssiplan-trace";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private TraceJson() {
    }

    public static String toJson(Trace trace) {
        StringWriter w = new StringWriter();
        write(trace, w);
        return w.toString();
    }

    public static void write(Trace trace, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(trace, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Trace trace, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(trace, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Trace trace, JsonGenerator g) throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter lines = new DefaultIndenter("", "\n");
        Separators compact = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.NONE);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
                .withArrayIndenter(lines).withSeparators(compact));
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("ssi", trace.ssiName());
        g.writeNumberField("seed", trace.seed());
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Double> p : trace.parameters().entrySet()) {
            g.writeStringField(p.getKey(), formatParameter(p.getValue()));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("events");
        for (TraceEvent e : trace.events()) {
            writeEvent(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** A parameter value as text: integers without a fraction, infinity as NOLIMIT. */
    public static String formatParameter(double v) {
        if (Double.isInfinite(v)) {
            return "NOLIMIT";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void writeEvent(TraceEvent e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("t", e.t());
        switch (e) {
            case CommandIssued c -> {
                type(g, "command");
                g.writeStringField("console", c.console());
                g.writeStringField("command", c.command());
            }
            case CommandRejected c -> {
                type(g, "command-rejected");
                g.writeStringField("console", c.console());
                g.writeStringField("command", c.command());
                g.writeStringField("reason", c.reason());
            }
            case MemberStateChanged m -> {
                type(g, "member-state");
                g.writeStringField("member", m.member());
                g.writeStringField("from", m.from());
                g.writeStringField("to", m.to());
                g.writeStringField("reason", m.reason());
            }
            case ClusterModeChanged m -> {
                type(g, "cluster-mode");
                g.writeStringField("from", m.from());
                g.writeStringField("to", m.to());
                g.writeStringField("reason", m.reason());
            }
            case IplStarted i -> {
                type(g, "ipl");
                g.writeStringField("member", i.member());
                g.writeStringField("serviceLevel", i.serviceLevel());
            }
            case ShutdownStarted s -> {
                type(g, "shutdown");
                g.writeStringField("member", s.member());
            }
            case HeartbeatMissed h -> {
                type(g, "heartbeat-missed");
                g.writeStringField("member", h.member());
                g.writeNumberField("lastHeartbeat", h.lastHeartbeat());
            }
            case LinkStateChanged l -> {
                type(g, "link-state");
                g.writeStringField("link", l.link());
                g.writeBooleanField("up", l.up());
                g.writeStringField("reason", l.reason());
            }
            case LinkShareChanged l -> {
                type(g, "link-share");
                g.writeStringField("link", l.link());
                g.writeStringField("from", l.from());
                g.writeStringField("to", l.to());
                g.writeNumberField("relocations", l.relocations());
                g.writeNumberField("pagesPerSecondEach", l.pagesPerSecondEach());
            }
            case GuestUp u -> {
                type(g, "guest-up");
                g.writeStringField("guest", u.guest());
                g.writeStringField("member", u.member());
                g.writeStringField("reason", u.reason());
            }
            case LogonHeld h -> {
                type(g, "logon-held");
                g.writeStringField("guest", h.guest());
                g.writeStringField("member", h.member());
                g.writeStringField("reason", h.reason());
            }
            case GuestDown d -> {
                type(g, "guest-down");
                g.writeStringField("guest", d.guest());
                g.writeStringField("member", d.member());
                g.writeStringField("reason", d.reason());
            }
            case EligibilityChecked c -> {
                type(g, "eligibility");
                g.writeStringField("guest", c.guest());
                g.writeStringField("from", c.from());
                g.writeStringField("to", c.to());
                g.writeBooleanField("test", c.test());
                g.writeBooleanField("eligible", c.eligible());
                writeReasons(c.reasons(), g);
            }
            case RelocationStarted r -> {
                type(g, "relocation-start");
                g.writeStringField("guest", r.guest());
                g.writeStringField("from", r.from());
                g.writeStringField("to", r.to());
                g.writeBooleanField("immediate", r.immediate());
                g.writeBooleanField("synchronous", r.synchronous());
                g.writeNumberField("maxTotal", r.maxTotal());
                g.writeNumberField("maxQuiesce", r.maxQuiesce());
                g.writeArrayFieldStart("force");
                for (String f : r.force()) {
                    g.writeString(f);
                }
                g.writeEndArray();
            }
            case MemoryPass p -> {
                type(g, "pass");
                g.writeStringField("guest", p.guest());
                g.writeNumberField("pass", p.pass());
                g.writeNumberField("pages", p.pages());
                g.writeNumberField("start", p.start());
                g.writeBooleanField("quiesced", p.quiesced());
            }
            case QuiesceStarted q -> {
                type(g, "quiesce-start");
                g.writeStringField("guest", q.guest());
                g.writeStringField("member", q.member());
            }
            case QuiesceEnded q -> {
                type(g, "quiesce-end");
                g.writeStringField("guest", q.guest());
                g.writeStringField("resumedOn", q.resumedOn());
                g.writeNumberField("quiesce", q.quiesce());
            }
            case RelocationEnded r -> {
                type(g, "relocation-end");
                g.writeStringField("guest", r.guest());
                g.writeStringField("from", r.from());
                g.writeStringField("to", r.to());
                g.writeStringField("code", r.code());
                g.writeStringField("outcome", r.outcome());
                g.writeNumberField("elapsed", r.elapsed());
                g.writeNumberField("quiesce", r.quiesce());
                g.writeNumberField("passes", r.passes());
                g.writeNumberField("pages", r.pages());
                g.writeStringField("guestOn", r.guestOn());
            }
            case RelocationStatus s -> {
                type(g, "relocation-status");
                g.writeStringField("guest", s.guest());
                g.writeStringField("from", s.from());
                g.writeStringField("to", s.to());
                g.writeStringField("stage", s.stage());
                g.writeNumberField("passes", s.passes());
                g.writeNumberField("pages", s.pages());
                g.writeNumberField("elapsed", s.elapsed());
            }
            case CapacitySample c -> {
                type(g, "capacity");
                g.writeStringField("member", c.member());
                g.writeNumberField("guests", c.guests());
                g.writeNumberField("storageBytes", c.storageBytes());
                g.writeNumberField("usedBytes", c.usedBytes());
                g.writeNumberField("realBytes", c.realBytes());
                g.writeNumberField("pagingBytes", c.pagingBytes());
                g.writeNumberField("cpuMilli", c.cpuMilli());
                g.writeNumberField("cpuCapacityMilli", c.cpuCapacityMilli());
            }
            case Violation v -> {
                type(g, "violation");
                g.writeStringField("kind", v.kind());
                g.writeStringField("subject", v.subject());
                g.writeStringField("message", v.message());
            }
            case RunEnded r -> {
                type(g, "run-end");
                g.writeStringField("status", r.status());
                g.writeNumberField("events", r.events());
            }
            case MachineReplaced m -> {
                type(g, "machine-replaced");
                g.writeStringField("member", m.member());
                g.writeStringField("machine", m.machine());
                g.writeArrayFieldStart("facilities");
                for (String f : m.facilities()) {
                    g.writeString(f);
                }
                g.writeEndArray();
            }
            case ScenarioStep st -> {
                type(g, "scenario-step");
                g.writeStringField("step", st.step());
                g.writeStringField("subject", st.subject());
                g.writeStringField("detail", st.detail());
            }
        }
        g.writeEndObject();
    }

    private static void type(JsonGenerator g, String type) throws IOException {
        g.writeStringField("type", type);
    }

    private static void writeReasons(List<Reason> reasons, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("reasons");
        for (Reason r : reasons) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("message", r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
