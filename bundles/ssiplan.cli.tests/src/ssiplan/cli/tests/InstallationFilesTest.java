package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.cli.CommandFailure;
import ssiplan.cli.Exit;
import ssiplan.cli.InstallationFiles;
import ssiplan.model.Installation;
import ssiplan.model.SsiplanFactory;

class InstallationFilesTest {

	@TempDir
	Path dir;

	@Test
	void malformedFileEndsWithExitTwoAndFileLineColumn() throws IOException {
		Path file = dir.resolve("broken.ssiplan");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<ssiplan:Installation xmlns:ssiplan=\"http://ssiplan/model/1.0\"\n  name=\"X\">\n  <cecs name=\"A\"\n</ssiplan:Installation>\n");
		CommandFailure failure = assertThrows(CommandFailure.class, () -> InstallationFiles.load(file));
		assertEquals(Exit.USAGE, failure.exitCode());
		assertTrue(failure.getMessage().startsWith(file + ":5:"), failure.getMessage());
	}

	@Test
	void missingFileNamesTheFile() {
		Path file = dir.resolve("absent.ssiplan");
		CommandFailure failure = assertThrows(CommandFailure.class, () -> InstallationFiles.load(file));
		assertTrue(failure.getMessage().contains("absent.ssiplan"), failure.getMessage());
	}

	@Test
	void savedInstallationLoadsBack() {
		Installation installation = SsiplanFactory.eINSTANCE.createInstallation();
		installation.setName("PLANT1");
		Path file = dir.resolve("plant.ssiplan");
		InstallationFiles.save(installation, file);
		assertEquals("PLANT1", InstallationFiles.load(file).getName());
	}
}
