package ssiplan.ui.edit;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view reads values when it shows a selection and does not watch the model: after
 * every command (an undo included) it is told to read them again, as EMF's generated editors do.
 */
final class PropertySheetRefresh implements CommandStackListener {

	private final IWorkbenchPage page;

	PropertySheetRefresh(IWorkbenchPage page) {
		this.page = page;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
				return;
			}
			IViewPart view = page.findView(IPageLayout.ID_PROP_SHEET);
			if (view instanceof PropertySheet sheet && sheet.getCurrentPage() instanceof PropertySheetPage properties
					&& properties.getControl() != null && !properties.getControl().isDisposed()) {
				properties.refresh();
			}
		});
	}
}
