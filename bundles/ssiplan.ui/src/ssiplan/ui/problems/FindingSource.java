package ssiplan.ui.problems;

import java.util.List;

import ssiplan.model.Installation;

/** Checks an installation; what the Problems view lists. Must not change the installation. */
@FunctionalInterface
public interface FindingSource {

	List<ProblemFinding> check(Installation installation);
}
