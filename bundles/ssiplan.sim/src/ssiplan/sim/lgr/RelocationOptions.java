package ssiplan.sim.lgr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;

/**
 * The operands of VMRELOCATE MOVE. Limits left null take the defaults: MAXQUIESCE and MAXTOTAL
 * from the parameters, except with IMMEDIATE, where both default to NOLIMIT [reference]. A limit
 * of {@link Double#POSITIVE_INFINITY} is NOLIMIT.
 */
public record RelocationOptions(boolean immediate, boolean synchronous, Double maxTotalSeconds,
        Double maxQuiesceSeconds, Set<Force> force) {

    public static final RelocationOptions DEFAULTS = new RelocationOptions(false, true, null, null, Set.of());

    public RelocationOptions {
        force = force.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(force));
        check(maxTotalSeconds, "MAXTOTAL");
        check(maxQuiesceSeconds, "MAXQUIESCE");
    }

    private static void check(Double s, String what) {
        if (s != null && !(s >= 1)) {
            throw new IllegalArgumentException(what + " must be at least 1 second or NOLIMIT, was " + s);
        }
    }

    public static RelocationOptions defaults() {
        return DEFAULTS;
    }

    public RelocationOptions withImmediate() {
        return new RelocationOptions(true, synchronous, maxTotalSeconds, maxQuiesceSeconds, force);
    }

    public RelocationOptions asynchronous() {
        return new RelocationOptions(immediate, false, maxTotalSeconds, maxQuiesceSeconds, force);
    }

    public RelocationOptions withSynchronous() {
        return new RelocationOptions(immediate, true, maxTotalSeconds, maxQuiesceSeconds, force);
    }

    public RelocationOptions maxTotal(double seconds) {
        return new RelocationOptions(immediate, synchronous, seconds, maxQuiesceSeconds, force);
    }

    public RelocationOptions maxQuiesce(double seconds) {
        return new RelocationOptions(immediate, synchronous, maxTotalSeconds, seconds, force);
    }

    public RelocationOptions force(Force... f) {
        EnumSet<Force> s = force.isEmpty() ? EnumSet.noneOf(Force.class) : EnumSet.copyOf(force);
        s.addAll(List.of(f));
        return new RelocationOptions(immediate, synchronous, maxTotalSeconds, maxQuiesceSeconds, s);
    }

    /** MAXTOTAL in force, seconds (infinite = NOLIMIT). */
    public double effectiveMaxTotal(Parameters p) {
        return maxTotalSeconds != null ? maxTotalSeconds
                : immediate ? Double.POSITIVE_INFINITY : p.get(SimParameters.MAX_TOTAL_SECONDS);
    }

    /** MAXQUIESCE in force, seconds (infinite = NOLIMIT). */
    public double effectiveMaxQuiesce(Parameters p) {
        return maxQuiesceSeconds != null ? maxQuiesceSeconds
                : immediate ? Double.POSITIVE_INFINITY : p.get(SimParameters.MAX_QUIESCE_SECONDS);
    }

    /** The force operands in a fixed order, for the trace. */
    public List<String> forceNames() {
        List<String> out = new ArrayList<>();
        for (Force f : Force.values()) {
            if (force.contains(f)) {
                out.add(f.name());
            }
        }
        return out;
    }

    /** The operands as typed after "VMRELOCATE MOVE user TO dest". */
    public String operands() {
        StringBuilder b = new StringBuilder(synchronous ? "SYNCHRONOUS" : "ASYNCHRONOUS");
        if (immediate) {
            b.append(" IMMEDIATE");
        }
        if (maxTotalSeconds != null) {
            b.append(" MAXTOTAL ").append(limit(maxTotalSeconds));
        }
        if (maxQuiesceSeconds != null) {
            b.append(" MAXQUIESCE ").append(limit(maxQuiesceSeconds));
        }
        for (String f : forceNames()) {
            b.append(" FORCE ").append(f);
        }
        return b.toString();
    }

    static String limit(double s) {
        return Double.isInfinite(s) ? "NOLIMIT" : ssiplan.sim.trace.TraceJson.formatParameter(s);
    }
}
