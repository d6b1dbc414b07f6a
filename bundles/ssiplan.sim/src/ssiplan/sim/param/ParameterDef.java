package ssiplan.sim.param;

import java.util.Objects;

/**
 * One named constant of the runtime: its default, its unit and why it has that value.
 * <p>
 * {@code status} follows the domain reference: {@code [C]} confirmed in a source, {@code [U]}
 * unconfirmed or chosen by us for want of a published figure. Planners calibrate the [U] ones.
 */
public record ParameterDef(String name, double defaultValue, String unit, double min, double max,
        String status, String rationale) {

    public ParameterDef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(status);
        Objects.requireNonNull(rationale);
        if (!(status.equals("[C]") || status.equals("[U]"))) {
            throw new IllegalArgumentException(name + ": status must be [C] or [U]");
        }
        if (!accepts(defaultValue, min, max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    /** Whether {@code value} is a legal setting (infinity is legal only when max is infinite: "no limit"). */
    public boolean accepts(double value) {
        return accepts(value, min, max);
    }

    private static boolean accepts(double value, double min, double max) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }
}
