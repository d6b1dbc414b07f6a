package ssiplan.sysconfig.format;

import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.directory.DirectoryComment;
import ssiplan.sysconfig.directory.DirectoryEntry;
import ssiplan.sysconfig.directory.DirectoryLine;
import ssiplan.sysconfig.directory.DirectoryStatement;

/** Writes a source directory: the prologue, then every entry's lines, in order. */
public final class UserDirectWriter {

    private final DirectoryStatementWriter writer;

    public UserDirectWriter(RecordLayout layout) {
        this.writer = new DirectoryStatementWriter(layout);
    }

    public UserDirectWriter() {
        this(RecordLayout.standard());
    }

    public List<String> records(List<DirectoryLine> prologue, List<DirectoryEntry> entries, Diagnostics diagnostics) {
        List<String> records = new ArrayList<>();
        lines(prologue, records, diagnostics);
        for (DirectoryEntry entry : entries) {
            lines(entry.lines(), records, diagnostics);
        }
        return records;
    }

    public String write(List<DirectoryLine> prologue, List<DirectoryEntry> entries, Diagnostics diagnostics) {
        return SystemConfigWriter.join(records(prologue, entries, diagnostics));
    }

    private void lines(List<DirectoryLine> lines, List<String> records, Diagnostics diagnostics) {
        for (DirectoryLine line : lines) {
            switch (line) {
                case DirectoryStatement s -> records.addAll(writer.write(s, diagnostics));
                case DirectoryComment c -> records.addAll(writer.write(c));
            }
        }
    }
}
