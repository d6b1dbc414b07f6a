package ssiplan.sysconfig.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;

/**
 * A text file split into records (lines). Files reach us from CMS after an ASCII transfer, so any of
 * LF, CRLF or CR ends a record; a final line terminator does not make an extra empty record. Bytes that
 * are not UTF-8 are replaced rather than rejected: a reader never fails on bad input.
 */
public record SourceFile(String name, List<String> records) {

    public SourceFile {
        records = List.copyOf(records);
    }

    public static SourceFile of(String name, String text) {
        List<String> records = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                records.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            records.add(text.substring(start));
        }
        return new SourceFile(name, records);
    }

    /** Reads a file; an unreadable file yields no records and an {@code IO-READ} error at line 0. */
    public static SourceFile read(Path path, Diagnostics diagnostics) {
        try {
            return of(path.toString(), new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            diagnostics.error(0, 0, Rule.READ_FAILED, "cannot read the file (" + e.getMessage() + "); check the path and permissions");
            return new SourceFile(path.toString(), List.of());
        }
    }
}
