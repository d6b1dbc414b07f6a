package ssiplan.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import ssiplan.ui.files.StartupInstallation;

/** Opens every window in the SSI Planning perspective and keeps the layout between sessions. */
public final class PlannerWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// The Problems view and markers come from org.eclipse.ui.ide; its adapters must be known
		// before the first view opens.
		IDE.registerAdapters();
		declareProblemImages(configurer);
	}

	/**
	 * The Problems view looks its severity icons up under these names; the IDE application's advisor
	 * declares them, an RCP application has to do it itself (else they show as red squares).
	 */
	private static void declareProblemImages(IWorkbenchConfigurer configurer) {
		String[][] images = {
				{ "IMG_OBJS_ERROR_PATH", "obj16/error_tsk.png" }, { "IMG_OBJS_WARNING_PATH", "obj16/warn_tsk.png" },
				{ "IMG_OBJS_INFO_PATH", "obj16/info_tsk.png" }, { "IMG_OBJS_FIXABLE_ERROR", "obj16/quickfix_error_obj.png" },
				{ "IMG_OBJS_FIXABLE_WARNING", "obj16/quickfix_warning_obj.png" },
				{ "IMG_OBJS_FIXABLE_INFO", "obj16/quickfix_info_obj.png" },
				{ "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "eview16/problems_view_error.png" },
				{ "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "eview16/problems_view_warning.png" },
				{ "IMG_ETOOL_PROBLEMS_VIEW_INFO", "eview16/problems_view_info.png" } };
		for (String[] image : images) {
			ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, "icons/full/" + image[1]).orElse(null);
			if (descriptor != null) {
				configurer.declareImage(image[0], descriptor, true);
			}
		}
	}

	@Override
	public void postStartup() {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window != null) {
			StartupInstallation.openIfNothingIsOpen(window.getActivePage());
		}
	}

	@Override
	public void postShutdown() {
		// The Installations project and its links to files elsewhere on disk outlive the session.
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("Saving the workspace failed", e);
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new PlannerWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PlanningPerspective.ID;
	}
}
