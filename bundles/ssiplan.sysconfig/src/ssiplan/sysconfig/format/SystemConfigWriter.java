package ssiplan.sysconfig.format;

import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.config.CommentRecords;
import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.SystemConfigPart;

/**
 * Writes SYSTEM CONFIG parts in order: comment records and unchanged statements verbatim, new or changed
 * statements formatted by {@link StatementWriter}. Reading a file and writing its parts gives the same
 * records back.
 */
public final class SystemConfigWriter {

    private final StatementWriter statements;

    public SystemConfigWriter(RecordLayout layout) {
        this.statements = new StatementWriter(layout);
    }

    public SystemConfigWriter() {
        this(RecordLayout.standard());
    }

    public List<String> records(List<? extends SystemConfigPart> parts) {
        List<String> records = new ArrayList<>();
        for (SystemConfigPart part : parts) {
            switch (part) {
                case Statement s -> records.addAll(statements.write(s));
                case CommentRecords c -> records.addAll(c.source().records());
            }
        }
        return records;
    }

    /** The records joined with newlines, ending with one. */
    public String write(List<? extends SystemConfigPart> parts) {
        return join(records(parts));
    }

    static String join(List<String> records) {
        StringBuilder text = new StringBuilder(records.size() * 40);
        for (String record : records) {
            text.append(record).append('\n');
        }
        return text.toString();
    }
}
