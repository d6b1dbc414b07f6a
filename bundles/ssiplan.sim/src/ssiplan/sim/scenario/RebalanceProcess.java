package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.GuestState;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.lgr.Eligibility;

/**
 * Rebalance: moves guests from the most to the least loaded member until every member's memory
 * (defined storage / real) and CPU (demand / engines) use is within the tolerance of the mean.
 * Each move is the one guest that brings the pair closest to even, so large guests go first and
 * the move count stays small; no guest moves twice.
 */
final class RebalanceProcess extends ScenarioProcess {

    /** One planned move and why. */
    record Move(String guest, String from, String to, String explanation) {
    }

    final List<Move> moves = new ArrayList<>();
    private final ScenarioSpec.Rebalance r;

    RebalanceProcess(ScenarioSpec.Rebalance spec) {
        super(spec);
        this.r = spec;
    }

    @Override
    protected void begin() {
        List<Member> members = new ArrayList<>();
        for (Member m : live.cluster().members()) {
            if (m.available() && (r.members().isEmpty() || r.members().contains(m.name()))) {
                members.add(m);
            }
        }
        if (members.size() < 2) {
            finding(Finding.Severity.ERROR, "NO_PLACEMENT", "", "rebalance needs at least two joined members");
            finish();
            return;
        }
        Map<String, double[]> load = new LinkedHashMap<>(); // member -> {defined bytes, cpu}
        Map<String, List<Guest>> on = new HashMap<>();
        for (Member m : members) {
            load.put(m.name(), new double[] {m.definedStorage(), m.cpuDemand()});
            on.put(m.name(), new ArrayList<>());
        }
        for (Guest g : live.virtualMachines().guests()) {
            if (g.member() != null && on.containsKey(g.member().name()) && g.state() == GuestState.RUNNING) {
                on.get(g.member().name()).add(g);
            }
        }
        Eligibility eligibility = new Eligibility(live.snapshot(), live.parameters(), live.cluster(), live.virtualMachines().load());
        double tol = r.tolerancePercent() / 100.0;
        Set<String> moved = new HashSet<>();
        Map<String, String> plan = new LinkedHashMap<>();
        for (int iter = 0; iter < 10_000; iter++) {
            double[] mean = mean(members, load);
            Member hi = null;
            Member lo = null;
            double hiEx = Double.NEGATIVE_INFINITY;
            double loEx = Double.POSITIVE_INFINITY;
            for (Member m : members) {
                double ex = excess(m, load.get(m.name()), mean);
                if (ex > hiEx) {
                    hiEx = ex;
                    hi = m;
                }
                if (ex < loEx) {
                    loEx = ex;
                    lo = m;
                }
            }
            if (hiEx <= tol && loEx >= -tol) {
                break;
            }
            Guest best = null;
            double bestSpread = spread(hi, lo, load, null);
            for (Guest g : on.get(hi.name())) {
                if (moved.contains(g.userid()) || !eligibility.check(g, lo, Set.of(), false).isEmpty()) {
                    continue;
                }
                double s = spread(hi, lo, load, g);
                if (s < bestSpread - 1e-9) {
                    bestSpread = s;
                    best = g;
                }
            }
            if (best == null) {
                notes.add("no further move evens out " + hi.name() + " and " + lo.name() + " (no eligible guest helps)");
                break;
            }
            double[] h = load.get(hi.name());
            double[] l = load.get(lo.name());
            h[0] -= best.snapshot().storageBytes();
            h[1] -= best.snapshot().cpuDemand();
            l[0] += best.snapshot().storageBytes();
            l[1] += best.snapshot().cpuDemand();
            on.get(hi.name()).remove(best);
            on.get(lo.name()).add(best);
            moved.add(best.userid());
            plan.put(best.userid(), lo.name());
            moves.add(new Move(best.userid(), hi.name(), lo.name(), String.format(Locale.ROOT,
                    "%s \u2192 %s: live; %s then %.0f%% memory / %.0f%% CPU, %s %.0f%% / %.0f%%", best.userid(), lo.name(), hi.name(),
                    100 * h[0] / hi.snapshot().realBytes(), 100 * h[1] / hi.snapshot().processors(), lo.name(),
                    100 * l[0] / lo.snapshot().realBytes(), 100 * l[1] / lo.snapshot().processors())));
        }
        double[] mean = mean(members, load);
        for (Member m : members) {
            double ex = excess(m, load.get(m.name()), mean);
            if (Math.abs(ex) > tol + 1e-9) {
                finding(Finding.Severity.WARNING, "UNBALANCED", m.name(), String.format(Locale.ROOT,
                        "%s stays %.0f points from the mean after rebalancing (tolerance %.0f)", m.name(), 100 * ex, r.tolerancePercent()));
            }
        }
        step("plan", "rebalance", moves.isEmpty() ? "already within " + r.tolerancePercent() + " points; no moves" : moves.size() + " moves");
        relocateAll(plan, this::finish);
    }

    private static double[] mean(List<Member> members, Map<String, double[]> load) {
        double mem = 0;
        double cpu = 0;
        for (Member m : members) {
            mem += load.get(m.name())[0] / m.snapshot().realBytes();
            cpu += load.get(m.name())[1] / m.snapshot().processors();
        }
        return new double[] {mem / members.size(), cpu / members.size()};
    }

    /** How far above the mean the member is, in the worse of memory and CPU (signed, 1.0 = 100 points). */
    private static double excess(Member m, double[] l, double[] mean) {
        double mem = l[0] / m.snapshot().realBytes() - mean[0];
        double cpu = l[1] / m.snapshot().processors() - mean[1];
        return Math.abs(mem) >= Math.abs(cpu) ? mem : cpu;
    }

    /** Sum of squared memory and CPU use differences of the pair, if {@code g} moved from hi to lo. */
    private static double spread(Member hi, Member lo, Map<String, double[]> load, Guest g) {
        double[] h = load.get(hi.name()).clone();
        double[] l = load.get(lo.name()).clone();
        if (g != null) {
            h[0] -= g.snapshot().storageBytes();
            h[1] -= g.snapshot().cpuDemand();
            l[0] += g.snapshot().storageBytes();
            l[1] += g.snapshot().cpuDemand();
        }
        double dm = h[0] / hi.snapshot().realBytes() - l[0] / lo.snapshot().realBytes();
        double dc = h[1] / hi.snapshot().processors() - l[1] / lo.snapshot().processors();
        return dm * dm + dc * dc;
    }
}
