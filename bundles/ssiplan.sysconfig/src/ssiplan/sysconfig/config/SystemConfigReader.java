package ssiplan.sysconfig.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ssiplan.sysconfig.config.ConfigScanner.Item;
import ssiplan.sysconfig.config.ConfigScanner.ScannedRecord;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.ScanColumns;
import ssiplan.sysconfig.syntax.SourceFile;
import ssiplan.sysconfig.syntax.SourceSpan;
import ssiplan.sysconfig.syntax.Token;

/**
 * Reads a SYSTEM CONFIG file into statements (reference §1.1). Never throws on bad input: every problem
 * becomes a {@link Diagnostic} and reading goes on, so one run shows them all.
 *
 * <p>A statement starts on the first record with a word and ends on the first record whose last word
 * (comments ignored) is not a comma. Blank and comment-only records inside a continued statement belong
 * to it; a comment that opens after the statement's last word and runs over further records belongs to
 * it too. Everything else between statements is kept as {@link CommentRecords}. A reader instance holds
 * only options, so it may be shared.
 */
public final class SystemConfigReader {

    /** Past this column a statement may not survive export or CP's scan; see {@link ScanColumns}. */
    private static final int SAFE_LAST_COLUMN = 72;
    private static final int MAX_QUALIFIER = 8;

    private final ScanColumns columns;

    public SystemConfigReader() {
        this(ScanColumns.ALL);
    }

    public SystemConfigReader(ScanColumns columns) {
        this.columns = columns;
    }

    public SystemConfig read(Path path) {
        Diagnostics diagnostics = new Diagnostics(path.toString());
        SourceFile source = SourceFile.read(path, diagnostics);
        return read(source, diagnostics);
    }

    public SystemConfig read(String fileName, String text) {
        return read(SourceFile.of(fileName, text), new Diagnostics(fileName));
    }

    public SystemConfig read(SourceFile source) {
        return read(source, new Diagnostics(source.name()));
    }

    private SystemConfig read(SourceFile source, Diagnostics diagnostics) {
        List<SystemConfigPart> parts = new Run(source, diagnostics).read();
        List<Diagnostic> sorted = new ArrayList<>(diagnostics.list());
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new SystemConfig(source.name(), parts, sorted);
    }

    /** The state of reading one file. */
    private final class Run {
        private final SourceFile source;
        private final Diagnostics diagnostics;
        private final List<SystemConfigPart> parts = new ArrayList<>();
        /** The open {@code NAME: BEGIN} block, or null. */
        private Qualifier block;

        Run(SourceFile source, Diagnostics diagnostics) {
            this.source = source;
            this.diagnostics = diagnostics;
        }

        List<SystemConfigPart> read() {
            ConfigScanner scanner = new ConfigScanner(columns);
            List<String> records = source.records();
            List<ScannedRecord> scanned = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                scanned.add(scanner.scan(i + 1, records.get(i)));
            }
            group(scanned);
            if (scanner.inComment()) {
                diagnostics.error(scanner.openCommentLine(), scanner.openCommentColumn(), Rule.CONFIG_COMMENT_UNCLOSED,
                        "comment is never closed; add '*/' to end it (everything after it was read as comment)");
            }
            if (block != null) {
                diagnostics.error(block.line(), block.column(), Rule.CONFIG_BLOCK_UNCLOSED,
                        "'" + block.name() + ": BEGIN' has no matching '" + block.name() + ": END'; add '"
                                + block.name() + ": END' after the member's statements");
            }
            return parts;
        }

