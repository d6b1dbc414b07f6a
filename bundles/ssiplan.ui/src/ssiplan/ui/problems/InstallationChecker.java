package ssiplan.ui.problems;

import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.progress.UIJob;

import ssiplan.model.Installation;
import ssiplan.ui.emf.EditingDomains;

/**
 * Keeps the Problems view current for one open installation: checks it when its editor opens and
 * again shortly after every change on its command stack (edits made in quick succession — typing,
 * a drag — are checked once), and rewrites the file's markers.
 */
final class InstallationChecker implements CommandStackListener {

	/** How long after the last change the check runs. */
	static final long DELAY_MS = 250;

	private final EditingDomain domain;
	private final IFile file;
	private final UIJob job;

	InstallationChecker(EditingDomain domain, IFile file) {
		this.domain = domain;
		this.file = file;
		this.job = new UIJob("Checking " + file.getName()) {
			@Override
			public IStatus runInUIThread(IProgressMonitor monitor) {
				checkNow();
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		domain.getCommandStack().addCommandStackListener(this);
	}

	IFile file() {
		return file;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** Checks the installation and rewrites the markers (UI thread: the model belongs to it). */
	void checkNow() {
		Installation installation = installation();
		try {
			List<ProblemFinding> findings = installation == null ? List.of() : FindingSources.current().check(installation);
			ProblemMarkers.replace(file, findings, EditingDomains.adapterFactory(domain));
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Checking " + file.getFullPath() + " failed", e);
		}
	}

	private Installation installation() {
		for (Resource resource : domain.getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Installation installation) {
				return installation;
			}
		}
		return null;
	}

	void dispose() {
		domain.getCommandStack().removeCommandStackListener(this);
		job.cancel();
		try {
			ProblemMarkers.clear(file);
		} catch (CoreException e) {
			ILog.of(getClass()).error("Removing the findings of " + file.getFullPath() + " failed", e);
		}
	}
}
