package ssiplan.sim.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ssiplan.sim.Simulation;
import ssiplan.sim.cluster.Cluster;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.GuestState;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.cluster.VirtualMachines;
import ssiplan.sim.isfc.LinkCapacity;
import ssiplan.sim.lgr.Eligibility;
import ssiplan.sim.lgr.EligibilityProblem;
import ssiplan.sim.lgr.Ineligibility;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;

/**
 * Decides, for the guests of members that must go down, live relocation, static move or staying
 * down, and where to; then how many relocations run at once per ISFC link direction. Works on
 * the live state of a run (what CP would answer to VMRELOCATE TEST now) plus a projection of the
 * load the plan itself adds. Every decision carries one line saying why.
 * <p>
 * Order: most critical guests first (smallest tolerable outage), then the largest, so the
 * guests that matter most get the roomiest destinations. Destination: the eligible member with
 * the most memory/CPU headroom left after the guest arrives.
 */
public final class EvacuationPlanner {

    /** Reasons that are about the guest itself: no other member would do better. */
    private static final Set<Ineligibility> INTRINSIC = Set.of(Ineligibility.MULTICONFIGURATION, Ineligibility.UNSUPPORTED_GUEST,
            Ineligibility.DEDICATED_DEVICE, Ineligibility.TDISK, Ineligibility.VIRTUAL_CTC, Ineligibility.GUEST_LAN,
            Ineligibility.DCSS_EXCLUSIVE, Ineligibility.RESERVED_PAGES, Ineligibility.IUCV_CONNECTION,
            Ineligibility.TRACE_ACTIVE, Ineligibility.DEDICATED_CPU, Ineligibility.CRYPTO_DEDICATED);

    private final InstallationSnapshot snapshot;
    private final Parameters params;
    private final Cluster cluster;
    private final VirtualMachines vms;
    private final Eligibility eligibility;
    private final LogonCheck logonCheck;
    private final RelocationPredictor predictor;
    private final PlannerOptions options;

    public EvacuationPlanner(Simulation.Live live, PlannerOptions options) {
        this.snapshot = live.snapshot();
        this.params = live.parameters();
        this.cluster = live.cluster();
        this.vms = live.virtualMachines();
        this.eligibility = new Eligibility(snapshot, params, cluster, vms.load());
        this.logonCheck = new LogonCheck(snapshot);
        this.predictor = new RelocationPredictor(params);
        this.options = options;
    }

    public PlannerOptions options() {
        return options;
    }

    /** Most critical first, then largest, then by name: the order guests are placed and restarted in. */
    public static final Comparator<GuestSnapshot> CRITICALITY_ORDER = Comparator
            .comparingDouble(GuestSnapshot::criticalitySeconds)
            .thenComparing(Comparator.comparingLong(GuestSnapshot::storageBytes).reversed())
            .thenComparing(GuestSnapshot::userid);

    /**
     * Plans the evacuation of {@code leaving} (members about to go down) onto {@code targets}
     * (null: every joined member not leaving).
     */
    public EvacuationPlan evacuate(Collection<String> leaving, Collection<String> targets) {
        List<String> dests = destinations(leaving, targets);
        Projection proj = new Projection(cluster.members(), vms.guests(), params, options);
        List<Guest> guests = new ArrayList<>();
        for (Guest g : vms.guests()) {
            if (g.member() != null && leaving.contains(g.member().name())
                    && (g.state() == GuestState.RUNNING || g.state() == GuestState.BOOTING)) {
                guests.add(g);
            }
        }
        guests.sort((a, b) -> CRITICALITY_ORDER.compare(a.snapshot(), b.snapshot()));
        List<GuestDecision> decisions = new ArrayList<>();
        for (Guest g : guests) {
            decisions.add(decide(g, dests, proj));
        }
        return pace(List.copyOf(leaving), decisions);
    }

    /** Members the guests may go to. */
    private List<String> destinations(Collection<String> leaving, Collection<String> targets) {
        List<String> out = new ArrayList<>();
        for (Member m : cluster.members()) {
            if (m.available() && !m.shuttingDown() && !leaving.contains(m.name()) && (targets == null || targets.contains(m.name()))) {
                out.add(m.name());
            }
        }
        return out;
    }

