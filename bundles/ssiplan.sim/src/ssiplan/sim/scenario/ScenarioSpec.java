package ssiplan.sim.scenario;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import ssiplan.sim.snapshot.ServiceLevel;

/**
 * A what-if as the runtime takes it: one of the scenario kinds with its operator choices, in
 * members' and guests' names. Built from the model's Scenario objects or from CLI options.
 */
public sealed interface ScenarioSpec {

    String name();

    ScenarioOptions options();

    /** The kind's CLI word: maintenance, utility-lpar, processor-migration, dr, member-failure, rebalance, script. */
    String kind();

    ScenarioSpec withOptions(ScenarioOptions o);

    /** Per member in order: evacuate, SHUTDOWN, IPL at {@code targetLevel}, rejoin, optionally move guests back. */
    record MaintenanceRollout(String name, ScenarioOptions options, List<String> memberOrder, ServiceLevel targetLevel,
            boolean moveGuestsBack) implements ScenarioSpec {
        public MaintenanceRollout {
            memberOrder = List.copyOf(memberOrder);
        }

        public String kind() {
            return "maintenance";
        }

        public ScenarioSpec withOptions(ScenarioOptions o) {
            return new MaintenanceRollout(name, o, memberOrder, targetLevel, moveGuestsBack);
        }
    }

    /** IPL the utility member, move the production member's work there, service it, move back, release. */
    record UtilityLpar(String name, ScenarioOptions options, String productionMember, String utilityMember,
            ServiceLevel targetLevel, boolean releaseUtility) implements ScenarioSpec {
        public String kind() {
            return "utility-lpar";
        }

        public ScenarioSpec withOptions(ScenarioOptions o) {
            return new UtilityLpar(name, o, productionMember, utilityMember, targetLevel, releaseUtility);
        }
    }

    /** One CEC replaced: its members and what the new machine is and offers. */
    record CecReplacement(String cec, List<String> members, String newMachine, SortedSet<String> newFacilities) {
        public CecReplacement {
            members = List.copyOf(members);
            newFacilities = new TreeSet<>(newFacilities);
        }
    }

    /** CECs replaced one after the other: evacuate its members, down, replace, IPL, (move back). */
    record ProcessorMigration(String name, ScenarioOptions options, List<CecReplacement> replacements,
            boolean moveGuestsBack) implements ScenarioSpec {
        public ProcessorMigration {
            replacements = List.copyOf(replacements);
        }

        public String kind() {
            return "processor-migration";
        }

        public ScenarioSpec withOptions(ScenarioOptions o) {
            return new ProcessorMigration(name, o, replacements, moveGuestsBack);
        }
    }

    /** Production stops without warning; sever mirroring, declare down, IPL standby, log guests on by criticality. */
    record DisasterRecovery(String name, ScenarioOptions options, List<String> failedMembers, List<String> standbyMembers,
            double severMirroringSeconds, double declareDownSeconds) implements ScenarioSpec {
        public DisasterRecovery {
            failedMembers = List.copyOf(failedMembers);
            standbyMembers = List.copyOf(standbyMembers);
        }

        public String kind() {
            return "dr";
        }

        public ScenarioSpec withOptions(ScenarioOptions o) {
            return new DisasterRecovery(name, o, failedMembers, standbyMembers, severMirroringSeconds, declareDownSeconds);
        }
    }

    /** How a member is lost. */
    enum FailureKind { ABEND, STOP, ISFC_LOSS }

    /** A member fails; SAFE mode where it applies; the operator declares it down; guests restart elsewhere. */
    record MemberFailure(String name, ScenarioOptions options, String member, FailureKind failure, double declareDownSeconds,
            boolean restartGuests) implements ScenarioSpec {
        public String kind() {
            return "member-failure";
        }

        public ScenarioSpec withOptions(ScenarioOptions o) {
            return new MemberFailure(name, o, member, failure, declareDownSeconds, restartGuests);
        }
    }

    /** Even out memory and CPU use over {@code members} (empty: all joined) with the fewest moves. */
    record Rebalance(String name, ScenarioOptions options, List<String> members, double tolerancePercent) implements ScenarioSpec {
        public Rebalance {
            members = List.copyOf(members);
        }

        public String kind() {
            return "rebalance";
        }

        public ScenarioSpec withOptions(ScenarioOptions o) {
            return new Rebalance(name, o, members, tolerancePercent);
        }
    }

    /** Operator actions of a script. */
    enum Action { RELOCATE, LOGOFF, LOGON, STATIC_MOVE, SHUTDOWN, IPL, ABEND, STOP, DECLARE_DOWN, LINK_DOWN, LINK_UP,
        SEVER_MIRRORING, REPLACE_CEC }

    /**
     * One scripted step. With {@code waitForPrevious} it starts {@code atSeconds} after the previous
     * step ended (relocation done, member joined or down, guest up or down); otherwise at that time.
     * REPLACE_CEC acts on {@code members} (the CEC's members).
     */
    record Step(Action action, double atSeconds, boolean waitForPrevious, String guest, String member, String otherMember,
            ServiceLevel serviceLevel, List<String> members, String machine, SortedSet<String> facilities) {
        public Step {
            members = members == null ? List.of() : List.copyOf(members);
            facilities = facilities == null ? new TreeSet<>() : new TreeSet<>(facilities);
        }
    }

    record Script(String name, ScenarioOptions options, List<Step> steps) implements ScenarioSpec {
        public Script {
            steps = List.copyOf(steps);
        }

        public String kind() {
            return "script";
        }

        public ScenarioSpec withOptions(ScenarioOptions o) {
            return new Script(name, o, steps);
        }
    }
}
