package ssiplan.ui.problems;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * One finding about an installation as the Problems view shows it: the rule that found it, how bad it
 * is, what to change, and the offending element (may be null). Mirrors the rule catalogue's
 * {@code Finding} (contract 2) so the view does not depend on how findings are produced.
 */
public record ProblemFinding(String ruleId, Severity severity, String message, EObject element, Optional<String> quickFix) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	public ProblemFinding {
		quickFix = quickFix == null ? Optional.empty() : quickFix;
	}
}
