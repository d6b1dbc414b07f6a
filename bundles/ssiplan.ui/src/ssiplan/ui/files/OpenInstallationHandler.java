package ssiplan.ui.files;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Installation...: any {@code .ssiplan} file on disk, in the installation editor. */
public final class OpenInstallationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window.getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Open Installation");
		dialog.setFilterExtensions(new String[] { "*." + InstallationFiles.EXTENSION, "*" });
		dialog.setFilterNames(new String[] { "Installations (*." + InstallationFiles.EXTENSION + ")", "All files" });
		if (dialog.open() == null) {
			return null;
		}
		for (String name : dialog.getFileNames()) {
			Path file = Path.of(dialog.getFilterPath(), name);
			try {
				InstallationEditors.open(window.getActivePage(), file);
			} catch (CoreException e) {
				ErrorDialog.openError(shell, "Open Installation", "Could not open " + file, e.getStatus());
			}
		}
		return null;
	}
}