    private GuestDecision decide(Guest g, List<String> dests, Projection proj) {
        GuestSnapshot s = g.snapshot();
        String from = g.member().name();
        if (s.multiConfiguration()) {
            return new GuestDecision(s.userid(), from, MoveKind.STAY_DOWN, null, 0, 0, s.userid() + " stays down with " + from
                    + ": IDENTITY (multiconfiguration) user, it runs on every member and comes back with " + from, List.of());
        }
        Map<String, String> liveWhyNot = new LinkedHashMap<>();
        String intrinsic = null;
        List<String> eligible = new ArrayList<>();
        for (String d : dests) {
            List<EligibilityProblem> problems = new ArrayList<>(eligibility.check(g, cluster.member(d), Set.of(), false));
            problems.removeIf(p -> p.reason() == Ineligibility.CLUSTER_NOT_STABLE);
            if (!problems.isEmpty()) {
                EligibilityProblem first = problems.get(0);
                for (EligibilityProblem p : problems) {
                    if (INTRINSIC.contains(p.reason())) {
                        intrinsic = p.message();
                        first = p;
                        break;
                    }
                }
                liveWhyNot.put(d, first.message());
            } else {
                eligible.add(d);
            }
        }
        String best = pick(s, eligible, proj, true, liveWhyNot);
        String cpuNote = "";
        if (best == null && !options.cpuHard()) {
            // CPU contention slows guests down; staying down is worse: take a member that is short of CPU only
            Map<String, String> beyondCpu = new LinkedHashMap<>();
            best = pick(s, eligible, proj, false, beyondCpu);
            if (best != null) {
                cpuNote = String.format(Locale.ROOT, "; %s's CPU over-committed (%.0f%% of its engines)", best, 100 * proj.cpuAfter(s, best));
                liveWhyNot.remove(best);
            } else {
                liveWhyNot.putAll(beyondCpu); // what blocks them even with CPU to spare (memory, anti-affinity)
            }
        }
        if (best != null) {
            proj.move(s, from, best);
            Prediction p = predictor.predict(s, rate(from, best), options.immediate());
            String expl = String.format(Locale.ROOT, "%s \u2192 %s: live, %.1f s quiesce predicted (%.1f s in all)%s%s", s.userid(), best,
                    p.quiesceSeconds(), p.elapsedSeconds(), cpuNote, others(liveWhyNot));
            return new GuestDecision(s.userid(), from, MoveKind.LIVE, best, p.quiesceSeconds(), p.elapsedSeconds(), expl,
                    alternatives(liveWhyNot));
        }
        String why = intrinsic != null ? "cannot relocate: " + intrinsic
                : liveWhyNot.isEmpty() ? "no other member is up" : "no member can take it live (" + join(liveWhyNot) + ")";
        if (options.staticMoves()) {
            Map<String, String> staticWhyNot = new LinkedHashMap<>();
            List<String> reachable = new ArrayList<>();
            for (String d : dests) {
                String problem = logonCheck.problem(s, cluster.member(d).snapshot());
                if (problem != null) {
                    staticWhyNot.put(d, problem);
                } else {
                    reachable.add(d);
                }
            }
            // inside its relocation domain first, so it can still relocate from where it lands
            java.util.SortedSet<String> domain = snapshot.domainMembers(s.domain());
            List<String> inDomain = new ArrayList<>(reachable);
            inDomain.retainAll(domain);
            best = inDomain.isEmpty() ? null : pick(s, inDomain, proj, true, staticWhyNot);
            if (best == null) {
                best = pick(s, reachable, proj, true, staticWhyNot);
            }
            if (best == null && !options.cpuHard()) {
                Map<String, String> beyondCpu = new LinkedHashMap<>();
                best = pick(s, reachable, proj, false, beyondCpu);
                if (best == null) {
                    staticWhyNot.putAll(beyondCpu);
                }
            }
            if (best != null) {
                proj.move(s, from, best);
                double outage = params.get(SimParameters.GUEST_SHUTDOWN_SECONDS) + params.get(SimParameters.GUEST_BOOT_SECONDS);
                return new GuestDecision(s.userid(), from, MoveKind.STATIC, best, 0, outage, String.format(Locale.ROOT,
                        "%s \u2192 %s: static move (shut down, log on there), outage about %.0f s; %s", s.userid(), best, outage, why),
                        alternatives(staticWhyNot));
            }
            if (!staticWhyNot.isEmpty()) {
                why += "; no member can log it on (" + join(staticWhyNot) + ")";
            }
        }
        return new GuestDecision(s.userid(), from, MoveKind.STAY_DOWN, null, 0, 0, s.userid() + " stays down with " + from + ": " + why,
                alternatives(liveWhyNot));
    }

