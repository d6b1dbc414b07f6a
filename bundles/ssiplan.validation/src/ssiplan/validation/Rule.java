package ssiplan.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the rule catalogue. Its {@link #id()} is stable once published: the Problems view, the
 * diagram decorations, the CLI's JSON and users' scripts refer to it.
 *
 * @see Rules the standard rules
 */
public final class Rule {

    private final String id;
    private final Severity severity;
    private final String description;
    private final String reference;
    private final String quickFix;

    private Rule(String id, Severity severity, String description, String reference, String quickFix) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.description = Objects.requireNonNull(description);
        this.reference = reference == null ? "" : reference;
        this.quickFix = quickFix;
    }

    /**
     * @param id          stable id in the style {@code SSI-ISLINK-MESH}
     * @param severity    the severity of every finding of this rule
     * @param description one line: what the rule checks, in z/VM's words
     * @param reference   where the rule comes from, e.g. "V5, ref §1.7 [C]"
     */
    public static Rule of(String id, Severity severity, String description, String reference) {
        return new Rule(id, severity, description, reference, null);
    }

    /** The same rule with a mechanical fix, described in general terms (findings say it for their element). */
    public Rule withQuickFix(String fixDescription) {
        return new Rule(id, severity, description, reference, Objects.requireNonNull(fixDescription));
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    /** Source of the rule: the V-number and section of the domain reference, and [C]/[U]. */
    public String reference() {
        return reference;
    }

    /** The general fix when it is mechanical (e.g. "renumber the slot"); empty when a planner must decide. */
    public Optional<String> quickFix() {
        return Optional.ofNullable(quickFix);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rule rule && rule.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + " " + severity + ": " + description;
    }
}
