package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ssiplan.sim.RunControl;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.plan.EvacuationPlan;
import ssiplan.sim.plan.Strategy;
import ssiplan.sim.snapshot.InitialMemberState;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;

/**
 * Runs a scenario on a snapshot: checks its parameters (naming the bad one), builds a fresh
 * simulation, lets the scenario's process drive it, reads the trace into a {@link ScenarioResult}.
 * With {@code compareStrategies} the scenario runs once more with the other strategy. The
 * snapshot is immutable and the model is never seen here, so nothing the user owns changes.
 */
public final class ScenarioRunner {

    /** A scenario that has not ended after this much simulated time has stalled (a week). */
    public static final double TIME_LIMIT_SECONDS = 7 * 24 * 3600;

    private ScenarioRunner() {
    }

    public static ScenarioResult run(InstallationSnapshot snapshot, ScenarioSpec spec) {
        validate(snapshot, spec);
        List<ScenarioResult.StrategyRun> strategies = new ArrayList<>();
        if (spec.options().compareStrategies() && evacuates(spec)) {
            for (Strategy s : Strategy.values()) {
                if (s != spec.options().planner().strategy()) {
                    ScenarioSpec other = spec.withOptions(spec.options().withPlanner(spec.options().planner().withStrategy(s))
                            .withCompareStrategies(false));
                    ScenarioResult r = once(snapshot, other, List.of());
                    strategies.add(run(r));
                }
            }
        }
        ScenarioResult main = once(snapshot, spec, List.of());
        if (strategies.isEmpty()) {
            return main;
        }
        List<ScenarioResult.StrategyRun> all = new ArrayList<>();
        all.add(run(main));
        all.addAll(strategies);
        all.sort((a, b) -> a.strategy().compareTo(b.strategy()));
        return new ScenarioResult(main.name(), main.kind(), main.ssi(), main.strategy(), main.windowSeconds(), main.finished(),
                main.plans(), main.moves(), main.memberOutages(), main.guests(), main.headroom(), main.minimumHeadroom(),
                main.findings(), main.recoveries(), main.reIpl(), main.safeModeChecks(), main.notes(), all, main.trace());
    }

    private static boolean evacuates(ScenarioSpec s) {
        return s instanceof ScenarioSpec.MaintenanceRollout || s instanceof ScenarioSpec.UtilityLpar
                || s instanceof ScenarioSpec.ProcessorMigration || s instanceof ScenarioSpec.Rebalance;
    }

    private static ScenarioResult.StrategyRun run(ScenarioResult r) {
        double predicted = 0;
        for (EvacuationPlan p : r.plans()) {
            predicted += p.predictedSeconds();
        }
        ScenarioResult.GuestImpact w = r.worstQuiesce();
        return new ScenarioResult.StrategyRun(r.strategy(), r.windowSeconds(), predicted, w == null ? 0 : w.worstQuiesceSeconds(),
                r.violations().size());
    }

    private static ScenarioResult once(InstallationSnapshot snapshot, ScenarioSpec spec, List<ScenarioResult.StrategyRun> none) {
        Map<String, Double> p = new TreeMap<>();
        // the runtime's over-commit violations use the same limits the planner placed guests by
        p.put(SimParameters.MEMORY_OVERCOMMIT_LIMIT.name(), spec.options().planner().memoryOvercommitLimit());
        p.put(SimParameters.CPU_LIMIT.name(), spec.options().planner().cpuLimit());
        p.putAll(spec.options().parameters());
        Simulation sim;
        try {
            sim = Simulation.builder(snapshot).parameters(p).seed(spec.options().seed()).build();
        } catch (IllegalArgumentException e) {
            throw new ScenarioParameterException("--param", e.getMessage());
        }
        ScenarioProcess process = process(spec);
        sim.driver(process);
        SimulationResult r = sim.run(RunControl.until(TIME_LIMIT_SECONDS));
        return ResultBuilder.build(spec, snapshot, sim.parameters(), r, process, none);
    }

    private static ScenarioProcess process(ScenarioSpec spec) {
        return switch (spec) {
            case ScenarioSpec.MaintenanceRollout m -> new RolloutProcess(m);
            case ScenarioSpec.UtilityLpar u -> new UtilityLparProcess(u);
            case ScenarioSpec.ProcessorMigration m -> new ProcessorMigrationProcess(m);
            case ScenarioSpec.DisasterRecovery d -> new DisasterRecoveryProcess(d);
            case ScenarioSpec.MemberFailure f -> new MemberFailureProcess(f);
            case ScenarioSpec.Rebalance r -> new RebalanceProcess(r);
            case ScenarioSpec.Script s -> new ScriptProcess(s);
        };
    }

    // ---- parameter checks ---------------------------------------------------------------

