package ssiplan.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import ssiplan.model.Installation;

/**
 * The model's own structural constraints (required values, multiplicities, unique ids) checked by
 * EMF's {@link Diagnostician}. The rule catalogue ({@link RuleCatalogueFindings}) is what the
 * Problems view lists; this is for checks of a model the catalogue does not know.
 */
public final class DiagnosticianFindings implements FindingSource {

	@Override
	public List<ProblemFinding> check(Installation installation) {
		Diagnostic result = Diagnostician.INSTANCE.validate(installation);
		List<ProblemFinding> findings = new ArrayList<>();
		collect(result, findings);
		return findings;
	}

	private static void collect(Diagnostic diagnostic, List<ProblemFinding> into) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
				into.add(new ProblemFinding("EMF-" + diagnostic.getSource() + "-" + diagnostic.getCode(), severity(diagnostic),
						diagnostic.getMessage(), element, Optional.empty()));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, into);
		}
	}

	private static ProblemFinding.Severity severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> ProblemFinding.Severity.ERROR;
			case Diagnostic.WARNING -> ProblemFinding.Severity.WARNING;
			default -> ProblemFinding.Severity.INFO;
		};
	}
}
