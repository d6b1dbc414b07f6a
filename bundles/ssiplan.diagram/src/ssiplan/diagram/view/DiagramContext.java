package ssiplan.diagram.view;

import org.eclipse.emf.edit.domain.EditingDomain;

import ssiplan.diagram.decorations.ProblemSource;
import ssiplan.model.Installation;

/**
 * What every edit part of one diagram shares: the installation drawn, the editing domain whose command
 * stack every edit goes through, the layout, and where decorations come from. The viewer's contents.
 */
public final class DiagramContext {

	/** Above this many guests a member shows one summary tile until the user expands it. */
	public static final int GUEST_TILE_THRESHOLD = 24;

	private final Installation installation;
	private final EditingDomain domain;
	private final DiagramLayout layout;
	private ProblemSource problems = ProblemSource.NONE;

	public DiagramContext(Installation installation, EditingDomain domain, DiagramLayout layout) {
		this.installation = installation;
		this.domain = domain;
		this.layout = layout;
	}

	public Installation installation() {
		return installation;
	}

	public EditingDomain domain() {
		return domain;
	}

	public DiagramLayout layout() {
		return layout;
	}

	public ProblemSource problems() {
		return problems;
	}

	public void setProblems(ProblemSource problems) {
		this.problems = problems == null ? ProblemSource.NONE : problems;
	}

	public DiagramContents contents() {
		return new DiagramContents(this);
	}
}
