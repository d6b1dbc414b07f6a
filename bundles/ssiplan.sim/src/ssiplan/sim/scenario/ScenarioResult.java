package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ssiplan.sim.plan.EvacuationPlan;
import ssiplan.sim.plan.Strategy;
import ssiplan.sim.trace.Trace;

/**
 * What a scenario run came to: the trace, the plans and the summary a planner reads.
 *
 * @param windowSeconds     from the first step to the last (the change window)
 * @param finished          the scenario reached its last step (false: it stalled or hit the time limit)
 * @param headroom          per member, its load over time (downsampled, worst value per bucket)
 * @param strategies        the same scenario run with each strategy (empty when not compared)
 */
public record ScenarioResult(String name, String kind, String ssi, Strategy strategy, double windowSeconds, boolean finished,
        List<EvacuationPlan> plans, List<Move> moves, List<MemberOutage> memberOutages, List<GuestImpact> guests,
        Map<String, List<HeadroomPoint>> headroom, List<MemberHeadroom> minimumHeadroom, List<Finding> findings,
        List<Recovery> recoveries, List<ReIplGuest> reIpl, List<SafeModeCheck> safeModeChecks, List<String> notes,
        List<StrategyRun> strategies, Trace trace) {

    /** One live relocation (or a refused one: {@code code} empty). */
    public record Move(String guest, String from, String to, double startSeconds, double endSeconds, double quiesceSeconds,
            String code, String outcome, String guestOn) {
        public boolean completed() {
            return "00".equals(code);
        }
    }

    /** A member not in the cluster: from its shutdown/failure to joined again ({@code endSeconds} -1: still out). */
    public record MemberOutage(String member, double startSeconds, double endSeconds, String reason) {
    }

    /** What happened to one guest. */
    public record GuestImpact(String guest, String startMember, String endMember, int liveMoves, double quiesceSeconds,
            double worstQuiesceSeconds, int failedMoves, int outages, double outageSeconds, boolean downAtEnd,
            double criticalitySeconds, List<double[]> outageIntervals) {
    }

    /** Load of a member at one time: percentages of its real memory and engines. */
    public record HeadroomPoint(double seconds, double definedPercent, double residentPercent, double cpuPercent) {
    }

    /** The tightest a member got. */
    public record MemberHeadroom(String member, double maxDefinedPercent, double maxResidentPercent, double maxCpuPercent,
            double memoryLimitPercent, double cpuLimitPercent) {
    }

    public record ReIplGuest(String guest, String member, List<String> gains, boolean runningSinceBefore) {
    }

    public record SafeModeCheck(double seconds, String command, boolean refused, String answer) {
    }

    /** The scenario's window with one strategy. */
    public record StrategyRun(Strategy strategy, double windowSeconds, double predictedEvacuationSeconds, double worstQuiesceSeconds,
            int violations) {
    }

    public List<Finding> violations() {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.violation()) {
                out.add(f);
            }
        }
        return out;
    }

    public GuestImpact guest(String userid) {
        for (GuestImpact g : guests) {
            if (g.guest().equals(userid)) {
                return g;
            }
        }
        return null;
    }

    /** The guest stopped longest by a live move, or null when none moved. */
    public GuestImpact worstQuiesce() {
        GuestImpact worst = null;
        for (GuestImpact g : guests) {
            if (g.liveMoves() > 0 && (worst == null || g.worstQuiesceSeconds() > worst.worstQuiesceSeconds())) {
                worst = g;
            }
        }
        return worst;
    }

    /** Which strategy finished sooner, in one sentence; empty when strategies were not compared. */
    public String strategyVerdict() {
        if (strategies.size() < 2) {
            return "";
        }
        StrategyRun a = strategies.get(0);
        StrategyRun b = strategies.get(1);
        StrategyRun sooner = a.windowSeconds() <= b.windowSeconds() ? a : b;
        StrategyRun later = sooner == a ? b : a;
        if (Math.abs(a.windowSeconds() - b.windowSeconds()) < 1e-6) {
            return "both strategies finish in " + String.format(java.util.Locale.ROOT, "%.1f s", a.windowSeconds());
        }
        return String.format(java.util.Locale.ROOT, "%s finishes sooner: %.1f s against %.1f s with %s (%.0f%% shorter)%s",
                sooner.strategy().label(), sooner.windowSeconds(), later.windowSeconds(), later.strategy().label(),
                100 * (1 - sooner.windowSeconds() / later.windowSeconds()),
                sooner.violations() > later.violations() ? ", but with more violations (" + sooner.violations() + " vs " + later.violations() + ")" : "");
    }
}
