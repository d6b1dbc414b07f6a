package ssiplan.sysconfig.directory.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.directory.DirectoryEntry;
import ssiplan.sysconfig.directory.DirectoryStatement;
import ssiplan.sysconfig.directory.EntryKind;
import ssiplan.sysconfig.directory.UserDirect;
import ssiplan.sysconfig.syntax.Token;

/**
 * Directory checks that need no model (reference §2): entry names (1-8 characters, unique across
 * USER, IDENTITY and SUBCONFIG; nothing after a SUBCONFIG id), storage sizes on USER/IDENTITY lines
 * and STORAGE/MAXSTORAGE statements, MDISK operand shapes, BUILD statements naming existing
 * SUBCONFIG entries, and INCLUDE naming an existing PROFILE. Passwords are never quoted in messages.
 */
public final class UserDirectChecks {

    private final MdiskCheck mdisks = new MdiskCheck();

    public List<Diagnostic> check(UserDirect directory) {
        Diagnostics diagnostics = new Diagnostics(directory.file());
        Set<String> subconfigs = names(directory, EntryKind.SUBCONFIG);
        Set<String> profiles = names(directory, EntryKind.PROFILE);
        Map<String, DirectoryEntry> ids = new HashMap<>();
        Map<String, DirectoryEntry> profileNames = new HashMap<>();
        for (DirectoryEntry entry : directory.entries()) {
            header(entry, ids, profileNames, diagnostics);
            for (DirectoryStatement statement : entry.body()) {
                switch (statement.keyword()) {
                    case "MDISK" -> mdisks.check(statement, diagnostics);
                    case "STORAGE", "MAXSTORAGE" -> {
                        if (statement.operand(0) == null) {
                            diagnostics.error(statement.line(), statement.column(), Rule.DIRECTORY_STORAGE,
                                    statement.keyword() + " needs a size, e.g. " + statement.keyword() + " 4G");
                        } else {
                            size(statement.operand(0), diagnostics);
                        }
                    }
                    case "BUILD" -> build(entry, statement, subconfigs, diagnostics);
                    case "INCLUDE" -> include(statement, profiles, diagnostics);
                    default -> {
                    }
                }
            }
        }
        return diagnostics.list().stream()
                .sorted(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .toList();
    }

    private static Set<String> names(UserDirect directory, EntryKind kind) {
        return directory.entries(kind).stream().map(DirectoryEntry::name).collect(Collectors.toSet());
    }

    private static void header(DirectoryEntry entry, Map<String, DirectoryEntry> ids,
            Map<String, DirectoryEntry> profiles, Diagnostics diagnostics) {
        DirectoryStatement header = entry.header();
        if (entry.kind() == EntryKind.GLOBALDEFS) {
            return;
        }
        Token name = header.operand(0);
        if (name == null) {
            diagnostics.error(header.line(), header.column(), Rule.DIRECTORY_HEADER, header.keyword()
                    + " has no name; write '" + header.keyword() + " name ...'");
            return;
        }
        if (name.text().length() > 8) {
            diagnostics.error(name.line(), name.column(), Rule.DIRECTORY_USERID, (entry.kind().isVirtualMachine()
                    ? "user id '" : entry.kind().name() + " name '") + name.text() + "' is " + name.text().length()
                    + " characters; " + (entry.kind().isVirtualMachine() ? "a user id" : "a name") + " is at most 8");
        }
        Map<String, DirectoryEntry> namespace = entry.kind() == EntryKind.PROFILE ? profiles
                : entry.kind() == EntryKind.POOL ? new HashMap<>() : ids;
        DirectoryEntry previous = namespace.putIfAbsent(entry.name(), entry);
        if (previous != null) {
            DirectoryStatement first = previous.header();
            diagnostics.error(name.line(), name.column(), Rule.DIRECTORY_DUPLICATE_ID, entry.name() + " is already "
                    + "defined at " + first.line() + ":" + first.column() + " (" + previous.kind() + "); "
                    + "USER, IDENTITY and SUBCONFIG names must be unique, rename one of them");
        }
        if (entry.kind() == EntryKind.SUBCONFIG && header.operands().size() > 1) {
            Token extra = header.operand(1);
            diagnostics.error(extra.line(), extra.column(), Rule.DIRECTORY_HEADER,
                    "nothing may follow the SUBCONFIG id; remove '" + extra.text() + "' and what follows");
        }
        if (entry.kind().isVirtualMachine()) {
            Token initial = header.operand(2);
            Token maximum = header.operand(3);
            StorageSize from = initial == null ? null : size(initial, diagnostics);
            StorageSize to = maximum == null ? null : size(maximum, diagnostics);
            if (from != null && to != null && from.bytes() > to.bytes()) {
                diagnostics.error(initial.line(), initial.column(), Rule.DIRECTORY_STORAGE, "initial storage "
                        + initial.text() + " is larger than the maximum " + maximum.text()
                        + "; raise the maximum or lower the initial size");
            }
        }
    }

    private static StorageSize size(Token token, Diagnostics diagnostics) {
        StorageSize size = StorageSize.parse(token.text());
        if (size == null) {
            String why = StorageSize.isBareNumber(token.text())
                    ? "' has no unit; add K, M, G, T, P or E, e.g. " + token.text() + "M"
                    : "' is not a number followed by K, M, G, T, P or E, e.g. 4G or 2048M";
            diagnostics.error(token.line(), token.column(), Rule.DIRECTORY_STORAGE, "storage size '" + token.text() + why);
        }
        return size;
    }

    private static void build(DirectoryEntry entry, DirectoryStatement build, Set<String> subconfigs,
            Diagnostics diagnostics) {
        List<String> ops = build.operands().stream().map(Token::upper).toList();
        if (ops.size() != 5 || !ops.get(0).equals("ON") || !ops.get(2).equals("USING") || !ops.get(3).equals("SUBCONFIG")) {
            diagnostics.error(build.line(), build.column(), Rule.DIRECTORY_BUILD,
                    "BUILD needs 'BUILD ON member USING SUBCONFIG id' (member may be *)");
            return;
        }
        if (entry.kind() != EntryKind.IDENTITY) {
            diagnostics.error(build.line(), build.column(), Rule.DIRECTORY_BUILD, "BUILD belongs in an IDENTITY entry; "
                    + entry.name() + " is a " + entry.kind() + " entry");
        }
        Token id = build.operand(4);
        if (!subconfigs.contains(id.upper())) {
            diagnostics.error(id.line(), id.column(), Rule.DIRECTORY_BUILD, "BUILD names SUBCONFIG " + id.upper()
                    + ", which is not in this directory; add the SUBCONFIG entry or fix the name");
        }
    }

    private static void include(DirectoryStatement include, Set<String> profiles, Diagnostics diagnostics) {
        Token profile = include.operand(0);
        if (profile == null) {
            diagnostics.error(include.line(), include.column(), Rule.DIRECTORY_INCLUDE, "INCLUDE needs a profile name");
        } else if (!profiles.contains(profile.upper())) {
            diagnostics.error(profile.line(), profile.column(), Rule.DIRECTORY_INCLUDE, "INCLUDE names profile "
                    + profile.upper() + ", which is not in this directory; add a PROFILE " + profile.upper()
                    + " entry or fix the name");
        }
    }
}
