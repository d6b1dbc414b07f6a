package ssiplan.validation;

/**
 * How many members an SSI cluster may have at a release, and whether that number is confirmed by IBM
 * documentation [C] or only cited [U]. Exceeding a limit is an error; relying on an unconfirmed
 * allowance above the confirmed {@value #CONFIRMED_MAX_MEMBERS} is a warning.
 */
public record MemberLimit(int maxMembers, boolean confirmed) {

    /** SLOT 1-4 is documented up to 7.2 [C]. */
    public static final int CONFIRMED_MAX_MEMBERS = ssiplan.model.derived.ReleaseLimits.CONFIRMED_MAX_MEMBERS;

    public MemberLimit {
        if (maxMembers < 1) {
            throw new IllegalArgumentException("a cluster allows at least one member, not " + maxMembers);
        }
    }
}
