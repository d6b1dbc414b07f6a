package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ssiplan.model.Installation;
import ssiplan.model.resource.InstallationStore;
import ssiplan.ui.wizards.InstallationTemplate;
import ssiplan.ui.wizards.NewInstallationWizard;

/** File > New > Installation writes a loadable file from the chosen template and opens it. */
class NewInstallationWizardTest {

	private WizardDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Editors.closeAll();
	}

	private NewInstallationWizard openWizard() {
		NewInstallationWizard wizard = new NewInstallationWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		dialog = new WizardDialog(Ui.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Screenshots.settle(Ui.display(), 200);
		return wizard;
	}

	private Button finish() {
		List<Button> buttons = Ui.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Finish"));
		assertEquals(1, buttons.size());
		return buttons.get(0);
	}

	@Test
	void theFileMenuOffersTheWizard() {
		MenuItem item = Ui.menuItem("File", "New", "Installation");
		assertNotNull(item);
		assertNotNull(Ui.menuItem("File", "Open Installation"));
	}

	@Test
	void finishWritesTheChosenTemplateAndOpensIt() throws Exception {
		Path folder = Files.createTempDirectory("ssiplan-wizard");
		NewInstallationWizard wizard = openWizard();
		String template = InstallationTemplate.all().get(InstallationTemplate.all().size() - 1).id();
		wizard.page().select(template);
		wizard.page().setFolder(folder);
		wizard.page().setFileName("lab-site");
		Screenshots.settle(Ui.display(), 100);
		Screenshots.of(dialog.getShell(), "new-installation-wizard");
		assertTrue(finish().isEnabled(), "Finish is enabled: " + dialog.getCurrentPage().getErrorMessage());

		finish().notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(Ui.display(), 300);

		Path written = folder.resolve("lab-site.ssiplan");
		assertTrue(Files.exists(written), "the wizard wrote " + written);
		Installation loaded = new InstallationStore().load(written);
		Installation expected = InstallationTemplate.byId(template).create("lab-site");
		assertEquals(expected.getCecs().size(), loaded.getCecs().size());
		assertEquals(expected.getClusters().size(), loaded.getClusters().size());
		IEditorPart editor = Ui.page().getActiveEditor();
		assertNotNull(editor, "the new installation is open");
		assertEquals("lab-site.ssiplan", editor.getEditorInput().getName());
	}

	@Test
	void refusesToOverwriteAnExistingFile() throws Exception {
		Path folder = Files.createTempDirectory("ssiplan-wizard");
		Files.writeString(folder.resolve("taken.ssiplan"), "keep me");
		NewInstallationWizard wizard = openWizard();
		wizard.page().setFolder(folder);
		wizard.page().setFileName("taken");
		Screenshots.settle(Ui.display(), 100);
		assertFalse(finish().isEnabled());
		assertTrue(dialog.getCurrentPage().getErrorMessage().contains("already exists"), dialog.getCurrentPage().getErrorMessage());
		assertEquals("keep me", Files.readString(folder.resolve("taken.ssiplan")));
	}
}