        private void group(List<ScannedRecord> scanned) {
            int n = scanned.size();
            int commentStart = 0;
            int i = 0;
            while (i < n) {
                if (!scanned.get(i).hasSignificant()) {
                    i++;
                    continue;
                }
                if (commentStart < i) {
                    parts.add(commentRecords(scanned.subList(commentStart, i)));
                }
                int start = i;
                boolean continuedAtEof = false;
                while (true) {
                    ScannedRecord r = scanned.get(i);
                    if (r.hasSignificant() && !r.lastSignificant().isComma()) {
                        break;
                    }
                    if (i == n - 1) {
                        continuedAtEof = true;
                        break;
                    }
                    i++;
                }
                int end = i;
                // A comment opened after the last word stays with the statement until it closes.
                if (!continuedAtEof && scanned.get(end).endsInComment()) {
                    int j = end + 1;
                    while (j < n && !scanned.get(j).hasSignificant()) {
                        end = j;
                        if (!scanned.get(j).endsInComment()) {
                            break;
                        }
                        j++;
                    }
                }
                parts.add(statement(scanned.subList(start, end + 1), continuedAtEof));
                i = end + 1;
                commentStart = i;
            }
            if (commentStart < n) {
                parts.add(commentRecords(scanned.subList(commentStart, n)));
            }
        }

        private CommentRecords commentRecords(List<ScannedRecord> records) {
            return new CommentRecords(new SourceSpan(source.name(), records.get(0).line(), 1, texts(records)));
        }

        private List<String> texts(List<ScannedRecord> records) {
            return records.stream().map(ScannedRecord::text).toList();
        }

        private Statement statement(List<ScannedRecord> records, boolean continuedAtEof) {
            List<Token> words = new ArrayList<>();
            Token lastComma = null;
            List<String> trailing = new ArrayList<>();
            for (ScannedRecord r : records) {
                int warnedAt = 0;
                for (Item item : r.items()) {
                    if (item.comment()) {
                        trailing.add(item.token().text().strip());
                        continue;
                    }
                    trailing.clear();
                    Token token = item.token();
                    if (item.isComma()) {
                        lastComma = token;
                    } else {
                        words.add(token);
                    }
                    int lastColumn = token.endColumn() - 1;
                    if (columns == ScanColumns.ALL && lastColumn > SAFE_LAST_COLUMN && warnedAt == 0) {
                        warnedAt = lastColumn;
                        diagnostics.warning(token.line(), token.column(), Rule.CONFIG_COLUMNS,
                                "statement text reaches column " + lastColumn + "; exported records keep statements "
                                        + "in columns 1-71 and CP may not read columns 73-80; move it left, or read "
                                        + "with ScanColumns.UP_TO_72 if columns 73-80 hold sequence numbers");
                    }
                }
            }
            if (continuedAtEof && lastComma != null) {
                diagnostics.error(lastComma.line(), lastComma.column(), Rule.CONFIG_CONTINUATION_AT_EOF,
                        "the statement is continued (trailing comma) but the file ends; remove the comma or add "
                                + "the rest of the statement");
            }
            trailing.removeIf(String::isEmpty);
            String comment = trailing.isEmpty() ? null : String.join(" ", trailing);
            Token first = words.isEmpty() ? lastComma : words.get(0);
            SourceSpan span = new SourceSpan(source.name(), first.line(), first.column(), texts(records));
            return interpret(words, comment, span);
        }

