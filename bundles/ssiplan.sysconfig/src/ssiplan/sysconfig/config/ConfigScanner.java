package ssiplan.sysconfig.config;

import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.syntax.ScanColumns;
import ssiplan.sysconfig.syntax.Token;

/**
 * The lexical level of SYSTEM CONFIG: splits one record at a time into words, commas and comment
 * pieces, remembering an open {@code /*} comment from one record to the next.
 *
 * <p>Rules (reference §1.1, with the choices made where it is silent): blanks and tabs separate words;
 * a tab counts as one column. A comma ends a word; a comma that is the last word-level item on a
 * record continues the statement, any other comma only separates operands (as in {@code Features ,}
 * lists). {@code /*} opens a comment anywhere outside a word's middle and the first {@code *}{@code /}
 * closes it (comments do not nest); a comment may span records.
 */
final class ConfigScanner {

    /** A word or a comma, or a piece of comment text (the part of one comment inside one record). */
    record Item(Token token, boolean comment) {
        boolean isComma() {
            return !comment && token.text().equals(",");
        }
    }

    /** One scanned record. */
    record ScannedRecord(int line, String text, List<Item> items, boolean startsInComment, boolean endsInComment) {

        /** True when the record has words or commas, i.e. is not blank or comment-only. */
        boolean hasSignificant() {
            for (Item item : items) {
                if (!item.comment()) {
                    return true;
                }
            }
            return false;
        }

        Item lastSignificant() {
            for (int i = items.size() - 1; i >= 0; i--) {
                if (!items.get(i).comment()) {
                    return items.get(i);
                }
            }
            return null;
        }
    }

    private final ScanColumns columns;
    private boolean inComment;
    private int commentLine;
    private int commentColumn;

    ConfigScanner(ScanColumns columns) {
        this.columns = columns;
    }

    /** True when the file ended inside a comment; {@link #openCommentLine()} says where it opened. */
    boolean inComment() {
        return inComment;
    }

    int openCommentLine() {
        return commentLine;
    }

    int openCommentColumn() {
        return commentColumn;
    }

    ScannedRecord scan(int line, String record) {
        String text = columns.visible(record);
        boolean startsInComment = inComment;
        List<Item> items = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (inComment) {
                int close = text.indexOf("*/", i);
                int end = close < 0 ? length : close;
                items.add(new Item(new Token(text.substring(i, end), line, i + 1), true));
                if (close < 0) {
                    i = length;
                } else {
                    inComment = false;
                    i = close + 2;
                }
                continue;
            }
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                inComment = true;
                commentLine = line;
                commentColumn = i + 1;
                i += 2;
            } else if (c == ',') {
                items.add(new Item(new Token(",", line, i + 1), false));
                i++;
            } else {
                int start = i;
                while (i < length) {
                    char d = text.charAt(i);
                    if (d == ' ' || d == '\t' || d == ',' || (d == '/' && i + 1 < length && text.charAt(i + 1) == '*')) {
                        break;
                    }
                    i++;
                }
                items.add(new Item(new Token(text.substring(start, i), line, start + 1), false));
            }
        }
        return new ScannedRecord(line, record, items, startsInComment, inComment);
    }
}
