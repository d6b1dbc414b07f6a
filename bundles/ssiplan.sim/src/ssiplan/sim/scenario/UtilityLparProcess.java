package ssiplan.sim.scenario;

import java.util.List;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.command.OperatorCommand;

/**
 * Utility-LPAR maintenance: IPL the spare member, move the production member's work there,
 * service the production member, move the work back, shut the spare down again.
 */
final class UtilityLparProcess extends ScenarioProcess {

    private final ScenarioSpec.UtilityLpar u;

    UtilityLparProcess(ScenarioSpec.UtilityLpar spec) {
        super(spec);
        this.u = spec;
    }

    @Override
    protected void begin() {
        String util = u.utilityMember();
        String prod = u.productionMember();
        Runnable serviceProd = () -> {
            step("utility up", util, util + " joined; moving " + prod + "'s work there");
            RolloutProcess.service(this, prod, List.of(util), u.targetLevel(), false, this::moveBack);
        };
        if (live.cluster().member(util).available()) {
            live.soon(serviceProd);
        } else {
            step("utility IPL", util, "bring up the utility member in the spare LPAR");
            command(new OperatorCommand.Ipl(util, null));
            whenMember(util, MemberState.JOINED, serviceProd);
        }
    }

    private void moveBack() {
        String util = u.utilityMember();
        String prod = u.productionMember();
        step("move back", util, "work back to " + prod);
        evacuate(List.of(util), List.of(prod), plan -> {
            if (!u.releaseUtility()) {
                finish();
                return;
            }
            step("release", util, "shut the utility member down, release the spare LPAR");
            command(new OperatorCommand.Shutdown(util));
            whenMember(util, MemberState.DOWN, this::finish);
        });
    }
}