    /**
     * Places guests that are down (their member failed) for a restart by logon, in criticality
     * order, while capacity lasts on {@code targets}.
     */
    public List<GuestDecision> placeRestarts(List<GuestSnapshot> guests, Map<String, String> lastMember, Collection<String> targets) {
        Projection proj = new Projection(cluster.members(), vms.guests(), params, options);
        List<GuestSnapshot> ordered = new ArrayList<>(guests);
        ordered.sort(CRITICALITY_ORDER);
        List<String> dests = destinations(List.of(), targets);
        List<GuestDecision> out = new ArrayList<>();
        for (GuestSnapshot s : ordered) {
            String from = lastMember.getOrDefault(s.userid(), "");
            Map<String, String> whyNot = new LinkedHashMap<>();
            List<String> reachable = new ArrayList<>();
            for (String d : dests) {
                String problem = logonCheck.problem(s, cluster.member(d).snapshot());
                if (problem != null) {
                    whyNot.put(d, problem);
                } else {
                    reachable.add(d);
                }
            }
            String best = pick(s, reachable, proj, true, whyNot);
            if (best == null && !options.cpuHard()) {
                Map<String, String> beyondCpu = new LinkedHashMap<>();
                best = pick(s, reachable, proj, false, beyondCpu);
                if (best != null) {
                    whyNot.remove(best);
                } else {
                    whyNot.putAll(beyondCpu);
                }
            }
            if (best != null) {
                proj.move(s, null, best);
                out.add(new GuestDecision(s.userid(), from, MoveKind.STATIC, best, 0, params.get(SimParameters.GUEST_BOOT_SECONDS),
                        s.userid() + " \u2192 " + best + ": restart by logon" + others(whyNot), alternatives(whyNot)));
            } else {
                out.add(new GuestDecision(s.userid(), from, MoveKind.STAY_DOWN, null, 0, 0, s.userid() + " cannot be restarted: "
                        + (whyNot.isEmpty() ? "no member is up to take it" : join(whyNot)), alternatives(whyNot)));
            }
        }
        return out;
    }

    /** Why {@code guest} cannot relocate to {@code to} right now (CP's first reason), or null when it can. */
    public String whyNotLive(String guest, String to) {
        Guest g = vms.guest(guest);
        List<EligibilityProblem> problems = new ArrayList<>(eligibility.check(g, cluster.member(to), Set.of(), false));
        problems.removeIf(p -> p.reason() == Ineligibility.CLUSTER_NOT_STABLE);
        return problems.isEmpty() ? null : problems.get(0).message();
    }

