package ssiplan.diagram;

import ssiplan.diagram.decorations.ProblemSource;

/**
 * The decorations the editor shows unless told otherwise. The rule catalogue (ssiplan.validation) is
 * built by another stream; until it is in the build this is {@link ProblemSource#NONE}.
 */
final class DefaultProblems {

	private DefaultProblems() {
	}

	static ProblemSource source() {
		return ProblemSource.NONE;
	}
}
