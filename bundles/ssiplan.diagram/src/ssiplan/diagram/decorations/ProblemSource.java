package ssiplan.diagram.decorations;

import java.util.List;

import ssiplan.model.Installation;

/**
 * Where decorations come from: the rule catalogue in the product, anything else in tests. Called after
 * every change (coalesced), on the UI thread, with the live model; it must not change the model.
 */
@FunctionalInterface
public interface ProblemSource {

	ProblemSource NONE = installation -> List.of();

	List<Problem> problemsOf(Installation installation);
}
