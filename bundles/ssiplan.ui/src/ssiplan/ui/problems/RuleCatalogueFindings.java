package ssiplan.ui.problems;

import java.util.List;

import ssiplan.model.Installation;
import ssiplan.validation.Finding;
import ssiplan.validation.RuleCatalogue;

/** The standard rule catalogue (bundle ssiplan.validation, contract 2): what the Problems view lists. */
public final class RuleCatalogueFindings implements FindingSource {

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	@Override
	public List<ProblemFinding> check(Installation installation) {
		return catalogue.validate(installation).findings().stream().map(RuleCatalogueFindings::of).toList();
	}

	private static ProblemFinding of(Finding finding) {
		ProblemFinding.Severity severity = switch (finding.severity()) {
			case ERROR -> ProblemFinding.Severity.ERROR;
			case WARNING -> ProblemFinding.Severity.WARNING;
			default -> ProblemFinding.Severity.INFO;
		};
		return new ProblemFinding(finding.ruleId(), severity, finding.message(), finding.element(), finding.quickFix());
	}
}
