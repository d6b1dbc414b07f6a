package ssiplan.sysconfig.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects findings while a reader or a check runs. Readers never throw on bad input; they report here
 * and carry on, so one run shows every problem in a file.
 */
public final class Diagnostics {

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(int line, int column, Rule rule, String message) {
        add(line, column, Severity.ERROR, rule, message);
    }

    public void warning(int line, int column, Rule rule, String message) {
        add(line, column, Severity.WARNING, rule, message);
    }

    public void info(int line, int column, Rule rule, String message) {
        add(line, column, Severity.INFO, rule, message);
    }

    public void add(int line, int column, Severity severity, Rule rule, String message) {
        found.add(new Diagnostic(file, line, column, severity, message, rule == null ? null : rule.id()));
    }

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public List<Diagnostic> list() {
        return Collections.unmodifiableList(found);
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
