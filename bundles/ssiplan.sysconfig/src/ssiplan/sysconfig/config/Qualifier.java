package ssiplan.sysconfig.config;

import java.util.Locale;

/**
 * The member a statement applies to: written in front of it ({@code SYSA: CP_Owned ...}) or inherited
 * from the enclosing {@code SYSA: BEGIN} block ({@code fromBlock}, positioned at the block's qualifier).
 * The name is kept in upper case because system names are case-insensitive.
 */
public record Qualifier(String name, int line, int column, boolean fromBlock) {

    public Qualifier {
        name = name.toUpperCase(Locale.ROOT);
    }

    /** A qualifier for a statement built by a program. */
    public static Qualifier of(String member) {
        return new Qualifier(member, 0, 0, false);
    }

    public boolean sameMember(Qualifier other) {
        return other != null && name.equals(other.name);
    }

    public String where() {
        return line + ":" + column;
    }
}
