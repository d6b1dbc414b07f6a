package ssiplan.sysconfig.format;

import java.util.ArrayList;
import java.util.List;

/**
 * SYSTEM CONFIG comments written by SSI Planner: boxes for file headers and sections, and one-line
 * comments. Text is wrapped at blanks (a word longer than a line is cut), and {@code *}{@code /} in the
 * text is written as {@code * /} so it cannot end the comment early.
 */
public final class CommentBox {

    private final RecordLayout layout;

    public CommentBox(RecordLayout layout) {
        this.layout = layout;
    }

    /**
     * A box as wide as the content area:
     * <pre>
     * /**************...*&#47;
     * /* text          ... *&#47;
     * /**************...*&#47;
     * </pre>
     * Empty strings in {@code lines} give empty box lines.
     */
    public List<String> box(List<String> lines) {
        int width = layout.contentWidth();
        String rule = "/*" + "*".repeat(width - 4) + "*/";
        int inner = width - 6;
        List<String> records = new ArrayList<>();
        records.add(rule);
        for (String line : lines) {
            for (String piece : wrap(safe(line), inner)) {
                records.add("/* " + pad(piece, inner) + " */");
            }
        }
        records.add(rule);
        return records;
    }

    public List<String> box(String... lines) {
        return box(List.of(lines));
    }

    /** {@code /* text *&#47;} records, wrapped to the content width. */
    public List<String> comment(String text) {
        List<String> records = new ArrayList<>();
        for (String piece : wrap(safe(text), layout.contentWidth() - 6)) {
            records.add("/* " + piece + " */");
        }
        return records;
    }

    static String safe(String text) {
        return text.replace("*/", "* /").replace("/*", "/ *");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /** Greedy word wrap; never returns an empty list. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
