package ssiplan.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem found in an installation: which rule, how bad, what to change, and the model element it
 * is about (kept as a reference so the workbench can select and decorate it).
 */
public final class Finding {

    private final Rule rule;
    private final String message;
    private final EObject element;
    private final List<EObject> relatedElements;
    private final String quickFix;

    public Finding(Rule rule, String message, EObject element, List<? extends EObject> relatedElements, String quickFix) {
        this.rule = Objects.requireNonNull(rule);
        this.message = Objects.requireNonNull(message);
        this.element = element;
        this.relatedElements = relatedElements == null ? List.of()
                : relatedElements.stream().filter(Objects::nonNull).map(EObject.class::cast).toList();
        this.quickFix = quickFix;
    }

    public Rule rule() {
        return rule;
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** What is wrong and what to change, naming the element(s) in z/VM's words. */
    public String message() {
        return message;
    }

    /** The offending element; null only for findings about the installation file as a whole. */
    public EObject element() {
        return element;
    }

    /** Other elements involved (the second member of a slot collision, the guest using a switch, ...). */
    public List<EObject> relatedElements() {
        return relatedElements;
    }

    /** The mechanical fix for this element, when there is one. */
    public Optional<String> quickFix() {
        return Optional.ofNullable(quickFix);
    }

    @Override
    public String toString() {
        return severity() + " " + ruleId() + ": " + message;
    }
}
