package ssiplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.diagram.InstallationEditor;
import ssiplan.diagram.view.LayoutFile;
import ssiplan.model.Cec;
import ssiplan.model.Installation;
import ssiplan.model.SsiplanPackage.Literals;
import ssiplan.model.examples.Examples;
import ssiplan.model.resource.InstallationStore;

/** File > Save As, driven through {@link InstallationEditor#saveAs(Path)} (what the dialog's answer goes to). */
class SaveAsTest {

	@TempDir
	Path dir;

	private InstallationEditor editor;
	private IProject project;

	@AfterEach
	void close() throws Exception {
		if (editor != null) {
			Workbench.close(editor);
		}
		if (project != null) {
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
	}

	private void rename(String name) {
		editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(editor.getEditingDomain(), editor.getInstallation(), Literals.INSTALLATION__NAME, name));
	}

	@Test
	void savesToTheNewFileAndTheEditorEditsItFromThenOn() throws Exception {
		Path original = Workbench.save(Examples.create("four-member-two-cec"), dir.resolve("plexa.ssiplan"));
		byte[] originalBytes = Files.readAllBytes(original);
		editor = Workbench.open(original);
		String originalName = editor.getInstallation().getName();
		assertTrue(editor.isSaveAsAllowed(), "File > Save As is enabled");
		rename("PLEXB");
		assertTrue(editor.isDirty());

		Path copy = dir.resolve("sub/plexb.ssiplan");
		editor.saveAs(copy);
		Workbench.settle(100);

		Installation loaded = new InstallationStore().load(copy);
		assertEquals("PLEXB", loaded.getName());
		assertTrue(EcoreUtil.equals(editor.getInstallation(), loaded), "the file holds exactly the edited model");
		Cec cec = editor.getInstallation().getCecs().get(0);
		assertEquals(cec.eResource().getURIFragment(cec), loaded.eResource().getURIFragment(loaded.getCecs().get(0)),
				"elements keep their ids in the copy");
		Path layout = LayoutFile.beside(copy);
		assertTrue(Files.isRegularFile(layout), layout + " written beside the copy");
		assertTrue(Files.readString(layout).contains(cec.eResource().getURIFragment(cec)), "the layout of this diagram");

		IURIEditorInput input = assertInstanceOf(IURIEditorInput.class, editor.getEditorInput());
		assertEquals(copy.toUri(), input.getURI());
		assertEquals(copy, editor.getModelFile());
		assertEquals("plexb.ssiplan", editor.getPartName());
		assertEquals(URI.createFileURI(copy.toString()), editor.getInstallation().eResource().getURI());
		assertFalse(editor.isDirty(), "saved as: not dirty");
		assertTrue(java.util.Arrays.equals(originalBytes, Files.readAllBytes(original)), "the original file is left as it was");

		rename("PLEXC");
		editor.save();
		assertEquals("PLEXC", new InstallationStore().load(copy).getName(), "Save now writes the new file");
		assertEquals(originalName, new InstallationStore().load(original).getName(), "and not the old one");
	}

	@Test
	void aWorkspaceFileSavedOutsideTheProjectBecomesALinkedWorkspaceFile() throws Exception {
		Path projectFolder = Files.createDirectories(dir.resolve("project"));
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("SaveAsTest");
		var description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		description.setLocation(org.eclipse.core.runtime.IPath.fromOSString(projectFolder.toString()));
		project.create(description, null);
		project.open(null);
		Workbench.save(Examples.create("four-member-two-cec"), projectFolder.resolve("plexa.ssiplan"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile workspaceFile = project.getFile("plexa.ssiplan");
		editor = (InstallationEditor) Workbench.page().openEditor(new FileEditorInput(workspaceFile), InstallationEditor.ID);
		Workbench.settle(300);

		Path elsewhere = dir.resolve("elsewhere/plexa.ssiplan");
		editor.saveAs(elsewhere);

		IFile saved = assertInstanceOf(IFileEditorInput.class, editor.getEditorInput(), "the Problems view needs a workspace file")
				.getFile();
		assertEquals(project, saved.getProject());
		assertTrue(saved.isLinked(), saved + " links to the file where the user saved it");
		assertEquals(elsewhere, saved.getLocation().toFile().toPath());
		assertEquals("plexa-2.ssiplan", saved.getName(), "the project already holds a plexa.ssiplan");
		assertTrue(saved.exists());
		assertTrue(EcoreUtil.equals(editor.getInstallation(), new InstallationStore().load(elsewhere)));
		assertTrue(Files.isRegularFile(LayoutFile.beside(elsewhere)));
		assertFalse(editor.isDirty());

		// saving as a file the project already holds uses that file, no second link
		Path inProject = projectFolder.resolve("copy.ssiplan");
		editor.saveAs(inProject);
		IFile member = ((IFileEditorInput) editor.getEditorInput()).getFile();
		assertEquals(project.getFile("copy.ssiplan"), member);
		assertFalse(member.isLinked());
	}

	@Test
	void aFailedSaveAsLeavesTheEditorOnItsFileAndDirty() throws Exception {
		Path original = Workbench.save(Examples.create("four-member-two-cec"), dir.resolve("plexa.ssiplan"));
		editor = Workbench.open(original);
		rename("PLEXB");
		Path notAFolder = Files.writeString(dir.resolve("plain"), "a file, not a folder");

		assertThrows(IOException.class, () -> editor.saveAs(notAFolder.resolve("copy.ssiplan")));

		assertEquals(original, editor.getModelFile());
		assertEquals(original.toUri(), ((IURIEditorInput) editor.getEditorInput()).getURI());
		assertEquals(URI.createFileURI(original.toString()), editor.getInstallation().eResource().getURI(),
				"the model still belongs to its file");
		assertTrue(editor.isDirty(), "nothing was saved");
		assertEquals("plexa.ssiplan", editor.getPartName());
	}
}
