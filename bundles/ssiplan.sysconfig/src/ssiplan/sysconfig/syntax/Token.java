package ssiplan.sysconfig.syntax;

import java.util.Locale;

/**
 * One blank-delimited word of a statement, where it starts (1-based line and column). Statements built
 * by a program rather than read from a file carry line 0, column 0.
 */
public record Token(String text, int line, int column) {

    public static Token generated(String text) {
        return new Token(text, 0, 0);
    }

    /** Keywords, names and device numbers are compared case-insensitively, as CP does. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** The column just after the token's last character. */
    public int endColumn() {
        return column + text.length();
    }

    public String where() {
        return line + ":" + column;
    }

    @Override
    public String toString() {
        return text + "@" + where();
    }
}
