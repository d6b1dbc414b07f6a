package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import ssiplan.sim.snapshot.InitialMemberState;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;

/**
 * A scenario of a kind with the operator's choices taken from named parameters (the CLI's
 * options) and everything not given derived from the installation:
 * <ul>
 * <li>maintenance: every joined member in slot order, service level one above the highest, move back;</li>
 * <li>utility-lpar: the first joined member, serviced through the first member that is down;</li>
 * <li>processor-migration: every CEC in turn (members grouped by CEC, else by machine), replaced by the
 * generation after the newest;</li>
 * <li>dr: the joined members fail, the down ones are the standby;</li>
 * <li>member-failure: the joined member with the most guests stops;</li>
 * <li>rebalance: every joined member, 10 points tolerance.</li>
 * </ul>
 */
public final class ScenarioDefaults {

    public static final List<String> KINDS = List.of("maintenance", "utility-lpar", "processor-migration", "dr", "member-failure",
            "rebalance");

    /** Processor generations in order, for "the machine after the newest". */
    private static final List<String> GENERATIONS = List.of("z10", "z196", "zEC12", "z13", "z14", "z15", "z16", "z17");

    /**
     * What the caller knows beyond the snapshot: which members sit on which CEC, and what a machine
     * type offers (null: use the fallbacks documented on {@link #of}).
     */
    public record Context(Map<String, List<String>> cecMembers, Function<String, SortedSet<String>> facilitiesOf) {
        public static final Context NONE = new Context(Map.of(), null);
    }

    private ScenarioDefaults() {
    }

    /**
     * The scenario of {@code kind}. {@code p} holds the kind's options by CLI name (e.g.
     * "--member-order" = "SYSB,SYSA"); an unknown option or a bad value throws
     * {@link ScenarioParameterException} naming it.
     */
    public static ScenarioSpec of(String kind, InstallationSnapshot s, Map<String, String> p, ScenarioOptions o, Context ctx) {
        Map<String, String> left = new LinkedHashMap<>(p);
        ScenarioSpec spec = switch (kind) {
            case "maintenance" -> new ScenarioSpec.MaintenanceRollout(kind, o,
                    members(s, left.remove("--member-order"), "--member-order", joined(s)),
                    level(left.remove("--service-level"), s), bool(left.remove("--move-back"), "--move-back", true));
            case "utility-lpar" -> new ScenarioSpec.UtilityLpar(kind, o,
                    or(left.remove("--member"), first(joined(s), "--member", "no joined member to service")),
                    or(left.remove("--utility-member"), first(down(s), "--utility-member", "no member is down to serve as the utility member")),
                    level(left.remove("--service-level"), s), bool(left.remove("--release"), "--release", true));
            case "processor-migration" -> migration(kind, s, o, ctx, left);
            case "dr" -> new ScenarioSpec.DisasterRecovery(kind, o, members(s, left.remove("--failed"), "--failed", joined(s)),
                    members(s, left.remove("--standby"), "--standby", down(s)),
                    seconds(left.remove("--sever-seconds"), "--sever-seconds", 300),
                    seconds(left.remove("--declare-down-seconds"), "--declare-down-seconds", 120));
            case "member-failure" -> new ScenarioSpec.MemberFailure(kind, o, or(left.remove("--member"), busiest(s)),
                    failure(left.remove("--failure")), seconds(left.remove("--declare-down-seconds"), "--declare-down-seconds", 120),
                    bool(left.remove("--restart"), "--restart", true));
            case "rebalance" -> new ScenarioSpec.Rebalance(kind, o, members(s, left.remove("--members"), "--members", List.of()),
                    seconds(left.remove("--tolerance"), "--tolerance", 10));
            default -> throw new ScenarioParameterException("--scenario", "'" + kind + "' is neither a scenario of the installation nor a kind ("
                    + String.join(", ", KINDS) + ")");
        };
        if (!left.isEmpty()) {
            String name = left.keySet().iterator().next();
            throw new ScenarioParameterException(name, "is not an option of the " + kind + " scenario");
        }
        return spec;
    }

