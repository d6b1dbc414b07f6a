package ssiplan.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import ssiplan.model.Installation;
import ssiplan.model.resource.InstallationStore;
import ssiplan.ui.files.InstallationEditors;

/**
 * File > New > Installation: writes a new {@code .ssiplan} file — empty or a copy of a bundled
 * example — wherever the user chooses (atomically, never over an existing file) and opens it.
 */
public final class NewInstallationWizard extends Wizard implements INewWizard {

	public static final String ID = "ssiplan.ui.wizards.newInstallation";

	private NewInstallationPage page;
	private IWorkbench workbench;
	private Path created;

	public NewInstallationWizard() {
		setWindowTitle("New Installation");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		page = new NewInstallationPage();
		addPage(page);
	}

	/** The page, so tests can fill it in. */
	public NewInstallationPage page() {
		return page;
	}

	/** The file the wizard wrote (null before Finish). */
	public Path created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		if (Files.exists(file)) {
			page.setErrorMessage(file + " already exists; choose another name.");
			return false;
		}
		Installation installation = page.template().create(page.installationName());
		try {
			Files.createDirectories(file.getParent());
			new InstallationStore().save(installation, file);
		} catch (IOException | RuntimeException e) {
			page.setErrorMessage("Could not write " + file + ": " + e.getMessage());
			return false;
		}
		created = file;
		IWorkbench bench = workbench == null ? PlatformUI.getWorkbench() : workbench;
		IWorkbenchPage active = bench.getActiveWorkbenchWindow() == null ? null : bench.getActiveWorkbenchWindow().getActivePage();
		if (active != null) {
			try {
				InstallationEditors.open(active, file);
			} catch (CoreException e) {
				MessageDialog.openError(getShell(), "New Installation", file + " was written, but could not be opened:\n"
						+ e.getStatus().getMessage());
			}
		}
		return true;
	}
}
