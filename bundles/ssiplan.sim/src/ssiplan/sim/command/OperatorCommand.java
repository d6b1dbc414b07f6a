package ssiplan.sim.command;

import java.util.Objects;
import java.util.Set;
import ssiplan.sim.lgr.Force;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.snapshot.ServiceLevel;

/**
 * What an operator (or a scenario acting for one) can do during a run. Plain data, so scenarios
 * and the CLI can build, store and show plans; {@link #text()} is the command as typed.
 */
public sealed interface OperatorCommand {

    String text();

    record Relocate(String guest, String to, RelocationOptions options) implements OperatorCommand {
        public Relocate {
            Objects.requireNonNull(guest);
            Objects.requireNonNull(to);
            options = options == null ? RelocationOptions.DEFAULTS : options;
        }

        public String text() {
            return "VMRELOCATE MOVE " + guest + " TO " + to + " " + options.operands();
        }
    }

    record RelocateTest(String guest, String to, Set<Force> force) implements OperatorCommand {
        public RelocateTest {
            force = force == null ? Set.of() : Set.copyOf(force);
        }

        public String text() {
            StringBuilder b = new StringBuilder("VMRELOCATE TEST " + guest + " TO " + to);
            for (Force f : Force.values()) {
                if (force.contains(f)) {
                    b.append(" FORCE ").append(f);
                }
            }
            return b.toString();
        }
    }

    record RelocateCancel(String guest) implements OperatorCommand {
        public String text() {
            return "VMRELOCATE CANCEL " + guest;
        }
    }

    /** Null leaves a limit unchanged; infinity is NOLIMIT. */
    record RelocateModify(String guest, Double maxTotalSeconds, Double maxQuiesceSeconds) implements OperatorCommand {
        public String text() {
            return "VMRELOCATE MODIFY " + guest + (maxTotalSeconds == null ? "" : " MAXTOTAL " + limit(maxTotalSeconds))
                    + (maxQuiesceSeconds == null ? "" : " MAXQUIESCE " + limit(maxQuiesceSeconds));
        }
    }

    record RelocateStatus(String guest) implements OperatorCommand {
        public String text() {
            return "VMRELOCATE STATUS " + guest + " DETAILS";
        }
    }

    record Logon(String guest, String member) implements OperatorCommand {
        public String text() {
            return "XAUTOLOG " + guest + " AT " + member;
        }
    }

    record Logoff(String guest) implements OperatorCommand {
        public String text() {
            return "SIGNAL SHUTDOWN " + guest + " (then LOGOFF)";
        }
    }

    /** Static mobility: shut down, log on at the destination. */
    record StaticMove(String guest, String to) implements OperatorCommand {
        public String text() {
            return "SIGNAL SHUTDOWN " + guest + "; XAUTOLOG " + guest + " AT " + to;
        }
    }

    record Shutdown(String member) implements OperatorCommand {
        public String text() {
            return "AT " + member + " CMD SHUTDOWN";
        }
    }

    /** IPL, at a new service level when {@code serviceLevel} is given. */
    record Ipl(String member, ServiceLevel serviceLevel) implements OperatorCommand {
        public String text() {
            return "IPL " + member + (serviceLevel == null ? "" : " (CP " + serviceLevel + ")");
        }
    }

    /** CP abends on the member; it marks itself down in the PDR. */
    record Abend(String member) implements OperatorCommand {
        public String text() {
            return "(failure) " + member + " abends";
        }
    }

    /** The member stops suddenly (LPAR deactivated, power lost) without telling anyone. */
    record Stop(String member) implements OperatorCommand {
        public String text() {
            return "(failure) " + member + " stops";
        }
    }

    /** The operator confirms a SUSPENDED/UNKNOWN member is really down. */
    record DeclareDown(String member) implements OperatorCommand {
        public String text() {
            return "(operator) declare " + member + " DOWN in the PDR";
        }
    }

    record LinkDown(String a, String b) implements OperatorCommand {
        public String text() {
            return "(failure) ISFC link " + a + "-" + b + " lost";
        }
    }

    record LinkUp(String a, String b) implements OperatorCommand {
        public String text() {
            return "ACTIVATE ISLINK (" + a + "-" + b + ")";
        }
    }

    /** The CEC under a down member is replaced by a machine offering {@code facilities}. */
    record ReplaceMachine(String member, String machine, java.util.SortedSet<String> facilities) implements OperatorCommand {
        public ReplaceMachine {
            facilities = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(facilities));
        }

        public String text() {
            return "(hardware) replace the CEC of " + member + " by a " + machine;
        }
    }

    private static String limit(double s) {
        return Double.isInfinite(s) ? "NOLIMIT" : ssiplan.sim.trace.TraceJson.formatParameter(s);
    }
}
