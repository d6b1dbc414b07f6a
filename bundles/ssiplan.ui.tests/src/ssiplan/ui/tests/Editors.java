package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IEditorPart;

import ssiplan.model.Installation;
import ssiplan.ui.emf.EditingDomains;
import ssiplan.ui.files.InstallationEditors;

/** Opening installations in whatever installation editor the runtime has, and reaching into it. */
public final class Editors {

	private Editors() {
	}

	/**
	 * The editor the tests expect installations in: the diagram editor when the test runtime has it,
	 * else the tests' stand-in (see plugin.xml).
	 */
	public static String expectedEditorId() {
		return org.eclipse.ui.PlatformUI.getWorkbench().getEditorRegistry().findEditor(InstallationEditors.EDITOR_ID) != null
				? InstallationEditors.EDITOR_ID : StandInInstallationEditor.ID;
	}

	public static IEditorPart open(Path file) throws CoreException {
		IEditorPart editor = InstallationEditors.open(Ui.page(), file);
		assertNotNull(editor);
		Screenshots.settle(Ui.display(), 200);
		return editor;
	}

	public static EditingDomain domain(IEditorPart editor) {
		return EditingDomains.of(editor).orElseThrow(() -> new AssertionError(editor + " has no editing domain"));
	}

	public static Installation installation(IEditorPart editor) {
		for (Resource resource : domain(editor).getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Installation installation) {
				return installation;
			}
		}
		throw new AssertionError("no installation in " + editor.getTitle());
	}

	public static ISelectionProvider selection(IEditorPart editor) {
		ISelectionProvider provider = editor.getSite().getSelectionProvider();
		assertNotNull(provider, "the editor publishes a selection");
		return provider;
	}

	public static void closeAll() {
		assertTrue(Ui.page().closeAllEditors(false));
		Screenshots.settle(Ui.display(), 100);
	}
}
