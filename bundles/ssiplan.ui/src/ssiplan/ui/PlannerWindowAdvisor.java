package ssiplan.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import ssiplan.ui.edit.EditorEditActions;
import ssiplan.ui.problems.ProblemsUpdater;

/** Window title and size; the menus come from {@link PlannerActionBarAdvisor}. */
final class PlannerWindowAdvisor extends WorkbenchWindowAdvisor {

	/** What every window shows in its title bar; UI tests check it. */
	public static final String TITLE = "SSI Planner";

	PlannerWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new PlannerActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(TITLE);
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowPerspectiveBar(false);
	}

	@Override
	public void postWindowOpen() {
		EditorEditActions.install(getWindowConfigurer().getWindow());
		ProblemsUpdater.install(getWindowConfigurer().getWindow());
	}
}
