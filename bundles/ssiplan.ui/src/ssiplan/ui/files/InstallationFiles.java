package ssiplan.ui.files;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * Every installation file the workbench opens is an {@link IFile} of one workspace project,
 * "Installations", in the instance area ({@code ~/.ssiplan/workspace}): files created there are
 * plain members, files anywhere else on disk are linked in. The Problems view shows markers, and
 * markers need a workspace resource; the file itself stays where the user keeps it.
 */
public final class InstallationFiles {

	public static final String PROJECT = "Installations";
	public static final String EXTENSION = "ssiplan";

	private InstallationFiles() {
	}

	/** The project, created and opened on first use. */
	public static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		return project;
	}

	/** Where new installations go unless the user picks another folder. */
	public static Path defaultFolder() throws CoreException {
		return project().getLocation().toFile().toPath();
	}

	/** The workspace file for {@code file} (which need not exist yet inside the project folder). */
	public static IFile fileFor(Path file) throws CoreException {
		Path location = file.toAbsolutePath().normalize();
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = project();
		Path projectFolder = project.getLocation().toFile().toPath().toAbsolutePath().normalize();
		if (location.startsWith(projectFolder)) {
			IFile member = project.getFile(IPath.fromOSString(projectFolder.relativize(location).toString()));
			member.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			return member;
		}
		for (IFile known : root.findFilesForLocationURI(location.toUri())) {
			if (known.exists() && known.getProject().equals(project)) {
				known.refreshLocal(IResource.DEPTH_ZERO, null);
				return known;
			}
		}
		IFile link = freeName(project, location.getFileName().toString());
		link.createLink(location.toUri(), IResource.ALLOW_MISSING_LOCAL, null);
		return link;
	}

	/** {@code NAME.ssiplan}, else {@code NAME-2.ssiplan}, ... : two folders may hold files of one name. */
	private static IFile freeName(IProject project, String name) {
		IFile candidate = project.getFile(name);
		String stem = name.endsWith("." + EXTENSION) ? name.substring(0, name.length() - EXTENSION.length() - 1) : name;
		for (int i = 2; candidate.exists(); i++) {
			candidate = project.getFile(stem + "-" + i + "." + EXTENSION);
		}
		return candidate;
	}

	/** The file on disk behind a workspace file. */
	public static Path location(IFile file) {
		return file.getLocation().toFile().toPath();
	}
}
