package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.examples.Examples;
import ssiplan.model.resource.InstallationStore;
import ssiplan.ui.explorer.ModelExplorerView;
import ssiplan.ui.files.InstallationEditors;
import ssiplan.ui.files.StartupInstallation;

/**
 * {@code ./ssiplan} without arguments: the four-member, two-CEC example is written into the
 * Installations project and opened in the installation editor. Also takes the README's screenshot.
 */
class StartupExampleTest {

	@Test
	void theWorkbenchOpenedTheBundledExampleAtStart() throws Exception {
		Path file = StartupInstallation.file();
		assertEquals(file, StartupInstallation.openedAtStart().orElseThrow(() -> new AssertionError("nothing opened at start")));
		assertTrue(Files.exists(file), file.toString());
		Installation onDisk = new InstallationStore().load(file);
		Installation example = Examples.create(StartupInstallation.EXAMPLE);
		assertEquals(example.getCecs().size(), onDisk.getCecs().size());
		assertEquals(example.getClusters().get(0).getMembers().size(), onDisk.getClusters().get(0).getMembers().size());
		assertEquals(Editors.expectedEditorId(), InstallationEditors.editorId());
	}

	@Test
	void screenshotOfTheWorkbenchWithTheExample() throws Exception {
		Editors.closeAll();
		IWorkbenchPage page = Ui.page();
		page.resetPerspective();
		IEditorPart editor = StartupInstallation.openIfNothingIsOpen(page).orElseThrow();
		assertEquals(Editors.expectedEditorId(), editor.getSite().getId());
		page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		ModelExplorerView explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
		Installation installation = Editors.installation(editor);
		Member member = installation.getClusters().get(0).getMembers().get(0);
		explorer.viewer().expandToLevel(member, 0);
		page.activate(explorer);
		TreeItem item = Ui.items(explorer.viewer().getTree()).stream().filter(i -> i.getData() == member).findFirst().orElseThrow();
		Ui.click(item);
		assertEquals(new StructuredSelection(member).toList(),
				((StructuredSelection) Editors.selection(editor).getSelection()).toList());
		Screenshots.settle(Ui.display(), 1000);
		assertTrue(Screenshots.of(Ui.window().getShell(), "workbench-example").length() > 10_000);
	}
}
