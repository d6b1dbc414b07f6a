package ssiplan.sim.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ssiplan.sim.Simulation;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.GuestState;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.command.OperatorCommand;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.plan.EvacuationPlan;
import ssiplan.sim.plan.EvacuationPlanner;
import ssiplan.sim.plan.GuestDecision;
import ssiplan.sim.plan.MoveKind;
import ssiplan.sim.plan.PlannerOptions;
import ssiplan.sim.plan.Strategy;
import ssiplan.sim.trace.TraceEvent;
import ssiplan.sim.trace.TraceEvent.CommandRejected;
import ssiplan.sim.trace.TraceEvent.EligibilityChecked;
import ssiplan.sim.trace.TraceEvent.GuestDown;
import ssiplan.sim.trace.TraceEvent.GuestUp;
import ssiplan.sim.trace.TraceEvent.MemberStateChanged;
import ssiplan.sim.trace.TraceEvent.RelocationEnded;
import ssiplan.sim.trace.TraceEvent.ScenarioStep;

/**
 * A scenario acting as the operator during a run: it waits for what it needs (a member joined,
 * a relocation ended), then enters the next commands. Subclasses write the scenario as steps
 * chained by callbacks; this class routes the trace events to them and runs batches of moves at
 * the planned pace.
 */
abstract class ScenarioProcess implements Simulation.Driver {

    protected final ScenarioSpec spec;
    protected final PlannerOptions planner;
    protected Simulation.Live live;
    protected EvacuationPlanner evacuationPlanner;
    final List<EvacuationPlan> plans = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** When the scenario's last step ended (ns); -1 while running. */
    long finishedAt = -1;

    private final Map<String, List<Runnable>> memberWaiters = new HashMap<>();
    private final Map<String, List<Consumer<TraceEvent>>> guestWatchers = new HashMap<>();
    private final Map<String, Consumer<String>> rejectWatchers = new HashMap<>();

    ScenarioProcess(ScenarioSpec spec) {
        this.spec = spec;
        this.planner = spec.options().planner();
    }

    @Override
    public final void start(Simulation.Live l) {
        this.live = l;
        this.evacuationPlanner = new EvacuationPlanner(l, planner);
        begin();
    }

    /** The first step, at time 0. */
    protected abstract void begin();

    protected void finish() {
        if (finishedAt < 0) {
            finishedAt = live.now();
            step("done", spec.name(), "scenario complete");
        }
    }

    // ---- events ------------------------------------------------------------------------

    @Override
    public void observe(TraceEvent e, Simulation.Live l) {
        switch (e) {
            case MemberStateChanged m -> {
                List<Runnable> w = memberWaiters.remove(m.member() + ":" + m.to());
                if (w != null) {
                    for (Runnable r : w) {
                        l.soon(r);
                    }
                }
            }
            case RelocationEnded r -> toGuest(r.guest(), e);
            case EligibilityChecked c -> {
                if (!c.test() && !c.eligible()) {
                    toGuest(c.guest(), e);
                }
            }
            case GuestUp u -> toGuest(u.guest(), e);
            case GuestDown d -> toGuest(d.guest(), e);
            case TraceEvent.LogonHeld h -> toGuest(h.guest(), e);
            case CommandRejected c -> {
                Consumer<String> w = rejectWatchers.remove(c.command());
                if (w != null) {
                    l.soon(() -> w.accept(c.reason()));
                }
            }
            default -> { }
        }
    }

    private void toGuest(String guest, TraceEvent e) {
        List<Consumer<TraceEvent>> w = guestWatchers.get(guest);
        if (w != null) {
            for (Consumer<TraceEvent> c : new ArrayList<>(w)) {
                c.accept(e);
            }
        }
    }

    protected void watchGuest(String guest, Consumer<TraceEvent> c) {
        guestWatchers.computeIfAbsent(guest, k -> new ArrayList<>()).add(c);
    }

    protected void unwatchGuest(String guest, Consumer<TraceEvent> c) {
        List<Consumer<TraceEvent>> w = guestWatchers.get(guest);
        if (w != null) {
            w.remove(c);
            if (w.isEmpty()) {
                guestWatchers.remove(guest);
            }
        }
    }

    /** Runs {@code then} once {@code member} reaches {@code state} (at once if it is there already). */
    protected void whenMember(String member, MemberState state, Runnable then) {
        Member m = live.cluster().member(member);
        if (m.state() == state) {
            live.soon(then);
            return;
        }
        memberWaiters.computeIfAbsent(member + ":" + state.name(), k -> new ArrayList<>()).add(then);
    }

    /** Enters a command; {@code refused} hears CP's reason if it is rejected. */
    protected void command(OperatorCommand c, Consumer<String> refused) {
        if (refused != null) {
            rejectWatchers.put(c.text(), refused);
        }
        live.command(c);
    }

