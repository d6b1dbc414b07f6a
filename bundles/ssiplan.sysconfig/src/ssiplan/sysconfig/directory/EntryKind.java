package ssiplan.sysconfig.directory;

import java.util.Locale;

/**
 * The statements that open a directory entry (reference §2). An entry runs until the next one opens.
 * USER is a single-configuration virtual machine, IDENTITY a multiconfiguration one whose per-member
 * parts are SUBCONFIG entries chosen by {@code BUILD ON member USING SUBCONFIG id}.
 */
public enum EntryKind {
    USER, IDENTITY, SUBCONFIG, PROFILE, POOL, GLOBALDEFS;

    /** The kind a header keyword opens, or null when the keyword is not an entry header. */
    public static EntryKind of(String keyword) {
        return switch (keyword.toUpperCase(Locale.ROOT)) {
            case "USER" -> USER;
            case "IDENTITY" -> IDENTITY;
            case "SUBCONFIG" -> SUBCONFIG;
            case "PROFILE" -> PROFILE;
            case "POOL" -> POOL;
            case "GLOBALDEFS" -> GLOBALDEFS;
            default -> null;
        };
    }

    /** Entries whose name is a user id that logs on (and so must be unique among them). */
    public boolean isVirtualMachine() {
        return this == USER || this == IDENTITY;
    }
}
