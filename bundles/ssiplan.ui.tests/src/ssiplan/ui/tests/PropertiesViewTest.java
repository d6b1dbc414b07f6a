package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ssiplan.model.Member;
import ssiplan.ui.explorer.ModelExplorerView;

/** Editing in the Properties view goes through the command stack: Edit > Undo takes it back. */
class PropertiesViewTest {

	private IEditorPart editor;
	private ModelExplorerView explorer;
	private Member sysa;
	private Tree properties;

	@BeforeEach
	void selectAMember() throws Exception {
		editor = Editors.open(TestInstallations.write(TestInstallations.fourMembersTwoCecs(), "properties.ssiplan"));
		sysa = Editors.installation(editor).getClusters().get(0).getMembers().get(0);
		// As on screen: the Properties view is in front, then the planner picks a member in the explorer.
		PropertySheet sheet = (PropertySheet) Ui.page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		explorer = (ModelExplorerView) Ui.page().showView(ModelExplorerView.ID);
		explorer.viewer().expandAll();
		Ui.page().activate(explorer);
		TreeItem item = Ui.items(explorer.viewer().getTree()).stream().filter(i -> i.getData() == sysa).findFirst().orElseThrow();
		Ui.click(item);
		properties = (Tree) sheet.getCurrentPage().getControl();
		Ui.waitUntil("the member's properties", 3000, () -> properties.isVisible() && row("Name") != null);
	}

	@AfterEach
	void close() {
		Editors.closeAll();
	}

	private TreeItem row(String property) {
		Ui.expandAll(properties);
		return Ui.items(properties).stream().filter(i -> i.getText(0).equals(property)).findFirst().orElse(null);
	}

	/** Clicks the value cell of a row, as a user does to start editing it. */
	private void clickValue(TreeItem row) {
		Rectangle cell = row.getBounds(1);
		Event down = new Event();
		down.button = 1;
		down.x = cell.x + cell.width / 2;
		down.y = cell.y + cell.height / 2;
		properties.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.button = 1;
		up.x = down.x;
		up.y = down.y;
		properties.notifyListeners(SWT.MouseUp, up);
		Screenshots.settle(Ui.display(), 100);
	}

	@Test
	void editingANameIsOneUndoableCommand() {
		EditingDomain domain = Editors.domain(editor);
		assertEquals("SYSA", row("Name").getText(1));
		assertFalse(domain.getCommandStack().canUndo());

		clickValue(row("Name"));
		List<Text> editors = Ui.find(properties, Text.class, Text::isVisible);
		assertEquals(1, editors.size(), "a text cell editor opened on the Name row");
		Text text = editors.get(0);
		assertEquals("SYSA", text.getText());
		text.setText("SYSQ");
		text.notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(Ui.display(), 200);

		assertEquals("SYSQ", sysa.getName(), "the edit reached the model");
		assertTrue(domain.getCommandStack().canUndo(), "through the command stack");
		assertEquals("SYSQ", row("Name").getText(1));
		Screenshots.of(Ui.window().getShell(), "properties-edited");

		Ui.page().activate(explorer);
		Ui.choose(Ui.menuItem("Edit", "Undo"));
		assertEquals("SYSA", sysa.getName(), "Edit > Undo took the edit back");
		Ui.waitUntil("the Properties view shows the old name", 2000, () -> "SYSA".equals(row("Name").getText(1)));
		assertTrue(editor.isDirty() == domain.getCommandStack().canUndo());

		Ui.choose(Ui.menuItem("Edit", "Redo"));
		assertEquals("SYSQ", sysa.getName(), "Edit > Redo does it again");
	}

	@Test
	void aReferenceIsChosenFromADropDownOfFittingObjects() {
		TreeItem lpar = row("Lpar");
		assertNotNull(lpar, "the member's LPAR reference is a property");
		assertTrue(lpar.getText(1).startsWith("LPA"), lpar.getText(1));
		clickValue(lpar);
		List<CCombo> combos = Ui.find(properties, CCombo.class, CCombo::isVisible);
		assertEquals(1, combos.size(), "a drop-down opened on the Lpar row");
		List<String> choices = List.of(combos.get(0).getItems());
		assertTrue(choices.stream().filter(c -> c.startsWith("LP")).count() >= 4, "the installation's LPARs: " + choices);
		int lpd = choices.indexOf(choices.stream().filter(c -> c.startsWith("LPD")).findFirst().orElseThrow());
		combos.get(0).select(lpd);
		combos.get(0).notifyListeners(SWT.Selection, new Event());
		combos.get(0).notifyListeners(SWT.DefaultSelection, new Event());
		Screenshots.settle(Ui.display(), 200);
		assertEquals("LPD", sysa.getLpar().getName());
		Editors.domain(editor).getCommandStack().undo();
		assertEquals("LPA", sysa.getLpar().getName());
	}
}