    protected void command(OperatorCommand c) {
        command(c, why -> finding(Finding.Severity.ERROR, "STEP_REFUSED", subjectOf(c), c.text() + " refused: " + why));
    }

    private static String subjectOf(OperatorCommand c) {
        return switch (c) {
            case OperatorCommand.Shutdown s -> s.member();
            case OperatorCommand.Ipl i -> i.member();
            case OperatorCommand.DeclareDown d -> d.member();
            case OperatorCommand.Logon l -> l.guest();
            case OperatorCommand.Relocate r -> r.guest();
            case OperatorCommand.StaticMove s -> s.guest();
            default -> "";
        };
    }

    protected void step(String step, String subject, String detail) {
        live.trace().add(new ScenarioStep(live.now(), step, subject, detail));
    }

    protected void finding(Finding.Severity s, String kind, String subject, String message) {
        findings.add(new Finding(s, kind, subject, message, SimTime.toSeconds(live.now())));
    }

    protected Guest guest(String userid) {
        return live.virtualMachines().guest(userid);
    }

    /** Guests running (or booting) on {@code member} now. */
    protected List<String> guestsOn(String member) {
        List<String> out = new ArrayList<>();
        for (Guest g : live.virtualMachines().guests()) {
            if (g.member() != null && g.member().name().equals(member) && g.state() != GuestState.SHUTTING_DOWN) {
                out.add(g.userid());
            }
        }
        return out;
    }

    // ---- composite steps -----------------------------------------------------------------

    /**
     * Plans and carries out the evacuation of {@code leaving} onto {@code targets} (null: any
     * other joined member); {@code then} gets the plan once every guest that moves is off.
     */
    protected void evacuate(List<String> leaving, List<String> targets, Consumer<EvacuationPlan> then) {
        EvacuationPlan plan = evacuationPlanner.evacuate(leaving, targets);
        plans.add(plan);
        step("plan", String.join(",", leaving), String.format(Locale.ROOT, "evacuation: %d live, %d static, %d stay down; %s, %.0f s predicted",
                plan.of(MoveKind.LIVE).size(), plan.of(MoveKind.STATIC).size(), plan.of(MoveKind.STAY_DOWN).size(),
                plan.strategy().label(), plan.predictedSeconds()));
        for (GuestDecision d : plan.decisions()) {
            if (d.kind() == MoveKind.STAY_DOWN && !guest(d.guest()).snapshot().multiConfiguration()) {
                boolean intrinsic = d.explanation().contains("cannot relocate:");
                finding(Finding.Severity.WARNING, intrinsic ? "INELIGIBLE" : "NO_PLACEMENT", d.guest(), d.explanation());
                if (!intrinsic && guest(d.guest()).snapshot().relocatable()) {
                    // a guest that could move but nothing can take it: the plan does not hold
                    findings.set(findings.size() - 1, new Finding(Finding.Severity.ERROR, "NO_PLACEMENT", d.guest(), d.explanation(),
                            SimTime.toSeconds(live.now())));
                }
            }
        }
        new Batch(plan.decisions(), plan, () -> then.accept(plan)).start();
    }

    /** Relocates guests live to the given members (move back, rebalance) at the planned pace. */
    protected void relocateAll(Map<String, String> guestToMember, Runnable then) {
        List<GuestDecision> moves = new ArrayList<>();
        for (Map.Entry<String, String> e : guestToMember.entrySet()) {
            Guest g = guest(e.getKey());
            if (g.member() == null || g.member().name().equals(e.getValue()) || g.state() != GuestState.RUNNING) {
                continue;
            }
            String why = evacuationPlanner.whyNotLive(e.getKey(), e.getValue());
            if (why != null) {
                notes.add(e.getKey() + " stays on " + g.member().name() + ", not moved to " + e.getValue() + ": " + why);
                continue;
            }
            moves.add(new GuestDecision(e.getKey(), g.member().name(), MoveKind.LIVE, e.getValue(), 0, 0, "", List.of()));
        }
        new Batch(moves, null, then).start();
    }

