package ssiplan.sysconfig.diagnostic;

import java.util.Objects;

/**
 * One finding about an input file, positioned at a 1-based line and column. Line 0 means "the file as
 * a whole" (for example it could not be read). The message says what to change; {@code ruleId} is a
 * stable id that the validation catalogue, the CLI and tests can rely on (may be null).
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message, String ruleId) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: severity: message [rule]}, the format editors and CI logs understand. */
    @Override
    public String toString() {
        String text = file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
        return ruleId == null ? text : text + " [" + ruleId + "]";
    }

    /** {@code line:col}, handy in tests and messages that refer to another place. */
    public String where() {
        return line + ":" + column;
    }
}
