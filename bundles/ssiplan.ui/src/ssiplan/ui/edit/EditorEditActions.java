package ssiplan.ui.edit;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

import ssiplan.ui.emf.EditingDomains;

/**
 * Wires Edit > Undo, Redo and Delete to the command stack of the active installation editor, for
 * editors whose action bar contributor leaves those slots empty (an editor that brings its own
 * handlers keeps them). Installed once per workbench window.
 */
public final class EditorEditActions implements IPartListener2 {

	private final Map<IEditorPart, CommandStackActions> byEditor = new HashMap<>();

	public static void install(IWorkbenchWindow window) {
		EditorEditActions listener = new EditorEditActions();
		window.getPartService().addPartListener(listener);
		IWorkbenchPage page = window.getActivePage();
		if (page != null && page.getActiveEditor() != null) {
			listener.activated(page.getActiveEditor());
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart editor) {
			activated(editor);
		}
	}

	private void activated(IEditorPart editor) {
		EditingDomain domain = EditingDomains.of(editor).orElse(null);
		if (domain == null) {
			return;
		}
		CommandStackActions actions = byEditor.computeIfAbsent(editor, e -> {
			CommandStackActions created = new CommandStackActions();
			created.setDomain(domain);
			domain.getCommandStack().addCommandStackListener(new PropertySheetRefresh(e.getSite().getPage()));
			ISelectionProvider selection = e.getSite().getSelectionProvider();
			if (selection != null) {
				created.setSelectionSource(selection::getSelection);
				selection.addSelectionChangedListener(event -> created.selectionChanged());
			}
			return created;
		});
		IActionBars bars = editor.getEditorSite().getActionBars();
		boolean changed = offer(bars, ActionFactory.UNDO.getId(), actions.undo());
		changed |= offer(bars, ActionFactory.REDO.getId(), actions.redo());
		changed |= offer(bars, ActionFactory.DELETE.getId(), actions.delete());
		if (changed) {
			bars.updateActionBars();
		}
	}

	/** Sets {@code action} unless the editor put its own handler into the slot. */
	private boolean offer(IActionBars bars, String id, IAction action) {
		IAction current = bars.getGlobalActionHandler(id);
		if (current == action) {
			return false;
		}
		if (current != null && !isOurs(current)) {
			return false;
		}
		bars.setGlobalActionHandler(id, action);
		return true;
	}

	private boolean isOurs(IAction action) {
		return byEditor.values().stream().anyMatch(a -> a.undo() == action || a.redo() == action || a.delete() == action);
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		CommandStackActions actions = byEditor.remove(reference.getPart(false));
		if (actions != null) {
			actions.dispose();
		}
	}
}
