package ssiplan.ui.files;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/** Opens installation files in the installation editor (the topology diagram of bundle ssiplan.diagram). */
public final class InstallationEditors {

	/** The diagram stream's editor (contract 5). */
	public static final String EDITOR_ID = "ssiplan.diagram.InstallationEditor";

	private InstallationEditors() {
	}

	/**
	 * The editor to use: the diagram editor; when that is not installed, whatever editor is registered
	 * for {@code .ssiplan} files; null when there is none.
	 */
	public static String editorId() {
		IEditorRegistry registry = PlatformUI.getWorkbench().getEditorRegistry();
		if (registry.findEditor(EDITOR_ID) != null) {
			return EDITOR_ID;
		}
		IEditorDescriptor fallback = registry.getDefaultEditor("installation." + InstallationFiles.EXTENSION);
		return fallback == null ? null : fallback.getId();
	}

	/** Opens {@code file} (anywhere on disk) and activates its editor. */
	public static IEditorPart open(IWorkbenchPage page, Path file) throws CoreException {
		String id = editorId();
		if (id == null) {
			throw new PartInitException(Status.error("Cannot open " + file + ": the installation editor "
					+ EDITOR_ID + " (bundle ssiplan.diagram) is not installed in this SSI Planner."));
		}
		IFile workspaceFile = InstallationFiles.fileFor(file);
		IEditorPart editor = IDE.openEditor(page, new FileEditorInput(workspaceFile), id, true);
		if (editor == null) {
			throw new PartInitException(new Status(IStatus.ERROR, "ssiplan.ui", "The editor for " + file + " did not open."));
		}
		return editor;
	}
}
