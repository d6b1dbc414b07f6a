package ssiplan.sim.scenario;

import java.util.List;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.command.OperatorCommand;

/**
 * Local DR: the production members stop without warning; the storage team severs mirroring;
 * the operator declares production down; the standby members IPL from the mirrored DASD; the
 * production guests log on there in criticality order while capacity lasts.
 */
final class DisasterRecoveryProcess extends RestartProcess {

    private final ScenarioSpec.DisasterRecovery dr;
    private int waiting = 2;

    DisasterRecoveryProcess(ScenarioSpec.DisasterRecovery spec) {
        super(spec);
        this.dr = spec;
    }

    @Override
    protected void begin() {
        captureLost(dr.failedMembers());
        step("disaster", String.join(",", dr.failedMembers()), "production members stop without warning");
        for (String m : dr.failedMembers()) {
            command(new OperatorCommand.Stop(m));
        }
        live.after(dr.severMirroringSeconds(), () -> {
            step("sever mirroring", "DASD", "mirroring severed; the recovery site's volumes are writable");
            ready();
        });
        live.after(dr.declareDownSeconds(), this::declareDown);
    }

    private void declareDown() {
        int[] left = {dr.failedMembers().size()};
        for (String m : dr.failedMembers()) {
            command(new OperatorCommand.DeclareDown(m), why -> {
                finding(Finding.Severity.WARNING, "STEP_REFUSED", m, "declare " + m + " down refused: " + why + "; retried in 10 s");
                live.after(10, this::declareDown);
            });
            whenMember(m, MemberState.DOWN, () -> {
                if (--left[0] == 0) {
                    step("declared down", String.join(",", dr.failedMembers()), "production members are down in the PDR");
                    ready();
                }
            });
        }
    }

    /** Both the mirroring and the PDR are settled: IPL the standby members. */
    private void ready() {
        if (--waiting > 0) {
            return;
        }
        int[] left = {dr.standbyMembers().size()};
        for (String m : dr.standbyMembers()) {
            command(new OperatorCommand.Ipl(m, null));
            whenMember(m, MemberState.JOINED, () -> {
                if (--left[0] == 0) {
                    step("standby up", String.join(",", dr.standbyMembers()), "recovery members joined");
                    restart(dr.standbyMembers(), this::finish);
                }
            });
        }
        if (dr.standbyMembers().isEmpty()) {
            restart(List.of(), this::finish);
        }
    }
}
