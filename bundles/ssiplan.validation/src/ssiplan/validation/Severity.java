package ssiplan.validation;

/**
 * How bad a finding is. An ERROR makes {@code ssiplan validate} exit 1; rules resting on facts the
 * domain reference marks unconfirmed [U] report at most a WARNING.
 */
public enum Severity {
    /** The plan breaks a confirmed z/VM rule: CP would reject it, or SSI/LGR would not work. */
    ERROR,
    /** Probably wrong, or wrong by an unconfirmed [U] fact or a site-policy limit: check before going live. */
    WARNING,
    /** A recommendation; nothing breaks if it is ignored. */
    INFO;

    /** True when this severity is at least as severe as {@code other} (ERROR is the most severe). */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
