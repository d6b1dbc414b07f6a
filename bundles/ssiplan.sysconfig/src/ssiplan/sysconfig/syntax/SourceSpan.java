package ssiplan.sysconfig.syntax;

import java.util.List;

/**
 * Where something was read: the file, the line and column it starts at, and the physical records it
 * spans, verbatim. Writers copy {@link #records()} back unchanged when a statement was not modified.
 */
public record SourceSpan(String file, int line, int column, List<String> records) {

    public SourceSpan {
        records = List.copyOf(records);
    }

    /** The last physical record (line number) of the span. */
    public int lastLine() {
        return line + records.size() - 1;
    }

    /** The records joined by newlines, exactly as read (without line terminators). */
    public String text() {
        return String.join("\n", records);
    }
}
