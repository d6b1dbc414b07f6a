package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.command.OperatorCommand;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.trace.TraceEvent;

/**
 * Member failure: abend (no SAFE mode), sudden stop or loss of every ISFC link (SAFE mode until
 * the operator declares the member down). While SAFE, the runner tries what automation would —
 * a logon of the most critical lost guest and a relocation TEST between survivors — and records
 * that CP refuses them; after the declare-down the lost guests are restarted elsewhere.
 */
final class MemberFailureProcess extends RestartProcess {

    /** What was tried while the cluster was in SAFE mode and what CP answered. */
    record SafeModeCheck(double seconds, String command, boolean refused, String answer) {
    }

    final List<SafeModeCheck> safeModeChecks = new ArrayList<>();
    private final ScenarioSpec.MemberFailure f;
    private boolean probing;

    MemberFailureProcess(ScenarioSpec.MemberFailure spec) {
        super(spec);
        this.f = spec;
    }

    @Override
    protected void begin() {
        String m = f.member();
        captureLost(List.of(m));
        switch (f.failure()) {
            case ABEND -> {
                step("failure", m, m + " abends; it marks itself DOWN, the cluster stays out of SAFE mode");
                command(new OperatorCommand.Abend(m));
                whenMember(m, MemberState.DOWN, this::restartNow);
            }
            case STOP -> {
                step("failure", m, m + " stops without warning; the others lose contact (SAFE mode)");
                command(new OperatorCommand.Stop(m));
                live.soon(this::probe);
                live.after(f.declareDownSeconds(), this::declare);
            }
            case ISFC_LOSS -> {
                step("failure", m, m + " loses every ISFC link but keeps running (SAFE mode)");
                for (Member o : live.cluster().members()) {
                    if (o != live.cluster().member(m) && live.cluster().network().link(m, o.name()) != null) {
                        command(new OperatorCommand.LinkDown(m, o.name()));
                    }
                }
                live.soon(this::probe);
                live.after(live.parameters().get(SimParameters.OPERATOR_REACTION_SECONDS), () -> {
                    step("operator", m, "stop the isolated member so it can be declared down");
                    command(new OperatorCommand.Stop(m));
                });
                live.after(Math.max(f.declareDownSeconds(), live.parameters().get(SimParameters.OPERATOR_REACTION_SECONDS)
                        + live.parameters().get(SimParameters.HEARTBEAT_TIMEOUT) + 1), this::declare);
            }
        }
    }

    /** What automation tries at once: CP refuses both while the cluster is SAFE. */
    private void probe() {
        live.soon(() -> {
            probing = true;
            Guest critical = null;
            for (var s : lost) {
                if (critical == null || ssiplan.sim.plan.EvacuationPlanner.CRITICALITY_ORDER.compare(s, critical.snapshot()) < 0) {
                    critical = guest(s.userid());
                }
            }
            String survivor = null;
            String other = null;
            for (Member o : live.cluster().members()) {
                if (o.running() && !o.name().equals(f.member())) {
                    if (survivor == null) {
                        survivor = o.name();
                    } else if (other == null) {
                        other = o.name();
                    }
                }
            }
            if (critical != null && survivor != null) {
                OperatorCommand.Logon logon = new OperatorCommand.Logon(critical.userid(), survivor);
                double t = ssiplan.sim.engine.SimTime.toSeconds(live.now());
                command(logon, why -> safeModeChecks.add(new SafeModeCheck(t, logon.text(), true, why)));
            }
            if (survivor != null && other != null) {
                for (String u : guestsOn(survivor)) {
                    if (!guest(u).snapshot().multiConfiguration()) {
                        live.command(new OperatorCommand.RelocateTest(u, other, java.util.Set.of()));
                        break;
                    }
                }
            }
        });
    }

    @Override
    public void observe(TraceEvent e, ssiplan.sim.Simulation.Live l) {
        if (probing && e instanceof TraceEvent.EligibilityChecked c && c.test()) {
            String answer = c.eligible() ? "eligible" : c.reasons().get(0).code() + " " + c.reasons().get(0).message();
            safeModeChecks.add(new SafeModeCheck(ssiplan.sim.engine.SimTime.toSeconds(c.t()), "VMRELOCATE TEST " + c.guest() + " TO " + c.to(),
                    !c.eligible(), answer));
            probing = false;
        }
        if (e instanceof TraceEvent.GuestUp up && lostFrom.containsKey(up.guest()) && safeModeChecks.stream().anyMatch(x -> x.command().contains(up.guest()))
                && up.t() < declaredAt) {
            safeModeChecks.add(new SafeModeCheck(ssiplan.sim.engine.SimTime.toSeconds(up.t()), "LOGON " + up.guest(), false, "came up during SAFE mode"));
        }
        super.observe(e, l);
    }

    private long declaredAt = Long.MAX_VALUE;

    private void declare() {
        String m = f.member();
        command(new OperatorCommand.DeclareDown(m), why -> {
            finding(Finding.Severity.WARNING, "STEP_REFUSED", m, "declare " + m + " down refused: " + why + "; retried in 10 s");
            live.after(10, this::declare);
        });
        whenMember(m, MemberState.DOWN, () -> {
            declaredAt = live.now();
            step("declared down", m, "operator confirmed " + m + " is down; SAFE mode ends");
            restartNow();
        });
    }

    private void restartNow() {
        if (!f.restartGuests()) {
            finish();
            return;
        }
        restart(null, this::finish);
    }
}
