package ssiplan.diagram.commands;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A GEF command that is an EMF command. Edit policies return these; {@link SharedCommandStack} unwraps
 * them and executes the EMF command on the editing domain's stack, so GEF edits, the explorer and the
 * Properties view share one undo history.
 */
public final class EmfGefCommand extends org.eclipse.gef.commands.Command {

	private final org.eclipse.emf.common.command.Command emf;

	public EmfGefCommand(org.eclipse.emf.common.command.Command emf) {
		super(emf.getLabel());
		this.emf = emf;
	}

	/** Null-safe wrapping: a null or unexecutable EMF command gives null (GEF shows "not allowed"). */
	public static org.eclipse.gef.commands.Command wrap(org.eclipse.emf.common.command.Command emf) {
		return emf == null ? null : new EmfGefCommand(emf);
	}

	public org.eclipse.emf.common.command.Command emf() {
		return emf;
	}

	@Override
	public boolean canExecute() {
		return emf.canExecute();
	}

	@Override
	public boolean canUndo() {
		return emf.canUndo();
	}

	@Override
	public void execute() {
		emf.execute();
	}

	@Override
	public void undo() {
		emf.undo();
	}

	@Override
	public void redo() {
		emf.redo();
	}

	/** The EMF command to run for any GEF command: unwraps ours, turns compounds into EMF compounds. */
	public static org.eclipse.emf.common.command.Command toEmf(org.eclipse.gef.commands.Command command) {
		if (command instanceof EmfGefCommand wrapped) {
			return wrapped.emf;
		}
		if (command instanceof org.eclipse.gef.commands.CompoundCommand compound) {
			CompoundCommand emf = new CompoundCommand(compound.getLabel());
			for (Object child : compound.getCommands()) {
				emf.append(toEmf((org.eclipse.gef.commands.Command) child));
			}
			return emf;
		}
		return new GefInEmf(command);
	}

	/** A plain GEF command (e.g. one of GEF's own) run as an EMF command. */
	private static final class GefInEmf extends AbstractCommand {
		private final org.eclipse.gef.commands.Command gef;

		GefInEmf(org.eclipse.gef.commands.Command gef) {
			super(gef.getLabel());
			this.gef = gef;
		}

		@Override
		protected boolean prepare() {
			return gef.canExecute();
		}

		@Override
		public boolean canUndo() {
			return gef.canUndo();
		}

		@Override
		public void execute() {
			gef.execute();
		}

		@Override
		public void undo() {
			gef.undo();
		}

		@Override
		public void redo() {
			gef.redo();
		}
	}
}
