package ssiplan.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

import ssiplan.model.resource.InstallationStore;
import ssiplan.ui.wizards.InstallationTemplate;

/**
 * What {@code ./ssiplan} shows when it starts without a file and no installation is left open from
 * the last session: the bundled four-member, two-CEC example, written once into the Installations
 * project (so the user's changes to it are kept) and opened in the installation editor.
 */
public final class StartupInstallation {

	public static final String EXAMPLE = "four-member-two-cec";

	private static volatile Path openedAtStart;

	private StartupInstallation() {
	}

	/** The file opened by {@link #openIfNothingIsOpen} when the workbench started, if it opened one. */
	public static Optional<Path> openedAtStart() {
		return Optional.ofNullable(openedAtStart);
	}

	/** The file the example lives in. */
	public static Path file() throws CoreException {
		return InstallationFiles.defaultFolder().resolve(EXAMPLE + "." + InstallationFiles.EXTENSION);
	}

	/** Opens the example unless {@code page} already shows an editor; empty when nothing was opened. */
	public static Optional<IEditorPart> openIfNothingIsOpen(IWorkbenchPage page) {
		if (page == null || page.getEditorReferences().length > 0) {
			return Optional.empty();
		}
		try {
			Path file = file();
			if (!Files.exists(file)) {
				InstallationTemplate example = InstallationTemplate.all().stream().filter(t -> t.id().equals(EXAMPLE))
						.findFirst().orElse(null);
				if (example == null) {
					ILog.of(StartupInstallation.class).warn("The bundled example " + EXAMPLE + " is not installed; nothing opened at start");
					return Optional.empty();
				}
				new InstallationStore().save(example.create(EXAMPLE), file);
			}
			IEditorPart editor = InstallationEditors.open(page, file);
			if (openedAtStart == null) {
				openedAtStart = file;
			}
			return Optional.of(editor);
		} catch (CoreException | IOException | RuntimeException e) {
			// Starting without the example is better than not starting: say why in the log.
			ILog.of(StartupInstallation.class).error("Could not open the example installation at start", e);
			return Optional.empty();
		}
	}
}
