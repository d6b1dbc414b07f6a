package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.Installation;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Severity;
import ssiplan.validation.Finding;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.ValidationOptions;

/**
 * Runs the rule catalogue on an imported installation and turns its findings into diagnostics placed
 * at the statement the offending element (or its nearest container, or a related element) came from,
 * so they print as {@code file:line:col: severity: message [rule]} beside the readers' own.
 */
final class CatalogueFindings {

    /**
     * Rules that need what SYSTEM CONFIG and USER DIRECT do not carry: real device numbers of volumes
     * (reach rules), the CHPIDs of CTCs, and memory and processor sizes (capacity rules). On an import they would only
     * repeat "unknown"; {@code ssiplan validate} runs them once the model has the numbers.
     */
    static final List<String> NEEDS_DATA_THE_FILES_LACK = List.of("SSI-PDR-REACH", "SSI-CPOWNED-REACH",
            "SSI-SPOOL-REACH", "GUEST-MINIDISK-HOME", "LGR-MINIDISK-REACH", "CAP-MEMBER-MEMORY", "CAP-CEC-MEMORY",
            "CAP-LPAR-PROCESSORS", "CAP-PAGING", "CAP-MEMORY-OVERCOMMIT", "LGR-GUEST-FIT", "SSI-ISLINK-CHPID",
            "SSI-ISLINK-ONE-CHPID", "SSI-ISLINK-SPEED-MIX");

    List<Diagnostic> of(Installation installation, SourcePositions positions, String file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ValidationOptions.Builder options = ValidationOptions.builder();
        NEEDS_DATA_THE_FILES_LACK.forEach(options::disable);
        diagnostics.add(new Diagnostic(file, 0, 0, Severity.INFO, "the rule catalogue ran without "
                + String.join(", ", NEEDS_DATA_THE_FILES_LACK) + ": SYSTEM CONFIG and USER DIRECT give no device "
                + "numbers, CHPIDs, memory or processor sizes; add them to the model and run 'ssiplan validate'", null));
        for (Finding finding : RuleCatalogue.standard().validate(installation, options.build()).findings()) {
            SourcePosition at = position(finding, positions).orElse(new SourcePosition(file, 0, 0));
            String message = finding.message() + finding.quickFix().map(fix -> " (" + fix + ")").orElse("");
            diagnostics.add(new Diagnostic(at.file(), at.line(), at.column(), severity(finding.severity()), message,
                    finding.ruleId()));
        }
        diagnostics.sort(java.util.Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
        return diagnostics;
    }

    private static java.util.Optional<SourcePosition> position(Finding finding, SourcePositions positions) {
        List<EObject> candidates = new ArrayList<>();
        if (finding.element() != null) {
            candidates.add(finding.element());
        }
        candidates.addAll(finding.relatedElements());
        for (EObject candidate : candidates) {
            var own = positions.of(candidate);
            if (own.isPresent()) {
                return own;
            }
        }
        return java.util.Optional.empty();
    }

    private static Severity severity(ssiplan.validation.Severity severity) {
        return switch (severity) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
    }
}
