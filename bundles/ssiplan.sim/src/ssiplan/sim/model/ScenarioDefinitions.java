package ssiplan.sim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import ssiplan.model.Cec;
import ssiplan.model.DisasterRecovery;
import ssiplan.model.Installation;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.MaintenanceRollout;
import ssiplan.model.Member;
import ssiplan.model.MemberFailure;
import ssiplan.model.OperatorScript;
import ssiplan.model.OperatorStep;
import ssiplan.model.ProcessorMigration;
import ssiplan.model.Rebalance;
import ssiplan.model.Scenario;
import ssiplan.model.SsiCluster;
import ssiplan.model.UtilityLparMaintenance;
import ssiplan.model.derived.Architecture;
import ssiplan.model.derived.Facility;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.plan.PlannerOptions;
import ssiplan.sim.scenario.ScenarioDefaults;
import ssiplan.sim.scenario.ScenarioOptions;
import ssiplan.sim.scenario.ScenarioParameterException;
import ssiplan.sim.scenario.ScenarioSpec;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;

/**
 * The model's saved scenarios as the runtime takes them. Only reads the model. What a scenario
 * leaves empty gets the same defaults as a KIND given on the command line
 * ({@link ScenarioDefaults}); a value that does not fit is reported naming the scenario and the
 * model feature.
 */
public final class ScenarioDefinitions {

    private ScenarioDefinitions() {
    }

    /** Which members sit on which CEC, and what a machine type offers (the facility names the adapter uses). */
    public static ScenarioDefaults.Context context(Installation installation, SsiCluster cluster) {
        Map<String, List<String>> cecMembers = new LinkedHashMap<>();
        if (installation != null) {
            for (Cec cec : installation.getCecs()) {
                List<String> members = new ArrayList<>();
                for (Lpar l : cec.getLpars()) {
                    Member m = l.getMember();
                    if (m != null && cluster.getMembers().contains(m)) {
                        members.add(m.getName());
                    }
                }
                if (!members.isEmpty()) {
                    cecMembers.put(cec.getName(), members);
                }
            }
        }
        return new ScenarioDefaults.Context(cecMembers, ScenarioDefinitions::facilities);
    }

    /** Facility names of a machine type given by its literal ("z17", "z15 T02"); null when unknown. */
    public static SortedSet<String> facilities(String machineLiteral) {
        MachineType t = MachineType.get(machineLiteral);
        if (t == null) {
            return null;
        }
        SortedSet<String> out = new TreeSet<>();
        for (Facility f : Architecture.of(t).facilities()) {
            out.add(f.name());
        }
        return out;
    }

    /** Planner options the installation implies: its memory over-commit limit from the planning settings. */
    public static PlannerOptions plannerDefaults(InstallationSnapshot snapshot) {
        PlannerOptions d = PlannerOptions.defaults();
        Double mem = snapshot.parameterOverrides().get(SimParameters.MEMORY_OVERCOMMIT_LIMIT.name());
        Double cpu = snapshot.parameterOverrides().get(SimParameters.CPU_LIMIT.name());
        return d.withLimits(mem == null ? d.memoryOvercommitLimit() : mem, cpu == null ? d.cpuLimit() : cpu);
    }

    /** The cluster a scenario acts on: its own, else the installation's only one. */
    public static SsiCluster cluster(Scenario s, Installation installation) {
        return s.getCluster() != null ? s.getCluster() : ModelSnapshots.onlyCluster(installation);
    }

