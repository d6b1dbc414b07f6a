package ssiplan.model.resource;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report about a failed load into {@link LoadProblem}s that name the
 * file, line and column. EMF spreads this over {@link Resource#getErrors()} (unknown elements, dangling
 * ids, unknown namespaces, each a {@link Resource.Diagnostic}) and a thrown exception whose cause chain
 * may hold a {@link SAXParseException} (malformed XML, forbidden DOCTYPE).
 */
final class LoadProblems {

    private final String file;
    private final List<LoadProblem> problems = new ArrayList<>();

    LoadProblems(String file) {
        this.file = file;
    }

    void addAll(List<Resource.Diagnostic> diagnostics) {
        for (Resource.Diagnostic diagnostic : diagnostics) {
            if (diagnostic instanceof Throwable thrown) {
                add(thrown);
            } else {
                problems.add(new LoadProblem(file, diagnostic.getLine(), diagnostic.getColumn(), bareMessage(diagnostic)));
            }
        }
    }

    /** Adds the problem an exception describes, unless an earlier one said the same. */
    void add(Throwable thrown) {
        LoadProblem problem = describe(thrown);
        boolean known = problems.stream().anyMatch(p -> p.line() == problem.line()
                && p.column() == problem.column() && p.message().equals(problem.message()));
        if (!known) {
            problems.add(problem);
        }
    }

    void add(int line, int column, String message) {
        problems.add(new LoadProblem(file, line, column, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<LoadProblem> list() {
        return List.copyOf(problems);
    }

    private LoadProblem describe(Throwable thrown) {
        // The parser's own report is the most precise; EMF wraps it with a less readable message.
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new LoadProblem(file, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
                return new LoadProblem(file, diagnostic.getLine(), diagnostic.getColumn(), bareMessage(diagnostic));
            }
            if (t instanceof NoSuchFileException) {
                return new LoadProblem(file, 0, 0, "file does not exist");
            }
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return new LoadProblem(file, 0, 0, root instanceof IOException ? "cannot read: " + message : message);
    }

    /** EMF appends "(uri, line, column)" to its messages; the location is reported separately here. */
    private static String bareMessage(Resource.Diagnostic diagnostic) {
        String message = diagnostic.getMessage();
        if (message == null) {
            return "unreadable content";
        }
        if (diagnostic instanceof XMIException) {
            String suffix = " (" + diagnostic.getLocation() + ", " + diagnostic.getLine() + ", " + diagnostic.getColumn() + ")";
            if (message.endsWith(suffix)) {
                return message.substring(0, message.length() - suffix.length());
            }
        }
        return message;
    }
}
