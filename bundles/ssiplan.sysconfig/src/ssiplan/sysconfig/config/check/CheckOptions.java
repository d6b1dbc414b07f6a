package ssiplan.sysconfig.config.check;

/**
 * Settings that depend on the z/VM release. The slot range of the SSI statement is documented as 1-4
 * up to 7.2; 8 members for 7.3 and later is unconfirmed (reference §8), so it is a setting.
 *
 * @param maxMembers highest SLOT number the SSI statement may use
 */
public record CheckOptions(int maxMembers) {

    public CheckOptions {
        if (maxMembers < 1 || maxMembers > 32) {
            throw new IllegalArgumentException("maxMembers must be 1..32, not " + maxMembers);
        }
    }

    /** z/VM 6.2 to 7.2: four members. */
    public static CheckOptions defaults() {
        return new CheckOptions(4);
    }
}
