package ssiplan.sysconfig.model;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import ssiplan.sysconfig.syntax.Token;

/**
 * The statement each imported model element was made from, so findings of the rule catalogue about
 * an element can be printed as {@code file:line:col} like the readers' diagnostics. The first position
 * recorded for an element wins (a volume is positioned where it is first named).
 */
public final class SourcePositions {

    private final Map<EObject, SourcePosition> positions = new IdentityHashMap<>();

    void put(EObject element, String file, int line, int column) {
        if (element != null && line > 0) {
            positions.putIfAbsent(element, new SourcePosition(file, line, column));
        }
    }

    void put(EObject element, String file, Token token) {
        put(element, file, token.line(), token.column());
    }

    /** The element's own position, else the nearest container's. */
    public Optional<SourcePosition> of(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            SourcePosition position = positions.get(e);
            if (position != null) {
                return Optional.of(position);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return positions.size();
    }
}
