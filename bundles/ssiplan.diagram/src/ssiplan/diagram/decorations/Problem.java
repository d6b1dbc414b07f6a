package ssiplan.diagram.decorations;

import org.eclipse.emf.ecore.EObject;

/**
 * One finding to show on the diagram: the rule that raised it, how bad it is, what to change, and the
 * element it is about (null = the installation as a whole).
 */
public record Problem(String ruleId, Severity severity, String message, EObject element) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	/** The text a tooltip shows: "SSI-ISLINK-MESH: SYSA and SYSC have no ISFC link; add one." */
	public String text() {
		return (ruleId == null || ruleId.isBlank() ? "" : ruleId + ": ") + message;
	}
}
