package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.GuestState;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.command.OperatorCommand;
import ssiplan.sim.plan.EvacuationPlan;
import ssiplan.sim.plan.GuestDecision;
import ssiplan.sim.plan.MoveKind;
import ssiplan.sim.trace.TraceEvent;

/**
 * Processor migration, CEC by CEC: evacuate its members, shut them down, replace the machine,
 * IPL them on the new one, log on who stayed down, move the guests back. At the end: the guests
 * that kept running are still fenced to the architecture they logged on with; those whose
 * domain now offers more must be re-IPLed (logoff/logon) to use it.
 */
final class ProcessorMigrationProcess extends ScenarioProcess {

    private final ScenarioSpec.ProcessorMigration m;
    private int next;
    /** Guests logged on since the start of the run (not "still running from before"). */
    private final java.util.Set<String> loggedOnDuringRun = new java.util.HashSet<>();
    final List<ReIpl> reIpl = new ArrayList<>();

    /** A guest that must be re-IPLed to use its domain's new facilities. */
    record ReIpl(String guest, String member, SortedSet<String> fencedTo, SortedSet<String> domainOffers) {
    }

    ProcessorMigrationProcess(ScenarioSpec.ProcessorMigration spec) {
        super(spec);
        this.m = spec;
    }

    @Override
    public void observe(TraceEvent e, ssiplan.sim.Simulation.Live l) {
        if (e instanceof TraceEvent.GuestUp up && up.t() > 0) {
            loggedOnDuringRun.add(up.guest());
        }
        super.observe(e, l);
    }

    @Override
    protected void begin() {
        nextCec();
    }

    private void nextCec() {
        if (next >= m.replacements().size()) {
            listReIpl();
            finish();
            return;
        }
        ScenarioSpec.CecReplacement r = m.replacements().get(next++);
        step("replace CEC", r.cec(), "members " + String.join(", ", r.members()) + " move to a " + r.newMachine());
        Map<String, List<String>> before = new HashMap<>();
        List<String> running = new ArrayList<>();
        for (String member : r.members()) {
            before.put(member, guestsOn(member));
            if (live.cluster().member(member).running()) {
                running.add(member);
            }
        }
        if (running.isEmpty()) {
            replaced(r, running, before, null);
            return;
        }
        evacuate(running, null, plan -> {
            int[] down = {running.size()};
            for (String member : running) {
                command(new OperatorCommand.Shutdown(member));
                whenMember(member, MemberState.DOWN, () -> {
                    if (--down[0] == 0) {
                        replaced(r, running, before, plan);
                    }
                });
            }
        });
    }

    /** Every member of the CEC gets the new machine; the ones that were running are IPLed on it. */
    private void replaced(ScenarioSpec.CecReplacement r, List<String> running, Map<String, List<String>> before, EvacuationPlan plan) {
        for (String member : r.members()) {
            command(new OperatorCommand.ReplaceMachine(member, r.newMachine(), r.newFacilities()));
        }
        if (running.isEmpty()) {
            live.soon(this::nextCec);
            return;
        }
        int[] up = {running.size()};
        for (String member : running) {
            command(new OperatorCommand.Ipl(member, null));
            whenMember(member, MemberState.JOINED, () -> {
                if (--up[0] == 0) {
                    rejoined(r, before, plan);
                }
            });
        }
    }

    private void rejoined(ScenarioSpec.CecReplacement r, Map<String, List<String>> before, EvacuationPlan plan) {
        step("new CEC up", r.cec(), "members joined on the " + r.newMachine());
        List<GuestDecision> restarts = new ArrayList<>();
        Map<String, String> back = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : before.entrySet()) {
            for (String u : e.getValue()) {
                Guest g = guest(u);
                GuestDecision d = plan == null ? null : plan.decision(u);
                if (g.state() == GuestState.LOGGED_OFF && (d == null || d.kind() != MoveKind.STATIC)) {
                    restarts.add(new GuestDecision(u, e.getKey(), MoveKind.STATIC, e.getKey(), 0, 0, "", List.of()));
                } else if (m.moveGuestsBack() && d != null && d.kind() == MoveKind.LIVE && g.member() != null
                        && g.member().name().equals(d.to())) {
                    back.put(u, e.getKey());
                }
            }
        }
        logonAll(restarts, 0, x -> relocateAll(back, this::nextCec));
    }

    private void listReIpl() {
        for (Guest g : live.virtualMachines().guests()) {
            if (g.state() != GuestState.RUNNING || g.snapshot().multiConfiguration()) {
                continue;
            }
            SortedSet<String> offers = null;
            for (String member : live.snapshot().domainMembers(g.snapshot().domain())) {
                SortedSet<String> f = live.cluster().member(member).snapshot().facilities();
                if (offers == null) {
                    offers = new TreeSet<>(f);
                } else {
                    offers.retainAll(f);
                }
            }
            if (offers != null && !offers.equals(g.facilities())) {
                reIpl.add(new ReIpl(g.userid(), g.member().name(), new TreeSet<>(g.facilities()), offers));
            }
        }
        long fromBefore = reIpl.stream().filter(x -> !loggedOnDuringRun.contains(x.guest())).count();
        notes.add(reIpl.size() + " guests must be re-IPLed (logoff/logon) to use the new machines' facilities; "
                + fromBefore + " of them have run since before the migration");
        for (ReIpl x : reIpl) {
            SortedSet<String> gained = new TreeSet<>(x.domainOffers());
            gained.removeAll(x.fencedTo());
            finding(ssiplan.sim.scenario.Finding.Severity.WARNING, "REIPL_NEEDED", x.guest(), x.guest() + " on " + x.member()
                    + " still runs with the architecture it logged on with; re-IPL it to use " + String.join(", ", gained));
        }
    }

    boolean loggedOnDuringRun(String guest) {
        return loggedOnDuringRun.contains(guest);
    }
}