    /** The candidate with the most headroom left that fits the limits (CPU only when {@code cpu}); records why others do not. */
    private String pick(GuestSnapshot s, List<String> candidates, Projection proj, boolean cpu, Map<String, String> whyNot) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String d : candidates) {
            String problem = proj.whyNot(s, d, cpu);
            if (problem != null) {
                whyNot.put(d, problem);
                continue;
            }
            double score = cpu ? proj.headroomAfter(s, d) : -proj.cpuAfter(s, d);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    // ---- pacing ------------------------------------------------------------------------

    private EvacuationPlan pace(List<String> leaving, List<GuestDecision> decisions) {
        Map<String, List<GuestDecision>> lanes = new LinkedHashMap<>();
        for (GuestDecision d : decisions) {
            if (d.kind() == MoveKind.LIVE) {
                lanes.computeIfAbsent(d.from() + ">" + d.to(), k -> new ArrayList<>()).add(d);
            }
        }
        List<LinkPlan> links = new ArrayList<>();
        List<GuestDecision> paced = new ArrayList<>(decisions);
        Map<GuestDecision, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            index.put(decisions.get(i), i);
        }
        double window = 0;
        double serial = 0;
        for (List<GuestDecision> lane : lanes.values()) {
            String from = lane.get(0).from();
            String to = lane.get(0).to();
            double rate = rate(from, to);
            int k;
            String why;
            if (options.strategy() == Strategy.ONE_AT_A_TIME) {
                k = 1;
                why = "one at a time (strategy)";
            } else if (options.concurrentPerLink() > 0) {
                k = Math.min(options.concurrentPerLink(), lane.size());
                why = k + " at once (operator's choice)";
            } else {
                k = 1;
                why = null;
                String blocker = null;
                for (int c = Math.min(options.autoConcurrencyCeiling(), lane.size()); c >= 1; c--) {
                    blocker = blocker(lane, rate / c);
                    if (blocker == null) {
                        k = c;
                        break;
                    }
                    if (c > 1) {
                        why = blocker;
                    }
                }
                int ceiling = Math.min(options.autoConcurrencyCeiling(), lane.size());
                if (k == ceiling) {
                    why = k + " at once" + (k == lane.size() ? " (all of them)" : " (planner ceiling)");
                } else if (blocker != null && k == 1) {
                    why = "1 at a time: " + blocker + " even alone";
                } else {
                    why = k + " at once; " + (k + 1) + " would breach: " + why;
                }
            }
            double sum = 0;
            double longest = 0;
            for (GuestDecision d : lane) {
                GuestSnapshot s = vms.guest(d.guest()).snapshot();
                Prediction shared = predictor.predict(s, rate / k, options.immediate());
                Prediction alone = predictor.predict(s, rate, options.immediate());
                sum += shared.elapsedSeconds();
                longest = Math.max(longest, shared.elapsedSeconds());
                serial += alone.elapsedSeconds();
                paced.set(index.get(d), new GuestDecision(d.guest(), d.from(), d.kind(), d.to(), shared.quiesceSeconds(),
                        shared.elapsedSeconds(), String.format(Locale.ROOT, "%s \u2192 %s: live, %.1f s quiesce predicted (%.1f s in all)%s",
                                d.guest(), d.to(), shared.quiesceSeconds(), shared.elapsedSeconds(), others(d.alternatives())),
                        d.alternatives()));
            }
            double laneSeconds = Math.max(longest, sum / k);
            window = Math.max(window, laneSeconds);
            links.add(new LinkPlan(from, to, k, lane.size(), laneSeconds, from + "\u2192" + to + ": " + why));
        }
        double predicted = options.strategy() == Strategy.ONE_AT_A_TIME ? serial : window;
        return new EvacuationPlan(leaving, options.strategy(), paced, links, predicted);
    }

    /** The first guest whose quiesce at {@code share} pages/s would pass MAXQUIESCE or its criticality, in words. */
    private String blocker(List<GuestDecision> lane, double share) {
        double maxQuiesce = options.immediate() && options.maxQuiesceSeconds() == null ? Double.POSITIVE_INFINITY
                : options.maxQuiesceSeconds() != null ? options.maxQuiesceSeconds() : params.get(SimParameters.MAX_QUIESCE_SECONDS);
        for (GuestDecision d : lane) {
            GuestSnapshot s = vms.guest(d.guest()).snapshot();
            Prediction p = predictor.predict(s, share, options.immediate());
            if (p.quiesceSeconds() > maxQuiesce) {
                return String.format(Locale.ROOT, "%s would be stopped %.1f s > MAXQUIESCE %s s", d.guest(), p.quiesceSeconds(),
                        ssiplan.sim.trace.TraceJson.formatParameter(maxQuiesce));
            }
            if (p.quiesceSeconds() > s.criticalitySeconds()) {
                return String.format(Locale.ROOT, "%s would be stopped %.1f s > its criticality %.0f s", d.guest(), p.quiesceSeconds(),
                        s.criticalitySeconds());
            }
        }
        return null;
    }

    /** Pages per second {@code from} can send to {@code to} with the link to itself. */
    public double rate(String from, String to) {
        for (LinkSnapshot l : snapshot.links()) {
            if (l.connects(from) && l.connects(to)) {
                return LinkCapacity.pagesPerSecond(l, from, params);
            }
        }
        return 0;
    }

    public RelocationPredictor predictor() {
        return predictor;
    }

    private static List<String> alternatives(Map<String, String> whyNot) {
        List<String> out = new ArrayList<>();
        whyNot.forEach((m, why) -> out.add(m + ": " + why));
        return out;
    }

    private static String others(Map<String, String> whyNot) {
        return others(alternatives(whyNot));
    }

    /** The rejected alternatives, briefly: the first two reasons. */
    private static String others(List<String> alternatives) {
        if (alternatives.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(2, alternatives.size()); i++) {
            String a = alternatives.get(i);
            int colon = a.indexOf(": ");
            String reason = colon < 0 ? a : a.substring(colon + 2);
            String member = colon < 0 ? "" : a.substring(0, colon);
            b.append("; ").append(reason.startsWith(member) ? reason : member + ": " + reason);
        }
        if (alternatives.size() > 2) {
            b.append("; +").append(alternatives.size() - 2).append(" more");
        }
        return b.toString();
    }

    private static String join(Map<String, String> whyNot) {
        StringBuilder b = new StringBuilder();
        whyNot.forEach((m, why) -> b.append(b.length() == 0 ? "" : "; ").append(why.startsWith(m) ? why : m + ": " + why));
        return b.toString();
    }
}
