package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.plan.PlannerOptions;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.trace.TraceEvent;
import ssiplan.sim.trace.TraceEvent.CapacitySample;
import ssiplan.sim.trace.TraceEvent.EligibilityChecked;
import ssiplan.sim.trace.TraceEvent.GuestDown;
import ssiplan.sim.trace.TraceEvent.GuestUp;
import ssiplan.sim.trace.TraceEvent.MemberStateChanged;
import ssiplan.sim.trace.TraceEvent.RelocationEnded;
import ssiplan.sim.trace.TraceEvent.RelocationStarted;
import ssiplan.sim.trace.TraceEvent.ShutdownStarted;
import ssiplan.sim.trace.TraceEvent.Violation;

/** Reads a scenario run's trace into the summary: moves, outages, per-guest impact, headroom, violations. */
final class ResultBuilder {

    /** Headroom charts get at most this many points per member (worst value per time bucket). */
    static final int HEADROOM_POINTS = 240;

    private ResultBuilder() {
    }

    static ScenarioResult build(ScenarioSpec spec, InstallationSnapshot snap, Parameters params, SimulationResult r,
            ScenarioProcess p, List<ScenarioResult.StrategyRun> strategies) {
        double end = SimTime.toSeconds(p.finishedAt >= 0 ? p.finishedAt : r.endTime());
        long shutdownNanos = params.nanos(SimParameters.GUEST_SHUTDOWN_SECONDS);
        List<ScenarioResult.Move> moves = new ArrayList<>();
        Map<String, RelocationStarted> started = new HashMap<>();
        List<ScenarioResult.MemberOutage> outages = new ArrayList<>();
        Map<String, double[]> memberOut = new LinkedHashMap<>(); // member -> {start}
        Map<String, String> outReason = new HashMap<>();
        Map<String, Imp> imp = new LinkedHashMap<>();
        for (GuestSnapshot g : snap.guests()) {
            imp.put(g.userid(), new Imp(g));
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, List<CapacitySample>> samples = new TreeMap<>();
        for (TraceEvent e : r.trace().events()) {
            switch (e) {
                case RelocationStarted s -> started.put(s.guest(), s);
                case RelocationEnded x -> {
                    RelocationStarted s = started.remove(x.guest());
                    double t0 = SimTime.toSeconds(s == null ? x.t() - x.elapsed() : s.t());
                    moves.add(new ScenarioResult.Move(x.guest(), x.from(), x.to(), t0, SimTime.toSeconds(x.t()),
                            SimTime.toSeconds(x.quiesce()), x.code(), x.outcome(), x.guestOn()));
                    Imp i = imp.get(x.guest());
                    if ("00".equals(x.code())) {
                        i.live++;
                        double q = SimTime.toSeconds(x.quiesce());
                        i.quiesce += q;
                        i.worst = Math.max(i.worst, q);
                    } else {
                        i.failed++;
                        String kind = "05".equals(x.code()) ? "MAXQUIESCE" : "04".equals(x.code()) ? "MAXTOTAL" : "RELOCATION_FAILED";
                        findings.add(new Finding("RELOCATION_FAILED".equals(kind) ? Finding.Severity.WARNING : Finding.Severity.ERROR, kind,
                                x.guest(), "relocation of " + x.guest() + " " + x.from() + "\u2192" + x.to() + " ended with code " + x.code()
                                        + " (" + x.outcome() + "); it stays on " + (x.guestOn().isEmpty() ? "nothing (lost with its member)" : x.guestOn()),
                                SimTime.toSeconds(x.t())));
                    }
                }
                case EligibilityChecked c when !c.test() && !c.eligible() -> {
                    moves.add(new ScenarioResult.Move(c.guest(), c.from(), c.to(), SimTime.toSeconds(c.t()), SimTime.toSeconds(c.t()), 0, "",
                            "refused: " + c.reasons().get(0).message(), c.from()));
                    imp.get(c.guest()).failed++;
                }
                case ShutdownStarted s -> {
                    memberOut.putIfAbsent(s.member(), new double[] {SimTime.toSeconds(s.t())});
                    outReason.putIfAbsent(s.member(), "SHUTDOWN");
                }
                case MemberStateChanged m -> {
                    if ("JOINED".equals(m.from()) && !memberOut.containsKey(m.member())) {
                        memberOut.put(m.member(), new double[] {SimTime.toSeconds(m.t())});
                        outReason.put(m.member(), m.to() + ": " + m.reason());
                    } else if ("JOINED".equals(m.to()) && memberOut.containsKey(m.member())) {
                        outages.add(new ScenarioResult.MemberOutage(m.member(), memberOut.remove(m.member())[0], SimTime.toSeconds(m.t()),
                                outReason.remove(m.member())));
                    }
                }
                case GuestDown d -> {
                    Imp i = imp.get(d.guest());
                    boolean orderly = d.reason().startsWith("logoff") || d.reason().startsWith("SHUTDOWN of")
                            || d.reason().startsWith("static move");
                    i.downSince = SimTime.toSeconds(orderly ? Math.max(0, d.t() - shutdownNanos) : d.t());
                }
                case GuestUp u -> {
                    Imp i = imp.get(u.guest());
                    if (u.t() == 0 && i.startMember == null) {
                        i.startMember = u.member();
                    }
                    if (i.downSince >= 0) {
                        i.intervals.add(new double[] {i.downSince, SimTime.toSeconds(u.t())});
                        i.downSince = -1;
                    }
                }
                case CapacitySample c -> samples.computeIfAbsent(c.member(), k -> new ArrayList<>()).add(c);
                case Violation v -> findings.add(new Finding(v.kind().equals("GUEST_HOME_DOWN") ? Finding.Severity.WARNING
                        : Finding.Severity.ERROR, v.kind(), v.subject(), v.message(), SimTime.toSeconds(v.t())));
                default -> { }
            }
        }
        for (Map.Entry<String, double[]> e : memberOut.entrySet()) {
            outages.add(new ScenarioResult.MemberOutage(e.getKey(), e.getValue()[0], -1, outReason.get(e.getKey())));
        }
        outages.sort((a, b) -> Double.compare(a.startSeconds(), b.startSeconds()));
        List<ScenarioResult.GuestImpact> guests = new ArrayList<>();
        for (Imp i : imp.values()) {
            if (i.startMember == null && i.intervals.isEmpty() && i.downSince < 0 && i.live == 0) {
                continue; // logged off throughout
            }
            boolean downAtEnd = i.downSince >= 0 && !r.placement().containsKey(i.g.userid());
            double outage = 0;
            for (double[] iv : i.intervals) {
                outage += iv[1] - iv[0];
            }
            if (downAtEnd) {
                i.intervals.add(new double[] {i.downSince, -1});
                outage += Math.max(0, end - i.downSince);
            }
            guests.add(new ScenarioResult.GuestImpact(i.g.userid(), i.startMember, r.placement().get(i.g.userid()), i.live, i.quiesce,
                    i.worst, i.failed, i.intervals.size(), outage, downAtEnd, i.g.criticalitySeconds(), i.intervals));
            if (downAtEnd && i.startMember != null && Double.isFinite(i.g.criticalitySeconds()) && outage > i.g.criticalitySeconds()) {
                findings.add(new Finding(Finding.Severity.ERROR, "OUTAGE", i.g.userid(), String.format(java.util.Locale.ROOT,
                        "%s is still down at the end (%.0f s so far), more than its criticality of %.0f s", i.g.userid(), outage,
                        i.g.criticalitySeconds()), end));
            }
        }
        findings.addAll(p.findings);
        findings.addAll(SinglePointsOfFailure.find(snap));
        PlannerOptions po = spec.options().planner();
        Map<String, List<ScenarioResult.HeadroomPoint>> headroom = new TreeMap<>();
        List<ScenarioResult.MemberHeadroom> minimum = new ArrayList<>();
        for (Map.Entry<String, List<CapacitySample>> e : samples.entrySet()) {
            headroom.put(e.getKey(), downsample(e.getValue(), end));
            double md = 0;
            double mr = 0;
            double mc = 0;
            for (CapacitySample c : e.getValue()) {
                md = Math.max(md, 100.0 * c.storageBytes() / c.realBytes());
                mr = Math.max(mr, 100.0 * c.usedBytes() / c.realBytes());
                mc = Math.max(mc, 100.0 * c.cpuMilli() / Math.max(1, c.cpuCapacityMilli()));
            }
            minimum.add(new ScenarioResult.MemberHeadroom(e.getKey(), md, mr, mc, 100 * po.memoryOvercommitLimit(), 100 * po.cpuLimit()));
        }
        List<Recovery> recoveries = p instanceof RestartProcess rp ? rp.recoveries : List.of();
        List<ScenarioResult.ReIplGuest> reIpl = new ArrayList<>();
        if (p instanceof ProcessorMigrationProcess pm) {
            for (ProcessorMigrationProcess.ReIpl x : pm.reIpl) {
                java.util.SortedSet<String> gains = new java.util.TreeSet<>(x.domainOffers());
                gains.removeAll(x.fencedTo());
                reIpl.add(new ScenarioResult.ReIplGuest(x.guest(), x.member(), List.copyOf(gains), !pm.loggedOnDuringRun(x.guest())));
            }
        }
        List<ScenarioResult.SafeModeCheck> safe = new ArrayList<>();
        if (p instanceof MemberFailureProcess mf) {
            for (MemberFailureProcess.SafeModeCheck c : mf.safeModeChecks) {
                safe.add(new ScenarioResult.SafeModeCheck(c.seconds(), c.command(), c.refused(), c.answer()));
            }
        }
        List<String> notes = new ArrayList<>(p.notes);
        if (p instanceof RebalanceProcess rb) {
            for (RebalanceProcess.Move m : rb.moves) {
                notes.add(m.explanation());
            }
        }
        if (p.finishedAt < 0) {
            findings.add(new Finding(Finding.Severity.ERROR, "NOT_FINISHED", spec.name(), "the scenario did not reach its last step (run "
                    + r.status() + " at " + String.format(java.util.Locale.ROOT, "%.0f s", SimTime.toSeconds(r.endTime()))
                    + "); see the trace for the step that never ended", end));
        }
        return new ScenarioResult(spec.name(), spec.kind(), snap.ssiName(), po.strategy(), end, p.finishedAt >= 0, p.plans, moves,
                outages, guests, headroom, minimum, findings, recoveries, reIpl, safe, notes, strategies, r.trace());
    }

    private static List<ScenarioResult.HeadroomPoint> downsample(List<CapacitySample> s, double end) {
        List<ScenarioResult.HeadroomPoint> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        double bucket = Math.max(end, 1e-9) / HEADROOM_POINTS;
        int i = 0;
        while (i < s.size()) {
            double t = SimTime.toSeconds(s.get(i).t());
            int b = (int) Math.min(HEADROOM_POINTS, Math.floor(t / bucket));
            double d = 0;
            double res = 0;
            double c = 0;
            double first = t;
            while (i < s.size() && (int) Math.min(HEADROOM_POINTS, Math.floor(SimTime.toSeconds(s.get(i).t()) / bucket)) == b) {
                CapacitySample x = s.get(i++);
                d = Math.max(d, 100.0 * x.storageBytes() / x.realBytes());
                res = Math.max(res, 100.0 * x.usedBytes() / x.realBytes());
                c = Math.max(c, 100.0 * x.cpuMilli() / Math.max(1, x.cpuCapacityMilli()));
            }
            out.add(new ScenarioResult.HeadroomPoint(first, d, res, c));
        }
        return out;
    }

    private static final class Imp {
        final GuestSnapshot g;
        String startMember;
        int live;
        int failed;
        double quiesce;
        double worst;
        double downSince = -1;
        final List<double[]> intervals = new ArrayList<>();

        Imp(GuestSnapshot g) {
            this.g = g;
        }
    }
}
