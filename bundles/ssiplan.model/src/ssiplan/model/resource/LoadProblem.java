package ssiplan.model.resource;

/**
 * One reason an installation file could not be loaded, with its place in the file.
 *
 * @param file   the file as the user named it
 * @param line   1-based line, or 0 when the problem has no place in the text (e.g. file missing)
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, without the location
 */
public record LoadProblem(String file, int line, int column, String message) {

    /** {@code file:line:col: message}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + Math.max(column, 1) + ": " + message;
    }
}
