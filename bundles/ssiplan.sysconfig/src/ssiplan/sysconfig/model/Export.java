package ssiplan.sysconfig.model;

import java.util.List;

import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;

/**
 * What an exporter produced: the file's records (each at most 80 columns) and what it found worth
 * telling the user (placeholders written, settings the model lacks, names CP will reject).
 */
public record Export(List<String> records, List<Diagnostic> diagnostics) {

    public Export {
        records = List.copyOf(records);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The records joined with newlines, ending with one. */
    public String text() {
        StringBuilder text = new StringBuilder(records.size() * 40);
        for (String record : records) {
            text.append(record).append('\n');
        }
        return text.toString();
    }

    public boolean hasErrors() {
        return Diagnostics.hasErrors(diagnostics);
    }
}
