package ssiplan.diagram;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/**
 * The editor input for the file an installation was just saved as. An editor on a workspace file stays
 * on one (the Problems view puts markers only on workspace files): the file itself when the workspace
 * already holds it, else a link to it in the project of the file it came from (in SSI Planner the
 * "Installations" project, the same policy as ssiplan.ui's InstallationFiles, which this bundle cannot
 * see: ssiplan.ui is the shell around this editor). An editor on a plain file gets a plain file again.
 */
final class SaveAsInput {

	private SaveAsInput() {
	}

	static IEditorInput of(Path saved, IEditorInput previous) throws CoreException {
		Path location = saved.toAbsolutePath().normalize();
		if (previous instanceof IFileEditorInput workspaceInput) {
			return new FileEditorInput(workspaceFile(location, workspaceInput.getFile().getProject()));
		}
		return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(location.toUri()));
	}

	private static IFile workspaceFile(Path location, IProject project) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		for (IFile known : root.findFilesForLocationURI(location.toUri())) {
			if (known.getProject().isOpen()) {
				known.refreshLocal(IResource.DEPTH_ZERO, null);
				if (known.exists()) {
					return known;
				}
			}
		}
		IFile link = freeName(project, location.getFileName().toString());
		link.createLink(location.toUri(), IResource.ALLOW_MISSING_LOCAL, null);
		return link;
	}

	/** {@code NAME.ssiplan}, else {@code NAME-2.ssiplan}, ...: files of one name may live in two folders. */
	private static IFile freeName(IContainer project, String name) {
		IFile candidate = project.getFile(IPath.fromPortableString(name));
		String stem = name.endsWith(".ssiplan") ? name.substring(0, name.length() - ".ssiplan".length()) : name;
		for (int i = 2; candidate.exists(); i++) {
			candidate = project.getFile(IPath.fromPortableString(stem + "-" + i + ".ssiplan"));
		}
		return candidate;
	}
}
