package ssiplan.diagram;

import java.util.List;

import ssiplan.diagram.decorations.Problem;
import ssiplan.diagram.decorations.ProblemSource;
import ssiplan.validation.Finding;
import ssiplan.validation.RuleCatalogue;

/**
 * The decorations the editor shows unless told otherwise: the standard rule catalogue (contract 2), the
 * same findings the CLI's {@code validate} prints and the Problems view lists.
 */
public final class DefaultProblems {

	private DefaultProblems() {
	}

	public static ProblemSource source() {
		RuleCatalogue catalogue = RuleCatalogue.standard();
		return installation -> catalogue.validate(installation).findings().stream().map(DefaultProblems::problem).toList();
	}

	static Problem problem(Finding finding) {
		Problem.Severity severity = switch (finding.severity()) {
			case ERROR -> Problem.Severity.ERROR;
			case WARNING -> Problem.Severity.WARNING;
			case INFO -> Problem.Severity.INFO;
		};
		return new Problem(finding.ruleId(), severity, finding.message(), finding.element());
	}

	/** For callers that want the findings themselves (e.g. a Problems view bridge). */
	public static List<Finding> findings(ssiplan.model.Installation installation) {
		return RuleCatalogue.standard().validate(installation).findings();
	}
}