    private static ScenarioSpec migration(String kind, InstallationSnapshot s, ScenarioOptions o, Context ctx, Map<String, String> left) {
        String cecOpt = left.remove("--cec");
        String machineOpt = left.remove("--machine");
        boolean back = bool(left.remove("--move-back"), "--move-back", true);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (ctx.cecMembers() != null && !ctx.cecMembers().isEmpty()) {
            ctx.cecMembers().forEach((cec, ms) -> {
                List<String> known = new ArrayList<>();
                for (String m : ms) {
                    if (s.member(m) != null) {
                        known.add(m);
                    }
                }
                if (!known.isEmpty()) {
                    groups.put(cec, known);
                }
            });
        } else {
            for (MemberSnapshot m : s.members()) {
                groups.computeIfAbsent(m.machine().isEmpty() ? "CEC" : m.machine(), k -> new ArrayList<>()).add(m.name());
            }
        }
        if (groups.size() == 1 && groups.values().iterator().next().size() > 1) {
            // one machine type for all: without CEC names, take the members as two CECs (first half, second half)
            List<String> all = groups.values().iterator().next();
            groups.clear();
            groups.put("CEC1", new ArrayList<>(all.subList(0, (all.size() + 1) / 2)));
            groups.put("CEC2", new ArrayList<>(all.subList((all.size() + 1) / 2, all.size())));
        }
        if (cecOpt != null) {
            Map<String, List<String>> chosen = new LinkedHashMap<>();
            for (String c : cecOpt.split(",")) {
                String cec = c.trim();
                if (!groups.containsKey(cec)) {
                    throw new ScenarioParameterException("--cec", cec + " is not a CEC with SSI members (CECs: "
                            + String.join(", ", groups.keySet()) + ")");
                }
                chosen.put(cec, groups.get(cec));
            }
            groups.clear();
            groups.putAll(chosen);
        }
        String newest = null;
        for (MemberSnapshot m : s.members()) {
            String generation = m.machine().split(" ")[0]; // "z15 T02" is a z15
            int i = GENERATIONS.indexOf(generation);
            if (i >= 0 && (newest == null || i > GENERATIONS.indexOf(newest))) {
                newest = generation;
            }
        }
        String machine = machineOpt != null ? machineOpt.trim()
                : newest == null ? "z17" : GENERATIONS.get(Math.min(GENERATIONS.size() - 1, GENERATIONS.indexOf(newest) + 1));
        List<ScenarioSpec.CecReplacement> reps = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            reps.add(new ScenarioSpec.CecReplacement(e.getKey(), e.getValue(), machine, facilities(s, machine, ctx)));
        }
        return new ScenarioSpec.ProcessorMigration(kind, o, reps, back);
    }

    /**
     * What the new machine offers: from the context when it knows the machine type; otherwise
     * every facility any member offers today plus one named after the new machine (a new
     * generation keeps its predecessors' facilities and adds its own).
     */
    static SortedSet<String> facilities(InstallationSnapshot s, String machine, Context ctx) {
        if (ctx.facilitiesOf() != null) {
            SortedSet<String> f = ctx.facilitiesOf().apply(machine);
            if (f != null) {
                return f;
            }
        }
        SortedSet<String> all = new TreeSet<>();
        for (MemberSnapshot m : s.members()) {
            all.addAll(m.facilities());
        }
        all.add(machine.toUpperCase(Locale.ROOT) + "-FACILITIES");
        return all;
    }

    private static List<String> joined(InstallationSnapshot s) {
        List<String> out = new ArrayList<>();
        s.members().stream().sorted((a, b) -> Integer.compare(a.slot(), b.slot()))
                .filter(m -> m.initialState() == InitialMemberState.JOINED).forEach(m -> out.add(m.name()));
        return out;
    }

    private static List<String> down(InstallationSnapshot s) {
        List<String> out = new ArrayList<>();
        s.members().stream().sorted((a, b) -> Integer.compare(a.slot(), b.slot()))
                .filter(m -> m.initialState() == InitialMemberState.DOWN).forEach(m -> out.add(m.name()));
        return out;
    }

    private static String busiest(InstallationSnapshot s) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String m : joined(s)) {
            count.put(m, 0);
        }
        s.guests().forEach(g -> {
            if (g.homeMember() != null && count.containsKey(g.homeMember())) {
                count.merge(g.homeMember(), 1, Integer::sum);
            }
        });
        return count.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElseThrow(() -> new ScenarioParameterException("--member", "no joined member to fail"));
    }

    private static String first(List<String> l, String parameter, String message) {
        if (l.isEmpty()) {
            throw new ScenarioParameterException(parameter, message + "; name one");
        }
        return l.get(0);
    }

    private static String or(String given, String dflt) {
        return given != null ? given.trim().toUpperCase(Locale.ROOT) : dflt;
    }

    private static List<String> members(InstallationSnapshot s, String given, String parameter, List<String> dflt) {
        if (given == null) {
            return dflt;
        }
        List<String> out = new ArrayList<>();
        for (String m : given.split(",")) {
            if (!m.isBlank()) {
                out.add(m.trim().toUpperCase(Locale.ROOT));
            }
        }
        if (out.isEmpty()) {
            throw new ScenarioParameterException(parameter, "name at least one member");
        }
        return out;
    }

    private static ServiceLevel level(String given, InstallationSnapshot s) {
        if (given != null) {
            try {
                return ServiceLevel.parse(given);
            } catch (IllegalArgumentException e) {
                throw new ScenarioParameterException("--service-level", "'" + given + "' is not a CP level like 7.3 or 7.3+2401 ("
                        + e.getMessage() + ")");
            }
        }
        ServiceLevel top = null;
        for (MemberSnapshot m : s.members()) {
            if (top == null || m.serviceLevel().compareTo(top) > 0) {
                top = m.serviceLevel();
            }
        }
        return top == null ? null : new ServiceLevel(top.release(), top.service() + 1);
    }

    private static boolean bool(String given, String parameter, boolean dflt) {
        if (given == null) {
            return dflt;
        }
        return switch (given.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new ScenarioParameterException(parameter, "'" + given + "' is not yes or no");
        };
    }

    static double seconds(String given, String parameter, double dflt) {
        if (given == null) {
            return dflt;
        }
        try {
            double v = Double.parseDouble(given.trim());
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ScenarioParameterException(parameter, "'" + given + "' is not a number >= 0");
        }
    }

    private static ScenarioSpec.FailureKind failure(String given) {
        if (given == null) {
            return ScenarioSpec.FailureKind.STOP;
        }
        try {
            return ScenarioSpec.FailureKind.valueOf(given.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ScenarioParameterException("--failure", "'" + given + "' is not one of " + Arrays.toString(new String[] {"abend", "stop", "isfc-loss"}));
        }
    }
}