    /** Logs guests on (one decision each: guest to member), {@code interval} s apart in the given order. */
    protected void logonAll(List<GuestDecision> restarts, double interval, Consumer<Map<String, Long>> then) {
        Map<String, Long> upAt = new LinkedHashMap<>();
        Set<String> pending = new HashSet<>();
        for (GuestDecision d : restarts) {
            if (d.kind() != MoveKind.STAY_DOWN) {
                pending.add(d.guest());
            }
        }
        if (pending.isEmpty()) {
            live.soon(() -> then.accept(upAt));
            return;
        }
        int i = 0;
        for (GuestDecision d : restarts) {
            if (d.kind() == MoveKind.STAY_DOWN) {
                continue;
            }
            String u = d.guest();
            Consumer<TraceEvent>[] self = new Consumer[1];
            self[0] = e -> {
                if (e instanceof GuestUp up) {
                    upAt.put(u, up.t());
                    unwatchGuest(u, self[0]);
                    if (pending.remove(u) && pending.isEmpty()) {
                        live.soon(() -> then.accept(upAt));
                    }
                }
            };
            watchGuest(u, self[0]);
            OperatorCommand.Logon cmd = new OperatorCommand.Logon(u, d.to());
            live.after(interval * i++, () -> command(cmd, why -> {
                finding(Finding.Severity.ERROR, "NOT_RESTARTED", u, cmd.text() + " refused: " + why);
                unwatchGuest(u, self[0]);
                if (pending.remove(u) && pending.isEmpty()) {
                    live.soon(() -> then.accept(upAt));
                }
            }));
        }
    }

    /** The strategy's concurrency for a lane; ONE_AT_A_TIME shares one lane for the whole cluster. */
    private String lane(GuestDecision d) {
        return planner.strategy() == Strategy.ONE_AT_A_TIME ? "*" : d.from() + ">" + d.to();
    }

    /**
     * A set of moves run at the planned pace: per lane at most its concurrency at once; static
     * moves all at once. Done when every relocation has ended and every static guest is off.
     */
    private final class Batch {
        private final Map<String, Deque<GuestDecision>> queues = new LinkedHashMap<>();
        private final Map<String, Integer> running = new HashMap<>();
        private final Map<String, Integer> limit = new HashMap<>();
        private final Runnable then;
        private int outstanding;

        Batch(List<GuestDecision> decisions, EvacuationPlan plan, Runnable then) {
            this.then = then;
            for (GuestDecision d : decisions) {
                if (d.kind() == MoveKind.LIVE) {
                    String lane = lane(d);
                    queues.computeIfAbsent(lane, k -> new ArrayDeque<>()).add(d);
                    int k = planner.strategy() == Strategy.ONE_AT_A_TIME ? 1
                            : plan != null ? plan.concurrency(d.from(), d.to())
                            : planner.concurrentPerLink() > 0 ? planner.concurrentPerLink() : 1;
                    limit.merge(lane, k, Math::max);
                    outstanding++;
                } else if (d.kind() == MoveKind.STATIC) {
                    outstanding++;
                }
            }
            for (GuestDecision d : decisions) {
                if (d.kind() == MoveKind.STATIC) {
                    staticMove(d);
                }
            }
        }

        void start() {
            if (outstanding == 0) {
                live.soon(then);
                return;
            }
            for (String lane : queues.keySet()) {
                pump(lane);
            }
        }

        private void pump(String lane) {
            Deque<GuestDecision> q = queues.get(lane);
            while (!q.isEmpty() && running.getOrDefault(lane, 0) < limit.get(lane)) {
                GuestDecision d = q.poll();
                running.merge(lane, 1, Integer::sum);
                relocate(lane, d);
            }
        }

        private void relocate(String lane, GuestDecision d) {
            Consumer<TraceEvent>[] self = new Consumer[1];
            self[0] = e -> {
                if (e instanceof RelocationEnded || e instanceof EligibilityChecked) {
                    unwatchGuest(d.guest(), self[0]);
                    if (e instanceof EligibilityChecked c) {
                        finding(Finding.Severity.ERROR, "RELOCATION_REFUSED", d.guest(), "VMRELOCATE MOVE " + d.guest() + " TO " + d.to()
                                + " refused: " + c.reasons().get(0).message());
                    }
                    running.merge(lane, -1, Integer::sum);
                    live.soon(() -> {
                        pump(lane);
                        done();
                    });
                }
            };
            watchGuest(d.guest(), self[0]);
            command(new OperatorCommand.Relocate(d.guest(), d.to(), planner.relocationOptions()), null);
        }

        private void staticMove(GuestDecision d) {
            Consumer<TraceEvent>[] self = new Consumer[1];
            self[0] = e -> {
                if (e instanceof GuestDown) {
                    unwatchGuest(d.guest(), self[0]);
                    live.soon(this::done);
                }
            };
            watchGuest(d.guest(), self[0]);
            live.soon(() -> command(new OperatorCommand.StaticMove(d.guest(), d.to()), why -> {
                finding(Finding.Severity.ERROR, "STEP_REFUSED", d.guest(), "static move of " + d.guest() + " to " + d.to() + " refused: " + why);
                unwatchGuest(d.guest(), self[0]);
                done();
            }));
        }

        private void done() {
            if (--outstanding == 0) {
                live.soon(then);
            }
        }
    }
}