    /** The scenario named {@code name} (case-insensitive), or null. */
    public static Scenario find(Installation installation, String name) {
        for (Scenario s : installation.getScenarios()) {
            if (s.getName() != null && s.getName().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The runtime form of {@code s} on {@code snapshot} (its cluster), with {@code base} options
     * (seed, comparison, CLI overrides) under the scenario's own choices.
     */
    public static ScenarioSpec of(Scenario s, Installation installation, InstallationSnapshot snapshot, ScenarioOptions base) {
        String name = s.getName() == null ? "scenario" : s.getName();
        PlannerOptions p = base.planner();
        if (s.getConcurrentRelocations() < 0) {
            throw new ScenarioParameterException("scenario " + name + " concurrentRelocations", "must be >= 0 (0 = planner decides)");
        }
        if (s.getConcurrentRelocations() > 0) {
            p = p.withConcurrency(s.getConcurrentRelocations());
        }
        Double maxQ = s.isSetMaxQuiesceSeconds() ? Double.valueOf(s.getMaxQuiesceSeconds()) : p.maxQuiesceSeconds();
        Double maxT = s.isSetMaxTotalSeconds() ? Double.valueOf(s.getMaxTotalSeconds()) : p.maxTotalSeconds();
        check(name, "maxQuiesceSeconds", maxQ);
        check(name, "maxTotalSeconds", maxT);
        p = p.withRelocationLimits(maxQ, maxT, s.isImmediate() || p.immediate());
        try {
            p = p.withLimits(s.isSetMemoryOvercommitLimit() ? s.getMemoryOvercommitLimit() : p.memoryOvercommitLimit(),
                    s.isSetCpuOvercommitLimit() ? s.getCpuOvercommitLimit() : p.cpuLimit());
        } catch (IllegalArgumentException e) {
            throw new ScenarioParameterException("scenario " + name + " memoryOvercommitLimit/cpuOvercommitLimit", e.getMessage());
        }
        ScenarioOptions o = base.withPlanner(p);
        if (s.isSetIplSeconds()) {
            o = o.withParameter(SimParameters.IPL_SECONDS.name(), s.getIplSeconds());
        }
        ScenarioDefaults.Context ctx = context(installation, cluster(s, installation));
        Map<String, String> m = new LinkedHashMap<>();
        String kind;
        switch (s) {
            case MaintenanceRollout r -> {
                kind = "maintenance";
                if (!r.getMemberOrder().isEmpty()) {
                    m.put("--member-order", names(r.getMemberOrder()));
                }
                put(m, "--service-level", r.getTargetServiceLevel());
                m.put("--move-back", Boolean.toString(r.isMoveGuestsBack()));
            }
            case UtilityLparMaintenance u -> {
                kind = "utility-lpar";
                put(m, "--member", u.getProductionMember() == null ? null : u.getProductionMember().getName());
                put(m, "--utility-member", u.getUtilityMember() == null ? null : u.getUtilityMember().getName());
                put(m, "--service-level", u.getTargetServiceLevel());
                m.put("--release", Boolean.toString(u.isReleaseUtilityLpar()));
            }
            case ProcessorMigration pm -> {
                kind = "processor-migration";
                if (pm.getReplacedCec() == null) {
                    throw new ScenarioParameterException("scenario " + name + " replacedCec", "name the CEC being replaced");
                }
                m.put("--cec", pm.getReplacedCec().getName());
                m.put("--machine", pm.getNewMachineType().getLiteral());
                m.put("--move-back", Boolean.toString(pm.isMoveGuestsBack()));
            }
            case DisasterRecovery d -> {
                kind = "dr";
                if (!d.getFailedMembers().isEmpty()) {
                    m.put("--failed", names(d.getFailedMembers()));
                }
                if (!d.getStandbyMembers().isEmpty()) {
                    m.put("--standby", names(d.getStandbyMembers()));
                }
                m.put("--sever-seconds", Double.toString(d.getSeverMirroringSeconds()));
                m.put("--declare-down-seconds", Double.toString(d.getDeclareDownSeconds()));
            }
            case MemberFailure f -> {
                kind = "member-failure";
                put(m, "--member", f.getFailedMember() == null ? null : f.getFailedMember().getName());
                m.put("--failure", f.getFailure().getName());
                m.put("--declare-down-seconds", Double.toString(f.getDeclareDownSeconds()));
                m.put("--restart", Boolean.toString(f.isRestartGuests()));
            }
            case Rebalance rb -> {
                kind = "rebalance";
                if (!rb.getMembers().isEmpty()) {
                    m.put("--members", names(rb.getMembers()));
                }
                m.put("--tolerance", Double.toString(rb.getTolerancePercent()));
            }
            case OperatorScript sc -> {
                return new ScenarioSpec.Script(name, o, steps(sc, ctx));
            }
            default -> throw new ScenarioParameterException("scenario " + name, "is of a kind this version cannot run (" + s.eClass().getName() + ")");
        }
        try {
            ScenarioSpec spec = ScenarioDefaults.of(kind, snapshot, m, o, ctx);
            return rename(spec, name);
        } catch (ScenarioParameterException e) {
            throw new ScenarioParameterException("scenario " + name + " " + feature(e.parameter()), e.getMessage().substring(e.parameter().length() + 2));
        }
    }

    private static ScenarioSpec rename(ScenarioSpec spec, String name) {
        return switch (spec) {
            case ScenarioSpec.MaintenanceRollout r -> new ScenarioSpec.MaintenanceRollout(name, r.options(), r.memberOrder(), r.targetLevel(), r.moveGuestsBack());
            case ScenarioSpec.UtilityLpar u -> new ScenarioSpec.UtilityLpar(name, u.options(), u.productionMember(), u.utilityMember(), u.targetLevel(), u.releaseUtility());
            case ScenarioSpec.ProcessorMigration p -> new ScenarioSpec.ProcessorMigration(name, p.options(), p.replacements(), p.moveGuestsBack());
            case ScenarioSpec.DisasterRecovery d -> new ScenarioSpec.DisasterRecovery(name, d.options(), d.failedMembers(), d.standbyMembers(),
                    d.severMirroringSeconds(), d.declareDownSeconds());
            case ScenarioSpec.MemberFailure f -> new ScenarioSpec.MemberFailure(name, f.options(), f.member(), f.failure(), f.declareDownSeconds(), f.restartGuests());
            case ScenarioSpec.Rebalance r -> new ScenarioSpec.Rebalance(name, r.options(), r.members(), r.tolerancePercent());
            case ScenarioSpec.Script s -> new ScenarioSpec.Script(name, s.options(), s.steps());
        };
    }

    /** The model feature behind a CLI option name, for messages about saved scenarios. */
    private static String feature(String cliName) {
        return switch (cliName) {
            case "--member-order" -> "memberOrder";
            case "--service-level" -> "targetServiceLevel";
            case "--member" -> "productionMember/failedMember";
            case "--utility-member" -> "utilityMember";
            case "--cec" -> "replacedCec";
            case "--machine" -> "newMachineType";
            case "--failed" -> "failedMembers";
            case "--standby" -> "standbyMembers";
            case "--sever-seconds" -> "severMirroringSeconds";
            case "--declare-down-seconds" -> "declareDownSeconds";
            case "--members" -> "members";
            case "--tolerance" -> "tolerancePercent";
            default -> cliName;
        };
    }

    private static List<ScenarioSpec.Step> steps(OperatorScript sc, ScenarioDefaults.Context ctx) {
        List<ScenarioSpec.Step> out = new ArrayList<>();
        int i = 0;
        for (OperatorStep st : sc.getSteps()) {
            i++;
            ServiceLevel level = null;
            if (st.getServiceLevel() != null && !st.getServiceLevel().isBlank()) {
                try {
                    level = ServiceLevel.parse(st.getServiceLevel());
                } catch (IllegalArgumentException e) {
                    throw new ScenarioParameterException("scenario " + sc.getName() + " step " + i + " serviceLevel", e.getMessage());
                }
            }
            List<String> cecMembers = List.of();
            if (st.getCec() != null) {
                cecMembers = ctx.cecMembers().getOrDefault(st.getCec().getName(), List.of());
            }
            String machine = st.getMachineType() == null ? null : st.getMachineType().getLiteral();
            SortedSet<String> facilities = machine == null ? null : facilities(machine);
            ScenarioSpec.Action action = ScenarioSpec.Action.valueOf(st.getAction().getName());
            out.add(new ScenarioSpec.Step(action, st.getAtSeconds(), st.isWaitForPrevious(),
                    st.getGuest() == null ? null : st.getGuest().getUserid().toUpperCase(Locale.ROOT),
                    st.getMember() == null ? null : st.getMember().getName(), st.getOtherMember() == null ? null : st.getOtherMember().getName(),
                    level, cecMembers, machine, facilities));
        }
        return out;
    }

    private static void check(String name, String feature, Double v) {
        if (v != null && !(v >= 1)) {
            throw new ScenarioParameterException("scenario " + name + " " + feature, "must be at least 1 second, was " + v);
        }
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    private static String names(List<Member> members) {
        List<String> out = new ArrayList<>();
        for (Member m : members) {
            out.add(m.getName());
        }
        return String.join(",", out);
    }
}
