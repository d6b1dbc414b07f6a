package ssiplan.sysconfig.config;

import java.util.List;

import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;

/**
 * A SYSTEM CONFIG file as read: its parts in file order (statements and the comment records between
 * them) and what the reader found wrong. Writing the parts back gives the file again, record for record.
 */
public record SystemConfig(String file, List<SystemConfigPart> parts, List<Diagnostic> diagnostics) {

    public SystemConfig {
        parts = List.copyOf(parts);
        diagnostics = List.copyOf(diagnostics);
    }

    public List<Statement> statements() {
        return parts.stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
    }

    /** Statements of one kind, in file order. */
    public List<Statement> statements(StatementKind kind) {
        return statements().stream().filter(s -> s.kind() == kind).toList();
    }

    public boolean hasErrors() {
        return Diagnostics.hasErrors(diagnostics);
    }
}
