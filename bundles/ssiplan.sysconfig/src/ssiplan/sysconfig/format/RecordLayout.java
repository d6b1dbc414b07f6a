package ssiplan.sysconfig.format;

/**
 * How written records look. Records are at most 80 columns (the file is {@code F 80}); statement text
 * stays within columns 1..{@code contentWidth} (71 by default; 72 is the other reading of CP's rules,
 * see reference §1.1), so columns 73-80 stay free in any case.
 *
 * @param contentWidth       last column used by statement text and comments: 71 or 72
 * @param continuationIndent blanks in front of a continuation record
 * @param commentColumn      column where a trailing comment starts, when the statement is shorter
 * @param directoryIndent    blanks in front of directory statements inside an entry
 */
public record RecordLayout(int contentWidth, int continuationIndent, int commentColumn, int directoryIndent) {

    public static final int RECORD_LENGTH = 80;

    public RecordLayout {
        if (contentWidth != 71 && contentWidth != 72) {
            throw new IllegalArgumentException("contentWidth must be 71 or 72, not " + contentWidth);
        }
        if (continuationIndent < 0 || continuationIndent > 20 || directoryIndent < 0 || directoryIndent > 20) {
            throw new IllegalArgumentException("indent must be 0..20");
        }
        if (commentColumn < 1 || commentColumn > contentWidth) {
            throw new IllegalArgumentException("commentColumn must be 1.." + contentWidth);
        }
    }

    /** Columns 1-71, six-blank continuation (as IBM's installer writes the SSI statement), comments at 41. */
    public static RecordLayout standard() {
        return new RecordLayout(71, 6, 41, 1);
    }

    public RecordLayout withContentWidth(int width) {
        return new RecordLayout(width, continuationIndent, commentColumn, directoryIndent);
    }
}
