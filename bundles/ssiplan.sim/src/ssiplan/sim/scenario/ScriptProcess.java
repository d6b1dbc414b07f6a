package ssiplan.sim.scenario;

import java.util.function.Consumer;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.command.OperatorCommand;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.trace.TraceEvent;

/** Runs a scripted list of operator steps in order, each waiting for the previous one when asked to. */
final class ScriptProcess extends ScenarioProcess {

    private final ScenarioSpec.Script script;
    private int next;

    ScriptProcess(ScenarioSpec.Script spec) {
        super(spec);
        this.script = spec;
    }

    @Override
    protected void begin() {
        runNext();
    }

    private void runNext() {
        if (next >= script.steps().size()) {
            finish();
            return;
        }
        ScenarioSpec.Step s = script.steps().get(next++);
        double delay = s.waitForPrevious() ? s.atSeconds() : Math.max(0, s.atSeconds() - ssiplan.sim.engine.SimTime.toSeconds(live.now()));
        boolean nextWaits = next < script.steps().size() && script.steps().get(next).waitForPrevious();
        live.after(delay, () -> {
            Runnable ended = nextWaits ? this::runNext : () -> { };
            perform(s, ended);
            if (!nextWaits) {
                runNext();
            }
        });
    }

    private void perform(ScenarioSpec.Step s, Runnable ended) {
        step("step " + next, s.action().name(), describe(s));
        Consumer<String> refused = why -> {
            finding(Finding.Severity.ERROR, "STEP_REFUSED", subject(s), s.action() + " " + subject(s) + " refused: " + why);
            ended.run();
        };
        switch (s.action()) {
            case RELOCATE -> {
                Consumer<TraceEvent>[] self = new Consumer[1];
                self[0] = e -> {
                    if (e instanceof TraceEvent.RelocationEnded || e instanceof TraceEvent.EligibilityChecked) {
                        unwatchGuest(s.guest(), self[0]);
                        live.soon(ended);
                    }
                };
                watchGuest(s.guest(), self[0]);
                command(new OperatorCommand.Relocate(s.guest(), s.member(), planner.relocationOptions()), refused);
            }
            case LOGOFF -> guestEvent(s.guest(), TraceEvent.GuestDown.class, new OperatorCommand.Logoff(s.guest()), refused, ended);
            case LOGON -> guestEvent(s.guest(), TraceEvent.GuestUp.class, new OperatorCommand.Logon(s.guest(), s.member()), refused, ended);
            case STATIC_MOVE -> guestEvent(s.guest(), TraceEvent.GuestUp.class, new OperatorCommand.StaticMove(s.guest(), s.member()),
                    refused, ended);
            case SHUTDOWN -> {
                command(new OperatorCommand.Shutdown(s.member()), refused);
                whenMember(s.member(), MemberState.DOWN, ended);
            }
            case IPL -> {
                command(new OperatorCommand.Ipl(s.member(), s.serviceLevel()), refused);
                whenMember(s.member(), MemberState.JOINED, ended);
            }
            case ABEND -> immediate(new OperatorCommand.Abend(s.member()), refused, ended);
            case STOP -> immediate(new OperatorCommand.Stop(s.member()), refused, ended);
            case DECLARE_DOWN -> immediate(new OperatorCommand.DeclareDown(s.member()), refused, ended);
            case LINK_DOWN -> immediate(new OperatorCommand.LinkDown(s.member(), s.otherMember()), refused, ended);
            case LINK_UP -> immediate(new OperatorCommand.LinkUp(s.member(), s.otherMember()), refused, ended);
            case SEVER_MIRRORING -> live.after(live.parameters().get(SimParameters.SEVER_MIRRORING_SECONDS), () -> {
                step("sever mirroring", "DASD", "mirroring severed");
                ended.run();
            });
            case REPLACE_CEC -> {
                for (String m : s.members().isEmpty() ? java.util.List.of(s.member()) : s.members()) {
                    command(new OperatorCommand.ReplaceMachine(m, s.machine(), s.facilities()), refused);
                }
                live.soon(ended);
            }
        }
    }

    private void immediate(OperatorCommand c, Consumer<String> refused, Runnable ended) {
        command(c, refused);
        live.after(0, () -> live.soon(ended)); // after the command has run (refused or not)
    }

    private void guestEvent(String guest, Class<? extends TraceEvent> until, OperatorCommand c, Consumer<String> refused, Runnable ended) {
        Consumer<TraceEvent>[] self = new Consumer[1];
        self[0] = e -> {
            if (until.isInstance(e)) {
                unwatchGuest(guest, self[0]);
                live.soon(ended);
            }
        };
        watchGuest(guest, self[0]);
        command(c, why -> {
            unwatchGuest(guest, self[0]);
            refused.accept(why);
        });
    }

    private static String subject(ScenarioSpec.Step s) {
        return s.guest() != null ? s.guest() : s.member() != null ? s.member() : "";
    }

    private static String describe(ScenarioSpec.Step s) {
        return switch (s.action()) {
            case RELOCATE -> "VMRELOCATE MOVE " + s.guest() + " TO " + s.member();
            case LOGOFF -> "LOGOFF " + s.guest();
            case LOGON -> "XAUTOLOG " + s.guest() + " AT " + s.member();
            case STATIC_MOVE -> "move " + s.guest() + " to " + s.member() + " by logoff/logon";
            case IPL -> "IPL " + s.member() + (s.serviceLevel() == null ? "" : " at CP " + s.serviceLevel());
            case LINK_DOWN, LINK_UP -> s.action() + " " + s.member() + "-" + s.otherMember();
            case REPLACE_CEC -> "replace the CEC of " + (s.members().isEmpty() ? s.member() : String.join(", ", s.members())) + " by a " + s.machine();
            default -> s.action() + " " + (s.member() == null ? "" : s.member());
        };
    }

}
