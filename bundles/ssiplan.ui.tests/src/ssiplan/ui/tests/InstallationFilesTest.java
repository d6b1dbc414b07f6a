package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ssiplan.ui.files.InstallationFiles;

/** Files anywhere on disk become workspace files (so markers work) without moving them. */
class InstallationFilesTest {

	@AfterEach
	void close() {
		Editors.closeAll();
	}

	@Test
	void aFileOutsideTheWorkspaceIsLinkedInAndKeptWhereItIs() throws Exception {
		Path outside = TestInstallations.write(TestInstallations.fourMembersTwoCecs(), "site.ssiplan");
		IFile file = InstallationFiles.fileFor(outside);
		assertTrue(file.isLinked());
		assertEquals(outside.toRealPath(), InstallationFiles.location(file).toRealPath());
		assertEquals(file, InstallationFiles.fileFor(outside), "the same file is linked once");

		Path other = TestInstallations.write(TestInstallations.fourMembersTwoCecs(), "site.ssiplan");
		IFile second = InstallationFiles.fileFor(other);
		assertNotEquals(file, second, "two folders' site.ssiplan stay apart");
		assertTrue(second.getName().endsWith(".ssiplan"), second.getName());

		Editors.open(other);
		assertEquals(second.getName(), Ui.page().getActiveEditor().getEditorInput().getName());
	}

	@Test
	void aFileInTheInstallationsProjectIsAPlainMember() throws Exception {
		Path inside = InstallationFiles.defaultFolder().resolve("member-test.ssiplan");
		Files.deleteIfExists(inside);
		new ssiplan.model.resource.InstallationStore().save(TestInstallations.fourMembersTwoCecs(), inside);
		IFile file = InstallationFiles.fileFor(inside);
		assertFalse(file.isLinked());
		assertTrue(file.exists());
		assertEquals(InstallationFiles.PROJECT, file.getProject().getName());
	}
}
