package ssiplan.ui.problems;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

import ssiplan.ui.emf.EditingDomains;

/** Starts an {@link InstallationChecker} for every installation editor a window opens, and ends it on close. */
public final class ProblemsUpdater implements IPartListener2 {

	private static final Map<IEditorPart, InstallationChecker> CHECKERS = new HashMap<>();

	public static void install(IWorkbenchWindow window) {
		ProblemsUpdater updater = new ProblemsUpdater();
		window.getPartService().addPartListener(updater);
		for (IWorkbenchPage page : window.getPages()) {
			for (IEditorReference reference : page.getEditorReferences()) {
				updater.opened(reference.getEditor(false));
			}
		}
	}

	/** Checks the installation of {@code editor} at once (tests; the UI checks after a short delay). */
	public static boolean checkNow(IEditorPart editor) {
		InstallationChecker checker = CHECKERS.get(editor);
		if (checker == null) {
			return false;
		}
		checker.checkNow();
		return true;
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		opened(reference.getPart(false));
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart editor) {
			closed(editor);
			opened(editor);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart editor) {
			closed(editor);
		}
	}

	private void opened(Object part) {
		if (!(part instanceof IEditorPart editor) || CHECKERS.containsKey(editor)
				|| !(editor.getEditorInput() instanceof IFileEditorInput input)) {
			return;
		}
		EditingDomain domain = EditingDomains.of(editor).orElse(null);
		if (domain == null) {
			return;
		}
		IFile file = input.getFile();
		InstallationChecker checker = new InstallationChecker(domain, file);
		CHECKERS.put(editor, checker);
		checker.checkNow();
	}

	private void closed(IEditorPart editor) {
		InstallationChecker checker = CHECKERS.remove(editor);
		if (checker != null) {
			checker.dispose();
		}
	}
}
