package ssiplan.sysconfig.directory;

import ssiplan.sysconfig.syntax.SourceSpan;

/**
 * A comment record ({@code *} as the first non-blank character) or a blank record.
 *
 * @param text   the comment text after the asterisk, or the whole record as read
 * @param source where it was read, or null for a comment written by a program
 */
public record DirectoryComment(String text, SourceSpan source) implements DirectoryLine {

    /** A new comment; the writer prefixes it with {@code * }. */
    public static DirectoryComment of(String text) {
        return new DirectoryComment(text, null);
    }
}
