package ssiplan.diagram.figures;

import java.util.List;

import ssiplan.diagram.decorations.Problem;

/** A figure that can show validation findings about its element (marker + tooltip). */
public interface Decorated {

	/** Shows {@code problems} (empty = none); the worst severity decides the marker colour. */
	void setProblems(List<Problem> problems);

	List<Problem> problems();
}
