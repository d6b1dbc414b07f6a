package ssiplan.sysconfig.format;

import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.directory.DirectoryComment;
import ssiplan.sysconfig.directory.DirectoryStatement;
import ssiplan.sysconfig.directory.EntryKind;

/**
 * Writes directory statements and comments as records. The directory has no continuation (see
 * {@link ssiplan.sysconfig.directory.UserDirectReader}), so a statement must fit on one record:
 * entry headers and DIRECTORY start in column 1, other statements are indented by the layout's
 * directory indent, operands are separated by one blank. An OPTION statement too long for the content
 * width is split into several OPTION statements (CP accepts more than one); any other statement that
 * is too long is reported and written only if it still fits in 80 columns.
 */
public final class DirectoryStatementWriter {

    private final RecordLayout layout;

    public DirectoryStatementWriter(RecordLayout layout) {
        this.layout = layout;
    }

    public DirectoryStatementWriter() {
        this(RecordLayout.standard());
    }

    /** The statement's records: verbatim if it was read and not changed, else formatted. */
    public List<String> write(DirectoryStatement statement, Diagnostics diagnostics) {
        return statement.isVerbatim() ? statement.source().records() : format(statement, diagnostics);
    }

    public List<String> write(DirectoryComment comment) {
        if (comment.source() != null) {
            return comment.source().records();
        }
        List<String> records = new ArrayList<>();
        for (String piece : CommentBox.wrap(comment.text(), layout.contentWidth() - 2)) {
            records.add(("* " + piece).stripTrailing());
        }
        return records;
    }

    public List<String> format(DirectoryStatement statement, Diagnostics diagnostics) {
        boolean header = EntryKind.of(statement.keyword()) != null || statement.keyword().equals("DIRECTORY");
        String indent = header ? "" : " ".repeat(layout.directoryIndent());
        String record = indent + statement;
        if (record.length() <= layout.contentWidth()) {
            return List.of(record);
        }
        if (statement.keyword().equals("OPTION")) {
            return splitOption(statement, indent);
        }
        if (record.length() <= RecordLayout.RECORD_LENGTH) {
            diagnostics.warning(0, 0, Rule.DIRECTORY_TOO_LONG, "statement '" + statement.keyword() + "' runs to column "
                    + record.length() + "; columns past " + layout.contentWidth() + " may be ignored, shorten its operands");
            return List.of(record);
        }
        diagnostics.error(0, 0, Rule.DIRECTORY_TOO_LONG, "statement '" + statement.keyword() + "' needs "
                + record.length() + " columns and a directory record has 80; it was not written, shorten its operands");
        return List.of();
    }

    private List<String> splitOption(DirectoryStatement statement, String indent) {
        List<String> records = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent).append("OPTION");
        int empty = line.length();
        for (String operand : statement.operandTexts()) {
            if (line.length() > empty && line.length() + 1 + operand.length() > layout.contentWidth()) {
                records.add(line.toString());
                line.setLength(empty);
            }
            line.append(' ').append(operand);
        }
        records.add(line.toString());
        return records;
    }
}
