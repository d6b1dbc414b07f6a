package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ssiplan.sim.cluster.GuestState;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.command.OperatorCommand;
import ssiplan.sim.plan.EvacuationPlan;
import ssiplan.sim.plan.GuestDecision;
import ssiplan.sim.plan.MoveKind;
import ssiplan.sim.snapshot.ServiceLevel;

/**
 * Maintenance rollout: per member in order evacuate, SHUTDOWN, IPL at the new level, rejoin, log
 * on again the guests that stayed down, optionally relocate the evacuated guests back.
 */
final class RolloutProcess extends ScenarioProcess {

    private final List<String> order;
    private final ServiceLevel level;
    private final boolean moveBack;
    private int next;

    RolloutProcess(ScenarioSpec.MaintenanceRollout spec) {
        super(spec);
        this.order = spec.memberOrder();
        this.level = spec.targetLevel();
        this.moveBack = spec.moveGuestsBack();
    }

    @Override
    protected void begin() {
        nextMember();
    }

    private void nextMember() {
        if (next >= order.size()) {
            finish();
            return;
        }
        String member = order.get(next++);
        step("service", member, "apply service: evacuate, shut down, IPL at " + (level == null ? "the same level" : "CP " + level));
        service(this, member, null, level, moveBack, this::nextMember);
    }

    /**
     * One member's service window, shared with the utility-LPAR scenario: evacuate onto
     * {@code targets}, SHUTDOWN, IPL at {@code level}, restart who stayed down, move back.
     */
    static void service(ScenarioProcess p, String member, List<String> targets, ServiceLevel level, boolean moveBack, Runnable then) {
        List<String> before = p.guestsOn(member);
        p.evacuate(List.of(member), targets, plan -> {
            p.step("shutdown", member, "SHUTDOWN after the evacuation");
            p.command(new OperatorCommand.Shutdown(member));
            p.whenMember(member, MemberState.DOWN, () -> {
                p.command(new OperatorCommand.Ipl(member, level));
                p.whenMember(member, MemberState.JOINED, () -> rejoined(p, member, before, plan, moveBack, then));
            });
        });
    }

    private static void rejoined(ScenarioProcess p, String member, List<String> before, EvacuationPlan plan, boolean moveBack,
            Runnable then) {
        p.step("rejoined", member, "joined at CP " + p.live.cluster().member(member).serviceLevel());
        List<GuestDecision> restarts = new ArrayList<>();
        for (String u : before) {
            if (p.guest(u).state() == GuestState.LOGGED_OFF) {
                GuestDecision d = plan.decision(u);
                if (d == null || d.kind() != MoveKind.STATIC) {
                    restarts.add(new GuestDecision(u, member, MoveKind.STATIC, member, 0, 0, u + " logged on again at " + member, List.of()));
                }
            }
        }
        p.logonAll(restarts, 0, up -> {
            if (!moveBack) {
                p.live.soon(then);
                return;
            }
            Map<String, String> back = new LinkedHashMap<>();
            for (GuestDecision d : plan.of(MoveKind.LIVE)) {
                var g = p.guest(d.guest());
                if (g.member() != null && g.member().name().equals(d.to())) {
                    back.put(d.guest(), member);
                }
            }
            if (!back.isEmpty()) {
                p.step("move back", member, back.size() + " guests relocated back to " + member);
            }
            p.relocateAll(back, then);
        });
    }
}
