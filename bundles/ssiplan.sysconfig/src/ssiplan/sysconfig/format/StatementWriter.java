package ssiplan.sysconfig.format;

import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;

/**
 * Writes one SYSTEM CONFIG statement as records. A statement read from a file and not changed is copied
 * verbatim. Any other is formatted: qualifier and keyword, then operands packed greedily into the
 * content width, breaking only between operands (and between {@link OperandGroups} where possible);
 * every record but the last ends with a comma, continuation records are indented. A trailing comment is
 * aligned at the layout's comment column when it fits on the last record there, else one blank after
 * the text, otherwise it goes on its own comment record in front of the statement (and so reads back as
 * a comment, not as the statement's trailing comment). The same input always gives the same records.
 */
public final class StatementWriter {

    private final RecordLayout layout;
    private final CommentBox comments;

    public StatementWriter(RecordLayout layout) {
        this.layout = layout;
        this.comments = new CommentBox(layout);
    }

    public StatementWriter() {
        this(RecordLayout.standard());
    }

    /** The statement's records: verbatim if it was read and not changed, else formatted. */
    public List<String> write(Statement statement) {
        return statement.isVerbatim() ? statement.source().records() : format(statement);
    }

    /**
     * Formats the statement, ignoring any source.
     *
     * @throws IllegalArgumentException if one operand is too long for any record (no valid operand is)
     */
    public List<String> format(Statement statement) {
        String comment = statement.trailingComment();
        if (comment == null || comment.isBlank()) {
            return pack(statement, 0);
        }
        String text = "/* " + CommentBox.safe(comment.strip()) + " */";
        List<String> records = pack(statement, 0);
        if (appendComment(records, text)) {
            return records;
        }
        // Keep room for the comment on the last record by moving the last operands to a new one.
        List<List<String>> groups = OperandGroups.of(statement.kind(), statement.operandTexts());
        int lastGroup = groups.isEmpty() ? 0 : String.join(" ", groups.get(groups.size() - 1)).length();
        if (!groups.isEmpty() && layout.continuationIndent() + lastGroup + 1 + text.length() <= layout.contentWidth()) {
            records = pack(statement, 1 + text.length());
            if (appendComment(records, text)) {
                return records;
            }
        }
        List<String> withComment = new ArrayList<>(comments.comment(comment));
        withComment.addAll(pack(statement, 0));
        return withComment;
    }

    /** Aligned at the comment column if it fits there, else one blank after the text. */
    private boolean appendComment(List<String> records, String text) {
        String last = records.get(records.size() - 1);
        for (int start : new int[] {Math.max(layout.commentColumn() - 1, last.length() + 1), last.length() + 1}) {
            if (start + text.length() <= layout.contentWidth()) {
                records.set(records.size() - 1, last + " ".repeat(start - last.length()) + text);
                return true;
            }
        }
        return false;
    }

    /** Packs the operands; {@code reserve} columns stay free after the last operand. */
    private List<String> pack(Statement statement, int reserve) {
        Packer packer = new Packer(head(statement));
        List<List<String>> groups = OperandGroups.of(statement.kind(), statement.operandTexts());
        for (int g = 0; g < groups.size(); g++) {
            boolean last = g == groups.size() - 1;
            packer.group(groups.get(g), last ? reserve : 1);
        }
        return packer.finish();
    }

    private static String head(Statement statement) {
        StringBuilder head = new StringBuilder();
        // Inside a BEGIN block the block names the member; END always repeats it.
        if (statement.qualifier() != null
                && (!statement.qualifier().fromBlock() || statement.kind() == StatementKind.END)) {
            head.append(statement.qualifier().name()).append(": ");
        }
        head.append(statement.keyword());
        return head.toString();
    }

    /** Greedy packing of operands into records. */
    private final class Packer {
        private final List<String> records = new ArrayList<>();
        private final String indent = " ".repeat(layout.continuationIndent());
        private final int width = layout.contentWidth();
        private StringBuilder line;

        Packer(String head) {
            line = new StringBuilder(head);
        }

        /** @param after columns needed after the group: 1 for the continuation comma, or a reserve */
        void group(List<String> group, int after) {
            String text = String.join(" ", group);
            int comma = after;
            if (fits(text, comma)) {
                append(text);
            } else if (indent.length() + text.length() + comma <= width) {
                newRecord();
                append(text);
            } else {
                for (int i = 0; i < group.size(); i++) {
                    operand(group.get(i), i == group.size() - 1 ? after : 1);
                }
            }
        }

        private void operand(String operand, int comma) {
            if (indent.length() + operand.length() + comma > width) {
                throw new IllegalArgumentException("operand '" + operand + "' is " + operand.length()
                        + " characters; it cannot fit in a " + width + "-column record");
            }
            if (!fits(operand, comma)) {
                newRecord();
            }
            append(operand);
        }

        private boolean fits(String text, int comma) {
            return line.length() + (isFresh() ? 0 : 1) + text.length() + comma <= width;
        }

        private boolean isFresh() {
            return !records.isEmpty() && line.length() == indent.length();
        }

        private void append(String text) {
            if (!isFresh()) {
                line.append(' ');
            }
            line.append(text);
        }

        private void newRecord() {
            records.add(line.append(',').toString());
            line = new StringBuilder(indent);
        }

        List<String> finish() {
            records.add(line.toString());
            return records;
        }
    }
}
