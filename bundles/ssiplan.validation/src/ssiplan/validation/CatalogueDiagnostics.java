package ssiplan.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import ssiplan.model.Installation;
import ssiplan.model.SsiplanPackage;

/**
 * The catalogue in EMF's terms, for code built on {@link org.eclipse.emf.ecore.util.Diagnostician}
 * (EMF editors' Validate action, marker helpers): a report as a {@link Diagnostic} tree, and an
 * {@link EValidator} that runs the catalogue once per {@link Installation}.
 *
 * <p>Each child diagnostic has source {@value #SOURCE}, the rule id as message prefix, and data
 * {@code [element, related elements..., finding]}, as EMF's marker helpers expect the element first.
 */
public final class CatalogueDiagnostics implements EValidator {

    public static final String SOURCE = "ssiplan.validation";

    private final RuleCatalogue catalogue;
    private final ValidationOptions options;

    public CatalogueDiagnostics(RuleCatalogue catalogue, ValidationOptions options) {
        this.catalogue = catalogue;
        this.options = options;
    }

    /** Registers the standard catalogue as the EValidator of the ssiplan package (replacing EMF's default one). */
    public static void register() {
        EValidator.Registry.INSTANCE.put(SsiplanPackage.eINSTANCE,
                new CatalogueDiagnostics(RuleCatalogue.standard(), ValidationOptions.defaults()));
    }

    /** The report as one diagnostic whose children are the findings, most severe first. */
    public static Diagnostic toDiagnostic(ValidationReport report, Installation installation) {
        BasicDiagnostic root = new BasicDiagnostic(SOURCE, 0, "SSI Planner rule catalogue: " + report.summary(),
                new Object[] { installation });
        List<Finding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            root.add(toDiagnostic(findings.get(i), i + 1));
        }
        return root;
    }

    static Diagnostic toDiagnostic(Finding finding, int code) {
        List<Object> data = new ArrayList<>();
        if (finding.element() != null) {
            data.add(finding.element());
        }
        data.addAll(finding.relatedElements());
        data.add(finding);
        return new BasicDiagnostic(severityOf(finding.severity()), SOURCE, code, finding.ruleId() + ": " + finding.message(),
                data.toArray());
    }

    static int severityOf(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    /** Runs the catalogue when asked about an Installation; every other element is covered by that run. */
    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(eObject instanceof Installation installation)) {
            return true;
        }
        ValidationReport report = catalogue.validate(installation, options);
        if (diagnostics != null) {
            List<Finding> findings = report.findings();
            for (int i = 0; i < findings.size(); i++) {
                diagnostics.add(toDiagnostic(findings.get(i), i + 1));
            }
        }
        return !report.hasErrors();
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
