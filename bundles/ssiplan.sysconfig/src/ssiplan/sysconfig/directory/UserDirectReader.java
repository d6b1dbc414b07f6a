package ssiplan.sysconfig.directory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.ScanColumns;
import ssiplan.sysconfig.syntax.SourceFile;
import ssiplan.sysconfig.syntax.SourceSpan;
import ssiplan.sysconfig.syntax.Token;

/**
 * Reads a USER DIRECT source directory (reference §2). Never throws on bad input.
 *
 * <p>Choices where the reference is silent: a record whose first non-blank character is {@code *} is a
 * comment, and so is a blank record. Every other record is exactly one statement: the directory has no
 * trailing-comma continuation here, a comma is an ordinary character, and there are no trailing
 * comments. Words are separated by blanks or tabs. Keywords are case-insensitive and kept in upper case.
 * Which columns DIRECTXA scans is [U]; by default the whole record is read and text past column 71 is
 * flagged (see {@link ScanColumns}).
 */
public final class UserDirectReader {

    private static final int SAFE_LAST_COLUMN = 71;

    private final ScanColumns columns;

    public UserDirectReader() {
        this(ScanColumns.ALL);
    }

    public UserDirectReader(ScanColumns columns) {
        this.columns = columns;
    }

    public UserDirect read(Path path) {
        Diagnostics diagnostics = new Diagnostics(path.toString());
        return read(SourceFile.read(path, diagnostics), diagnostics);
    }

    public UserDirect read(String fileName, String text) {
        return read(SourceFile.of(fileName, text), new Diagnostics(fileName));
    }

    public UserDirect read(SourceFile source) {
        return read(source, new Diagnostics(source.name()));
    }

    private UserDirect read(SourceFile source, Diagnostics diagnostics) {
        List<DirectoryLine> prologue = new ArrayList<>();
        List<DirectoryEntry> entries = new ArrayList<>();
        List<DirectoryLine> current = null;
        EntryKind currentKind = null;
        String currentName = null;
        List<DirectoryLine> pendingComments = new ArrayList<>();
        List<String> records = source.records();
        for (int i = 0; i < records.size(); i++) {
            int line = i + 1;
            String record = records.get(i);
            SourceSpan span;
            String visible = columns.visible(record);
            int first = firstNonBlank(visible);
            if (first < 0 || visible.charAt(first) == '*') {
                span = new SourceSpan(source.name(), line, 1, List.of(record));
                String text = first < 0 ? record : visible.substring(first + 1).strip();
                pendingComments.add(new DirectoryComment(text, span));
                continue;
            }
            List<Token> words = words(visible, line);
            Token keyword = words.get(0);
            span = new SourceSpan(source.name(), line, keyword.column(), List.of(record));
            DirectoryStatement statement = new DirectoryStatement(keyword.text(), words.subList(1, words.size()), span);
            Token last = words.get(words.size() - 1);
            if (columns == ScanColumns.ALL && last.endColumn() - 1 > SAFE_LAST_COLUMN) {
                Token beyond = words.stream().filter(w -> w.endColumn() - 1 > SAFE_LAST_COLUMN).findFirst().orElse(last);
                diagnostics.warning(line, beyond.column(), Rule.DIRECTORY_COLUMNS, "statement text reaches column "
                        + (last.endColumn() - 1) + "; directory records are exported within columns 1-71 and columns "
                        + "72-80 may be ignored; shorten it, or read with ScanColumns.UP_TO_71 if these are sequence numbers");
            }
            EntryKind kind = EntryKind.of(statement.keyword());
            if (kind != null) {
                if (current != null) {
                    entries.add(new DirectoryEntry(currentKind, currentName, current));
                }
                current = new ArrayList<>(pendingComments);
                currentKind = kind;
                Token name = statement.operand(0);
                currentName = kind == EntryKind.GLOBALDEFS || name == null ? "" : name.upper();
            } else if (current == null) {
                if (!statement.keyword().equals("DIRECTORY")) {
                    diagnostics.error(line, keyword.column(), Rule.DIRECTORY_OUTSIDE_ENTRY, "statement '"
                            + statement.keyword() + "' comes before the first USER, IDENTITY, PROFILE or SUBCONFIG "
                            + "entry; move it into an entry");
                }
                prologue.addAll(pendingComments);
            } else {
                current.addAll(pendingComments);
            }
            pendingComments.clear();
            if (!statement.isModelled()) {
                diagnostics.info(line, keyword.column(), Rule.DIRECTORY_UNMODELLED, "statement '" + statement.keyword()
                        + "' is not modelled by SSI Planner; it is kept verbatim");
            }
            (current == null ? prologue : current).add(statement);
        }
        if (current != null) {
            current.addAll(pendingComments);
            entries.add(new DirectoryEntry(currentKind, currentName, current));
        } else {
            prologue.addAll(pendingComments);
        }
        return new UserDirect(source.name(), prologue, entries, diagnostics.list());
    }

    private static int firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    private static List<Token> words(String text, int line) {
        List<Token> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            while (i < length && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                i++;
            }
            words.add(new Token(text.substring(start, i), line, start + 1));
        }
        return words;
    }

}
