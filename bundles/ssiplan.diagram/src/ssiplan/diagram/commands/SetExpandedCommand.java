package ssiplan.diagram.commands;

import org.eclipse.emf.common.command.AbstractCommand;

import ssiplan.diagram.view.DiagramLayout;

/** Expands or collapses an aggregated guest group; kept in the layout file, undoable like a move. */
public final class SetExpandedCommand extends AbstractCommand {

	private final DiagramLayout layout;
	private final String key;
	private final boolean expanded;

	public SetExpandedCommand(DiagramLayout layout, String key, boolean expanded) {
		super(expanded ? "Expand guests" : "Collapse guests");
		this.layout = layout;
		this.key = key;
		this.expanded = expanded;
	}

	@Override
	protected boolean prepare() {
		return layout.isExpanded(key) != expanded;
	}

	@Override
	public void execute() {
		layout.setExpanded(key, expanded);
	}

	@Override
	public void undo() {
		layout.setExpanded(key, !expanded);
	}

	@Override
	public void redo() {
		execute();
	}
}
