package ssiplan.ui.about;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > About SSI Planner. The platform's About dialog needs p2's UI and a branding plug-in to
 * show a version; this shows the one thing people need from it: which build they run.
 */
public final class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About SSI Planner",
				ProductVersion.aboutText());
		return null;
	}
}
