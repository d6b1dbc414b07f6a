package ssiplan.ui.edit;

import java.util.EventObject;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, Redo and Delete for the Edit menu, working on one editing domain's command stack — the one
 * the editor, the Model Explorer and the Properties view share — and following its state (enabled,
 * "Undo Set Name").
 */
public final class CommandStackActions implements CommandStackListener {

	private final Action undo = new Action() {
		@Override
		public void run() {
			if (domain != null && domain.getCommandStack().canUndo()) {
				domain.getCommandStack().undo();
			}
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			if (domain != null && domain.getCommandStack().canRedo()) {
				domain.getCommandStack().redo();
			}
		}
	};
	private final Action delete = new Action() {
		@Override
		public void run() {
			Command command = deleteCommand();
			if (command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
	};

	private EditingDomain domain;
	private Supplier<ISelection> selection = () -> null;

	public CommandStackActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		delete.setText("&Delete");
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		update();
	}

	/** Works on {@code newDomain}'s stack from now on (null: everything disabled). */
	public void setDomain(EditingDomain newDomain) {
		if (domain == newDomain) {
			return;
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(this);
		}
		domain = newDomain;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(this);
		}
		update();
	}

	/** Where Delete takes the objects it deletes from. */
	public void setSelectionSource(Supplier<ISelection> source) {
		selection = source;
		update();
	}

	public EditingDomain domain() {
		return domain;
	}

	public IAction undo() {
		return undo;
	}

	public IAction redo() {
		return redo;
	}

	public IAction delete() {
		return delete;
	}

	/** Puts Undo and Redo (and Delete, if {@code withDelete}) into {@code bars} as global handlers. */
	public void install(IActionBars bars, boolean withDelete) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		if (withDelete) {
			bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		}
		bars.updateActionBars();
	}

	/** Call when the selection Delete works on changed. */
	public void selectionChanged() {
		delete.setEnabled(deleteCommand() != null);
	}

	private Command deleteCommand() {
		if (domain == null || !(selection.get() instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return null;
		}
		List<?> objects = structured.toList();
		if (objects.stream().anyMatch(o -> o instanceof org.eclipse.emf.ecore.EObject e && e.eContainer() == null)) {
			return null; // the installation itself is not deleted; close the editor instead
		}
		Command command = DeleteCommand.create(domain, objects);
		return command.canExecute() ? command : null;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		Display display = Display.getCurrent();
		if (display == null) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(this::update);
		} else {
			update();
		}
	}

	private void update() {
		CommandStack stack = domain == null ? null : domain.getCommandStack();
		undo.setEnabled(stack != null && stack.canUndo());
		undo.setText(label("&Undo", stack == null ? null : stack.getUndoCommand()));
		redo.setEnabled(stack != null && stack.canRedo());
		redo.setText(label("&Redo", stack == null ? null : stack.getRedoCommand()));
		selectionChanged();
	}

	private static String label(String verb, Command command) {
		String what = command == null ? null : command.getLabel();
		return what == null || what.isBlank() ? verb : verb + " " + what;
	}

	public void dispose() {
		setDomain(null);
	}
}
