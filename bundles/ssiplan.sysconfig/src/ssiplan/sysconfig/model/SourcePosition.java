package ssiplan.sysconfig.model;

/** Where an imported model element came from: file, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
