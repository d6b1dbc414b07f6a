package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.plan.GuestDecision;
import ssiplan.sim.plan.MoveKind;
import ssiplan.sim.snapshot.GuestSnapshot;

/** What DR and member failure share: the guests lost at the failure and their restart in criticality order. */
abstract class RestartProcess extends ScenarioProcess {

    final List<Recovery> recoveries = new ArrayList<>();
    protected final Map<String, String> lostFrom = new HashMap<>();
    protected final List<GuestSnapshot> lost = new ArrayList<>();
    protected long failedAt;

    RestartProcess(ScenarioSpec spec) {
        super(spec);
    }

    /** Remembers the single-configuration guests running on {@code members} now (about to be lost). */
    protected void captureLost(List<String> members) {
        failedAt = live.now();
        for (String m : members) {
            for (String u : guestsOn(m)) {
                Guest g = guest(u);
                if (!g.snapshot().multiConfiguration()) {
                    lost.add(g.snapshot());
                    lostFrom.put(u, m);
                }
            }
        }
    }

    /** Places the lost guests on {@code targets} by criticality while capacity lasts and logs them on. */
    protected void restart(List<String> targets, Runnable then) {
        List<GuestDecision> plan = evacuationPlanner.placeRestarts(lost, lostFrom, targets);
        step("restart", targets == null ? "any member" : String.join(",", targets), plan.stream().filter(d -> d.kind() != MoveKind.STAY_DOWN).count() + " of "
                + plan.size() + " guests to restart, most critical first");
        double interval = live.parameters().get(SimParameters.LOGON_INTERVAL_SECONDS);
        logonAll(plan, interval, upAt -> {
            int order = 0;
            for (GuestDecision d : plan) {
                GuestSnapshot s = guest(d.guest()).snapshot();
                if (d.kind() == MoveKind.STAY_DOWN) {
                    recoveries.add(new Recovery(d.guest(), 0, d.from(), "", s.criticalitySeconds(), -1, d.explanation()));
                    finding(Finding.Severity.ERROR, "NOT_RESTARTED", d.guest(), d.explanation());
                    continue;
                }
                order++;
                Long up = upAt.get(d.guest());
                recoveries.add(new Recovery(d.guest(), order, d.from(), up == null ? "" : d.to(), s.criticalitySeconds(),
                        up == null ? -1 : SimTime.toSeconds(up - failedAt), up == null ? "logon refused" : ""));
            }
            live.soon(then);
        });
    }
}