        /** Qualifier, block structure and keyword of one statement's words. */
        private Statement interpret(List<Token> words, String comment, SourceSpan span) {
            Qualifier own = null;
            List<Token> rest = words;
            if (!words.isEmpty()) {
                Token first = words.get(0);
                String text = first.text();
                int colon = text.indexOf(':');
                if (colon == text.length() - 1 && colon > 0) {
                    own = qualifier(text.substring(0, colon), first);
                    rest = words.subList(1, words.size());
                } else if (colon > 0) {
                    // "SYSA:RDEVICE": the qualifier glued to the keyword.
                    own = qualifier(text.substring(0, colon), first);
                    List<Token> split = new ArrayList<>();
                    split.add(new Token(text.substring(colon + 1), first.line(), first.column() + colon + 1));
                    split.addAll(words.subList(1, words.size()));
                    rest = split;
                } else if (words.size() > 1 && words.get(1).text().equals(":")) {
                    own = qualifier(text, first);
                    rest = words.subList(2, words.size());
                }
            }
            if (own != null && rest.isEmpty()) {
                diagnostics.error(own.line(), own.column(), Rule.CONFIG_QUALIFIER_ALONE, "member qualifier '" + own.name()
                        + ":' is not followed by a statement; put the statement after it on the same record");
                return new Statement(StatementKind.UNMODELLED, "", own, List.of(), comment, span);
            }
            if (rest.isEmpty()) {
                diagnostics.info(span.line(), span.column(), Rule.CONFIG_UNMODELLED,
                        "record holds only a comma; it is kept verbatim");
                return new Statement(StatementKind.UNMODELLED, "", null, List.of(), comment, span);
            }
            StatementKind kind = StatementKind.recognise(rest);
            if (kind == StatementKind.BEGIN) {
                return begin(own, rest, comment, span);
            }
            if (kind == StatementKind.END) {
                return end(own, rest, comment, span);
            }
            Qualifier effective = own;
            if (block != null) {
                if (own != null && !own.sameMember(block)) {
                    diagnostics.error(own.line(), own.column(), Rule.CONFIG_BLOCK_QUALIFIER, "statement qualified for "
                            + own.name() + " inside the '" + block.name() + ": BEGIN' block opened at " + block.where()
                            + "; move it out of the block or drop the qualifier");
                } else if (own == null) {
                    effective = new Qualifier(block.name(), block.line(), block.column(), true);
                }
            }
            String keyword;
            List<Token> operands;
            if (kind == StatementKind.UNMODELLED) {
                keyword = rest.get(0).upper();
                operands = rest.subList(1, rest.size());
                diagnostics.info(rest.get(0).line(), rest.get(0).column(), Rule.CONFIG_UNMODELLED, "statement '"
                        + keyword + "' is not modelled by SSI Planner; it is kept verbatim");
            } else {
                keyword = kind.keyword();
                operands = rest.subList(kind.keywords().size(), rest.size());
            }
            return new Statement(kind, keyword, effective, operands, comment, span);
        }

        private Qualifier qualifier(String name, Token at) {
            if (name.length() > MAX_QUALIFIER) {
                diagnostics.error(at.line(), at.column(), Rule.CONFIG_QUALIFIER_LENGTH, "member qualifier '" + name
                        + "' is " + name.length() + " characters; a system name is at most " + MAX_QUALIFIER);
            }
            return new Qualifier(name, at.line(), at.column(), false);
        }

        private Statement begin(Qualifier own, List<Token> rest, String comment, SourceSpan span) {
            List<Token> operands = rest.subList(1, rest.size());
            if (own == null) {
                diagnostics.error(span.line(), span.column(), Rule.CONFIG_BLOCK_UNQUALIFIED,
                        "BEGIN needs a member qualifier; write 'SYSNAME: BEGIN'");
            } else if (block != null) {
                diagnostics.error(own.line(), own.column(), Rule.CONFIG_BLOCK_NESTED, "'" + own.name()
                        + ": BEGIN' inside the '" + block.name() + ": BEGIN' block opened at " + block.where()
                        + "; end that block with '" + block.name() + ": END' first");
            } else {
                block = own;
            }
            return new Statement(StatementKind.BEGIN, StatementKind.BEGIN.keyword(), own, operands, comment, span);
        }

        private Statement end(Qualifier own, List<Token> rest, String comment, SourceSpan span) {
            List<Token> operands = rest.subList(1, rest.size());
            Qualifier effective = own;
            if (block == null) {
                diagnostics.error(span.line(), span.column(), Rule.CONFIG_BLOCK_UNOPENED,
                        "END without a preceding 'NAME: BEGIN'; remove it or add the BEGIN");
            } else {
                if (own != null && !own.sameMember(block)) {
                    diagnostics.error(own.line(), own.column(), Rule.CONFIG_BLOCK_MISMATCH, "'" + own.name()
                            + ": END' closes the '" + block.name() + ": BEGIN' block opened at " + block.where()
                            + "; write '" + block.name() + ": END'");
                } else if (own == null) {
                    // Whether END must repeat the qualifier is unconfirmed ([U]); accept it bare.
                    effective = new Qualifier(block.name(), block.line(), block.column(), true);
                }
                block = null;
            }
            return new Statement(StatementKind.END, StatementKind.END.keyword(), effective, operands, comment, span);
        }
    }
}
