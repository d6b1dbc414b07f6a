package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ssiplan.sim.plan.EvacuationPlan;
import ssiplan.sim.plan.GuestDecision;
import ssiplan.sim.plan.LinkPlan;

/** The readable summary the CLI prints by default. Long lists are cut; the JSON and the report have all. */
public final class ScenarioText {

    /** Lines per list before "... n more". */
    public static final int LIST_LIMIT = 25;

    private ScenarioText() {
    }

    public static String render(ScenarioResult r) {
        StringBuilder b = new StringBuilder();
        line(b, "Scenario %s (%s) on SSI %s: %s", r.name(), r.kind(), r.ssi(), r.finished() ? "completed" : "DID NOT COMPLETE");
        line(b, "  window %s, strategy %s", duration(r.windowSeconds()), r.strategy().label());
        if (!r.strategyVerdict().isEmpty()) {
            line(b, "  %s", r.strategyVerdict());
        }
        int live = 0;
        int outages = 0;
        double outageSeconds = 0;
        for (ScenarioResult.GuestImpact g : r.guests()) {
            live += g.liveMoves();
            outages += g.outageSeconds() > 0 ? 1 : 0;
            outageSeconds += g.outageSeconds();
        }
        ScenarioResult.GuestImpact worst = r.worstQuiesce();
        line(b, "  %d live relocations; worst quiesce %s; %d guests with an outage (%s in all)", live,
                worst == null ? "none" : String.format(Locale.ROOT, "%.3f s (%s)", worst.worstQuiesceSeconds(), worst.guest()), outages,
                duration(outageSeconds));
        if (!r.memberOutages().isEmpty()) {
            b.append("\nMember outages\n");
            for (ScenarioResult.MemberOutage o : r.memberOutages()) {
                line(b, "  %-8s %9s .. %-9s %s", o.member(), duration(o.startSeconds()), o.endSeconds() < 0 ? "(end)" : duration(o.endSeconds()),
                        o.reason());
            }
        }
        for (EvacuationPlan p : r.plans()) {
            line(b, "%nEvacuation of %s (%s, %s predicted)", String.join(", ", p.members()), p.strategy().label(), duration(p.predictedSeconds()));
            for (LinkPlan l : p.links()) {
                line(b, "  %s", l.explanation());
            }
            list(b, p.decisions().stream().map(GuestDecision::explanation).toList());
        }
        if (!r.recoveries().isEmpty()) {
            b.append("\nRestart order (most critical first)\n");
            List<String> lines = new ArrayList<>();
            for (Recovery x : r.recoveries()) {
                lines.add(x.restarted() ? String.format(Locale.ROOT, "%3d %-8s on %-8s recovered after %s%s", x.order(), x.guest(), x.member(),
                        duration(x.recoverySeconds()), x.breached() ? String.format(Locale.ROOT, "  (criticality %s breached)", duration(x.criticalitySeconds())) : "")
                        : "  - " + x.guest() + ": " + x.reason());
            }
            list(b, lines);
        }
        if (!r.safeModeChecks().isEmpty()) {
            b.append("\nWhile the cluster was in SAFE mode\n");
            for (ScenarioResult.SafeModeCheck c : r.safeModeChecks()) {
                line(b, "  %s: %s (%s)", c.command(), c.refused() ? "refused" : "accepted", c.answer());
            }
        }
        if (!r.reIpl().isEmpty()) {
            b.append("\nGuests to re-IPL to use the new machines' facilities\n");
            list(b, r.reIpl().stream().map(x -> x.guest() + " on " + x.member() + (x.runningSinceBefore() ? " (running since before the migration)" : "")
                    + ": gains " + String.join(", ", x.gains())).toList());
        }
        if (!r.minimumHeadroom().isEmpty()) {
            b.append("\nPeak load per member (percent of real memory / engines)\n");
            for (ScenarioResult.MemberHeadroom h : r.minimumHeadroom()) {
                line(b, "  %-8s defined %5.0f%% (limit %.0f%%)  resident %5.0f%%  CPU %5.0f%% (limit %.0f%%)", h.member(), h.maxDefinedPercent(),
                        h.memoryLimitPercent(), h.maxResidentPercent(), h.maxCpuPercent(), h.cpuLimitPercent());
            }
        }
        for (String n : r.notes()) {
            line(b, "%nNote: %s", n);
        }
        List<Finding> v = r.violations();
        List<String> warn = r.findings().stream().filter(f -> !f.violation()).map(f -> f.kind() + "  " + f.message()).toList();
        line(b, "%n%s", v.isEmpty() ? "No violations." : v.size() + " violation(s):");
        list(b, v.stream().map(f -> f.kind() + "  " + f.message()).toList());
        if (!warn.isEmpty()) {
            line(b, "%d warning(s):", warn.size());
            list(b, warn);
        }
        return b.toString();
    }

    private static void list(StringBuilder b, List<String> lines) {
        for (int i = 0; i < Math.min(LIST_LIMIT, lines.size()); i++) {
            b.append("  ").append(lines.get(i)).append('\n');
        }
        if (lines.size() > LIST_LIMIT) {
            b.append("  ... ").append(lines.size() - LIST_LIMIT).append(" more (see --json or --report)\n");
        }
    }

    private static void line(StringBuilder b, String fmt, Object... args) {
        b.append(String.format(Locale.ROOT, fmt, args)).append('\n');
    }

    /** Seconds as "42.0 s" or "1 h 02 min 05 s". */
    public static String duration(double s) {
        if (Double.isInfinite(s)) {
            return "no limit";
        }
        if (s < 120) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        long t = Math.round(s);
        long h = t / 3600;
        long m = (t % 3600) / 60;
        long sec = t % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d h %02d min %02d s", h, m, sec) : String.format(Locale.ROOT, "%d min %02d s", m, sec);
    }
}
