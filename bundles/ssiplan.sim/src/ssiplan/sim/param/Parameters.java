package ssiplan.sim.param;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parameter values in force for one run: the catalogue defaults with an installation's
 * overrides laid over them. Immutable; unknown names and out-of-range values are rejected so a
 * typo in a calibration file cannot silently fall back to a default.
 */
public final class Parameters {

    private static final Parameters DEFAULTS = new Parameters(new TreeMap<>());

    private final SortedMap<String, Double> overrides;
    private final double[] values;
    private final ParameterDef[] defs;

    private Parameters(SortedMap<String, Double> overrides) {
        this.overrides = Collections.unmodifiableSortedMap(overrides);
        this.defs = SimParameters.all().toArray(ParameterDef[]::new);
        this.values = new double[defs.length];
        for (int i = 0; i < defs.length; i++) {
            Double o = overrides.get(defs[i].name());
            values[i] = o != null ? o : defs[i].defaultValue();
        }
    }

    public static Parameters defaults() {
        return DEFAULTS;
    }

    /** Defaults overridden by {@code byName}; throws IllegalArgumentException naming the bad entry. */
    public static Parameters of(Map<String, ? extends Number> byName) {
        return DEFAULTS.with(byName);
    }

    /** These values with further overrides on top. */
    public Parameters with(Map<String, ? extends Number> byName) {
        SortedMap<String, Double> merged = new TreeMap<>(overrides);
        for (Map.Entry<String, ? extends Number> e : new TreeMap<>(byName).entrySet()) {
            ParameterDef def = SimParameters.byName(e.getKey());
            if (def == null) {
                throw new IllegalArgumentException("unknown simulation parameter '" + e.getKey() + "'");
            }
            double v = e.getValue().doubleValue();
            if (!def.accepts(v)) {
                throw new IllegalArgumentException("parameter '" + def.name() + "' = " + v + " is outside ["
                        + def.min() + ", " + def.max() + "] " + def.unit());
            }
            merged.put(def.name(), v);
        }
        return new Parameters(merged);
    }

    public Parameters with(String name, double value) {
        return with(Map.of(name, value));
    }

    public double get(ParameterDef def) {
        for (int i = 0; i < defs.length; i++) {
            if (defs[i] == def) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("not a catalogue parameter: " + def.name());
    }

    /** Seconds parameter as nanoseconds; infinity (NOLIMIT) becomes {@link Long#MAX_VALUE}. */
    public long nanos(ParameterDef def) {
        double s = get(def);
        return Double.isInfinite(s) ? Long.MAX_VALUE : Math.round(s * 1e9);
    }

    /** Only the values that differ from the catalogue, sorted by name. */
    public SortedMap<String, Double> overrides() {
        return overrides;
    }

    /** Every value in force, sorted by name. */
    public SortedMap<String, Double> asMap() {
        SortedMap<String, Double> m = new TreeMap<>();
        for (int i = 0; i < defs.length; i++) {
            m.put(defs[i].name(), values[i]);
        }
        return Collections.unmodifiableSortedMap(m);
    }
}
