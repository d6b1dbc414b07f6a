package ssiplan.model.resource;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An installation file could not be loaded. Nothing of it is returned: a half-read plan would let the
 * simulator or an exporter work on a model with silently missing members or guests.
 */
public class InstallationLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    public InstallationLoadException(List<LoadProblem> problems, Throwable cause) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, the first one first (later ones are often consequences of it). */
    public List<LoadProblem> getProblems() {
        return problems;
    }
}
