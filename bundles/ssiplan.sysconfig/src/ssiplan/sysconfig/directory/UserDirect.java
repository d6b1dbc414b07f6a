package ssiplan.sysconfig.directory;

import java.util.List;
import java.util.Optional;

import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;

/**
 * A USER DIRECT source directory as read: the records before the first entry (DIRECTORY statements and
 * comments), the entries in file order, and what the reader found wrong.
 */
public record UserDirect(String file, List<DirectoryLine> prologue, List<DirectoryEntry> entries,
        List<Diagnostic> diagnostics) {

    public UserDirect {
        prologue = List.copyOf(prologue);
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    public List<DirectoryEntry> entries(EntryKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The first entry of that kind and name (names are case-insensitive). */
    public Optional<DirectoryEntry> entry(EntryKind kind, String name) {
        return entries.stream().filter(e -> e.kind() == kind && e.name().equalsIgnoreCase(name)).findFirst();
    }

    public boolean hasErrors() {
        return Diagnostics.hasErrors(diagnostics);
    }
}
