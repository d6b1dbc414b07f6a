package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import ssiplan.ui.PlanningPerspective;
import ssiplan.ui.about.ProductVersion;

/** Starts the real workbench (through the UI harness) and checks what a user sees first. */
class WorkbenchStartTest {

	@Test
	void windowOpensInThePlanningPerspectiveWithTheProductTitle() {
		assertTrue(PlatformUI.isWorkbenchRunning(), "the workbench should be running");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "an active workbench window");
		Shell shell = window.getShell();
		Screenshots.settle(Display.getCurrent(), 300);

		assertTrue(shell.isVisible(), "window visible");
		assertTrue(shell.getText().startsWith("SSI Planner"), "title was: " + shell.getText());
		assertEquals(PlanningPerspective.ID, window.getActivePage().getPerspective().getId());
		assertEquals("SSI Planning", window.getActivePage().getPerspective().getLabel());

		File png = Screenshots.of(shell, "workbench");
		assertTrue(png.length() > 1000, "screenshot written: " + png);
	}

	@Test
	void helpMenuOffersAboutWithTheBuildVersion() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu bar = shell.getMenuBar();
		String[] top = Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toArray(String[]::new);
		assertEquals("Help", top[top.length - 1], "menus: " + Arrays.toString(top));

		MenuItem help = bar.getItems()[bar.getItems().length - 1];
		// Menus are filled lazily when shown; ask the contributions to appear.
		help.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		boolean about = Arrays.stream(help.getMenu().getItems())
				.anyMatch(i -> i.getText().replace("&", "").startsWith("About SSI Planner"));
		help.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(about, "Help > About SSI Planner");

		String text = ProductVersion.aboutText();
		assertTrue(text.startsWith("SSI Planner 1.0.0."), text);
		assertTrue(ProductVersion.current().getMajor() >= 1);
	}
}