    /** Throws {@link ScenarioParameterException} naming the first parameter that does not fit the installation. */
    public static void validate(InstallationSnapshot s, ScenarioSpec spec) {
        switch (spec) {
            case ScenarioSpec.MaintenanceRollout m -> {
                if (m.memberOrder().isEmpty()) {
                    throw new ScenarioParameterException("--member-order", "no member to service");
                }
                Set<String> seen = new HashSet<>();
                for (String name : m.memberOrder()) {
                    MemberSnapshot ms = member(s, "--member-order", name);
                    if (!seen.add(name)) {
                        throw new ScenarioParameterException("--member-order", name + " is listed twice");
                    }
                    if (ms.initialState() != InitialMemberState.JOINED) {
                        throw new ScenarioParameterException("--member-order", name + " is down at the start; only running members are serviced");
                    }
                }
                if (m.targetLevel() != null) {
                    for (MemberSnapshot ms : s.members()) {
                        if (m.memberOrder().contains(ms.name()) && m.targetLevel().compareTo(ms.serviceLevel()) < 0) {
                            throw new ScenarioParameterException("--service-level", "CP " + m.targetLevel() + " is lower than "
                                    + ms.name() + "'s " + ms.serviceLevel() + "; a rollout applies service, it does not back it out");
                        }
                    }
                }
            }
            case ScenarioSpec.UtilityLpar u -> {
                MemberSnapshot prod = member(s, "--member", u.productionMember());
                member(s, "--utility-member", u.utilityMember());
                if (u.productionMember().equals(u.utilityMember())) {
                    throw new ScenarioParameterException("--utility-member", "must differ from the production member " + u.productionMember());
                }
                if (prod.initialState() != InitialMemberState.JOINED) {
                    throw new ScenarioParameterException("--member", u.productionMember() + " is down at the start");
                }
            }
            case ScenarioSpec.ProcessorMigration m -> {
                if (m.replacements().isEmpty()) {
                    throw new ScenarioParameterException("--cec", "no CEC to replace");
                }
                for (ScenarioSpec.CecReplacement r : m.replacements()) {
                    if (r.members().isEmpty()) {
                        throw new ScenarioParameterException("--cec", "CEC " + r.cec() + " has no SSI members to move");
                    }
                    for (String name : r.members()) {
                        member(s, "--cec", name);
                    }
                    if (r.newMachine() == null || r.newMachine().isBlank()) {
                        throw new ScenarioParameterException("--machine", "name the new machine type");
                    }
                }
            }
            case ScenarioSpec.DisasterRecovery d -> {
                if (d.failedMembers().isEmpty()) {
                    throw new ScenarioParameterException("--failed", "no production member to lose");
                }
                if (d.standbyMembers().isEmpty()) {
                    throw new ScenarioParameterException("--standby", "no standby member to recover on");
                }
                for (String name : d.failedMembers()) {
                    if (member(s, "--failed", name).initialState() != InitialMemberState.JOINED) {
                        throw new ScenarioParameterException("--failed", name + " is already down at the start");
                    }
                }
                for (String name : d.standbyMembers()) {
                    if (member(s, "--standby", name).initialState() != InitialMemberState.DOWN) {
                        throw new ScenarioParameterException("--standby", name + " is up at the start; standby members are down until the disaster");
                    }
                    if (d.failedMembers().contains(name)) {
                        throw new ScenarioParameterException("--standby", name + " is also listed as failed");
                    }
                }
                nonNegative("--sever-seconds", d.severMirroringSeconds());
                nonNegative("--declare-down-seconds", d.declareDownSeconds());
            }
            case ScenarioSpec.MemberFailure f -> {
                if (member(s, "--member", f.member()).initialState() != InitialMemberState.JOINED) {
                    throw new ScenarioParameterException("--member", f.member() + " is down at the start");
                }
                nonNegative("--declare-down-seconds", f.declareDownSeconds());
            }
            case ScenarioSpec.Rebalance r -> {
                for (String name : r.members()) {
                    member(s, "--members", name);
                }
                if (!(r.tolerancePercent() > 0 && r.tolerancePercent() <= 100)) {
                    throw new ScenarioParameterException("--tolerance", "must be in (0, 100] percentage points, was " + r.tolerancePercent());
                }
            }
            case ScenarioSpec.Script sc -> {
                int i = 0;
                for (ScenarioSpec.Step st : sc.steps()) {
                    i++;
                    String where = "step " + i + " (" + st.action() + ")";
                    nonNegative(where + " atSeconds", st.atSeconds());
                    switch (st.action()) {
                        case RELOCATE, LOGON, STATIC_MOVE -> {
                            guest(s, where + " guest", st.guest());
                            member(s, where + " member", st.member());
                        }
                        case LOGOFF -> guest(s, where + " guest", st.guest());
                        case LINK_DOWN, LINK_UP -> {
                            member(s, where + " member", st.member());
                            member(s, where + " otherMember", st.otherMember());
                        }
                        case SEVER_MIRRORING -> { }
                        case REPLACE_CEC -> {
                            if (st.machine() == null || st.machine().isBlank()) {
                                throw new ScenarioParameterException(where + " machineType", "name the new machine type");
                            }
                            for (String m : st.members().isEmpty() ? List.of(String.valueOf(st.member())) : st.members()) {
                                member(s, where + " cec", m);
                            }
                        }
                        default -> member(s, where + " member", st.member());
                    }
                }
            }
        }
    }

    private static MemberSnapshot member(InstallationSnapshot s, String parameter, String name) {
        MemberSnapshot m = name == null ? null : s.member(name);
        if (m == null) {
            List<String> names = new ArrayList<>();
            s.members().forEach(x -> names.add(x.name()));
            throw new ScenarioParameterException(parameter, (name == null ? "no member given" : name + " is not a member of " + s.ssiName())
                    + " (members: " + String.join(", ", names) + ")");
        }
        return m;
    }

    private static void guest(InstallationSnapshot s, String parameter, String userid) {
        if (userid == null || s.guest(userid) == null) {
            throw new ScenarioParameterException(parameter, (userid == null ? "no guest given" : "no user " + userid + " in the directory"));
        }
    }

    private static void nonNegative(String parameter, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ScenarioParameterException(parameter, "must be a number of seconds >= 0, was " + v);
        }
    }
}
