package ssiplan.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/** The findings of one validation run, most severe first, then by rule id, in model order within a rule. */
public final class ValidationReport {

    private final List<Finding> findings;
    private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    private Map<EObject, List<Finding>> byElement;

    public ValidationReport(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        // Stable sort: within one rule the checks' model order is kept.
        sorted.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId));
        this.findings = Collections.unmodifiableList(sorted);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : sorted) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public List<Finding> errors() {
        return findings(Severity.ERROR);
    }

    public List<Finding> warnings() {
        return findings(Severity.WARNING);
    }

    public int count(Severity severity) {
        return counts.get(severity);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** The findings of one rule. */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * The findings whose element (or one of whose related elements) is {@code element}: what a
     * diagram decoration or a Properties page shows for it. Indexed on first use.
     */
    public synchronized List<Finding> findingsFor(EObject element) {
        if (byElement == null) {
            byElement = new IdentityHashMap<>();
            for (Finding finding : findings) {
                if (finding.element() != null) {
                    byElement.computeIfAbsent(finding.element(), e -> new ArrayList<>()).add(finding);
                }
                for (EObject related : finding.relatedElements()) {
                    List<Finding> list = byElement.computeIfAbsent(related, e -> new ArrayList<>());
                    if (!list.contains(finding)) {
                        list.add(finding);
                    }
                }
            }
        }
        return Collections.unmodifiableList(byElement.getOrDefault(element, List.of()));
    }

    /** "2 errors, 1 warning, 0 infos" */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + plural(count(Severity.INFO), "info");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return summary();
    }
}
