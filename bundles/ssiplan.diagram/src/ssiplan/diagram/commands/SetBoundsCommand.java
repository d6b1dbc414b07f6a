package ssiplan.diagram.commands;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.AbstractCommand;

import ssiplan.diagram.view.DiagramLayout;
import ssiplan.diagram.view.ModelIds;

/**
 * Moves/resizes diagram nodes (one, or all for Arrange All). A layout change, not a model change, but
 * it goes on the same stack so it is undoable and makes the editor dirty (the layout is saved with the
 * model). Nodes are keyed when the command runs: a node created in the same compound command only has
 * its UUID once it is in the resource.
 */
public final class SetBoundsCommand extends AbstractCommand {

	private final DiagramLayout layout;
	private final Map<Object, Rectangle> after;
	private Map<String, Rectangle> keyedAfter;
	private Map<String, Rectangle> before;

	public SetBoundsCommand(String label, DiagramLayout layout, Map<?, Rectangle> after) {
		super(label);
		this.layout = layout;
		this.after = new LinkedHashMap<>(after);
	}

	@Override
	protected boolean prepare() {
		return !after.isEmpty();
	}

	@Override
	public void execute() {
		keyedAfter = new LinkedHashMap<>();
		before = new LinkedHashMap<>();
		after.forEach((node, r) -> {
			String key = node instanceof String s ? s : ModelIds.keyOf(node);
			if (key != null) {
				keyedAfter.put(key, r);
				before.put(key, layout.bounds(key));
			}
		});
		layout.setAllBounds(keyedAfter);
	}

	@Override
	public void undo() {
		layout.setAllBounds(before);
	}

	@Override
	public void redo() {
		layout.setAllBounds(keyedAfter);
	}
}
