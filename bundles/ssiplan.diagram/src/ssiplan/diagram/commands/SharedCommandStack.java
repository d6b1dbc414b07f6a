package ssiplan.diagram.commands;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * GEF's view of the editing domain's {@link BasicCommandStack}: GEF tools and actions (undo, redo,
 * delete, direct edit) execute here, and everything ends up on the one EMF stack. Nothing is kept on
 * the GEF side, so undo from the explorer and undo in the diagram are the same history.
 */
public final class SharedCommandStack extends CommandStack {

	private final BasicCommandStack emf;

	public SharedCommandStack(BasicCommandStack emf) {
		this.emf = emf;
		emf.addCommandStackListener(event -> notifyListeners());
	}

	public BasicCommandStack emf() {
		return emf;
	}

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			return;
		}
		emf.execute(EmfGefCommand.toEmf(command));
	}

	@Override
	public boolean canUndo() {
		return emf.canUndo();
	}

	@Override
	public boolean canRedo() {
		return emf.canRedo();
	}

	@Override
	public void undo() {
		emf.undo();
	}

	@Override
	public void redo() {
		emf.redo();
	}

	@Override
	public Command getUndoCommand() {
		return EmfGefCommand.wrap(emf.getUndoCommand());
	}

	@Override
	public Command getRedoCommand() {
		return EmfGefCommand.wrap(emf.getRedoCommand());
	}

	@Override
	public boolean isDirty() {
		return emf.isSaveNeeded();
	}

	@Override
	public void markSaveLocation() {
		emf.saveIsDone();
		notifyListeners();
	}

	@Override
	public void flush() {
		emf.flush();
	}

	@Override
	public Object[] getCommands() {
		return new Object[0];
	}
}
