package ssiplan.sysconfig.directory;

import java.util.List;
import java.util.Objects;

/**
 * One directory entry: the comment records just before its header, the header (USER, IDENTITY,
 * SUBCONFIG, PROFILE, POOL or GLOBALDEFS) and everything up to the next header, in file order.
 *
 * @param kind  what the header opens
 * @param name  the entry's name in upper case (user id, profile or SUBCONFIG id; empty for GLOBALDEFS)
 * @param lines leading comments, header, statements and comments, in order
 */
public record DirectoryEntry(EntryKind kind, String name, List<DirectoryLine> lines) {

    public DirectoryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
    }

    /** The header statement, e.g. {@code USER LINUX01 pw 2G 4G G}. */
    public DirectoryStatement header() {
        for (DirectoryLine line : lines) {
            if (line instanceof DirectoryStatement s) {
                return s;
            }
        }
        throw new IllegalStateException("entry without header: " + name);
    }

    /** The statements after the header. */
    public List<DirectoryStatement> body() {
        List<DirectoryStatement> all = statements();
        return all.subList(1, all.size());
    }

    public List<DirectoryStatement> statements() {
        return lines.stream().filter(DirectoryStatement.class::isInstance).map(DirectoryStatement.class::cast).toList();
    }

    /** The body statements with this keyword, e.g. all {@code MDISK}s. */
    public List<DirectoryStatement> statements(String keyword) {
        return body().stream().filter(s -> s.keyword().equals(keyword)).toList();
    }
}
