package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.cli.Exit;
import ssiplan.model.Installation;
import ssiplan.model.examples.Examples;
import ssiplan.model.resource.InstallationStore;

class ExampleCommandTest {

	@TempDir
	Path dir;

	@Test
	void listNamesEveryExampleWithItsDescription() {
		CliRun run = CliRun.of("example", "--list");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		String[] lines = run.out().split("\n");
		assertEquals(Examples.names().size(), lines.length, run::toString);
		for (int i = 0; i < lines.length; i++) {
			String name = Examples.names().get(i);
			assertTrue(lines[i].startsWith(name + " "), run::toString);
			assertTrue(lines[i].contains(Examples.description(name)), run::toString);
		}
	}

	@Test
	void writesTheExampleThatLoadsBackEqual() throws Exception {
		Path file = dir.resolve("plexa.ssiplan");
		CliRun run = CliRun.of("example", "four-member-two-cec", "-o", file.toString());
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains(file.toString()), run::toString);
		Installation loaded = new InstallationStore().load(file);
		assertTrue(EcoreUtil.equals(Examples.create("four-member-two-cec"), loaded));
	}

	@Test
	void writingAgainGivesTheSameBytesAndKeepsABackup() throws Exception {
		Path file = dir.resolve("dr.ssiplan");
		assertEquals(Exit.OK, CliRun.of("example", "dr-two-sites", "-o", file.toString()).exitCode());
		byte[] first = Files.readAllBytes(file);
		assertEquals(Exit.OK, CliRun.of("example", "dr-two-sites", "-o", file.toString()).exitCode());
		assertArrayEquals(first, Files.readAllBytes(file));
		assertArrayEquals(first, Files.readAllBytes(InstallationStore.backupOf(file)));
	}

	@Test
	void unknownNameIsAUsageErrorListingTheNames() {
		Path file = dir.resolve("x.ssiplan");
		CliRun run = CliRun.of("example", "five-member", "-o", file.toString());
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("five-member"), run::toString);
		for (String name : Examples.names()) {
			assertTrue(run.err().contains(name), run::toString);
		}
		assertFalse(Files.exists(file));
	}

	@Test
	void missingOutputOrNameIsAUsageError() {
		CliRun noOutput = CliRun.of("example", "utility-lpar");
		assertEquals(Exit.USAGE, noOutput.exitCode(), noOutput::toString);
		assertTrue(noOutput.err().contains("-o FILE"), noOutput::toString);
		CliRun nothing = CliRun.of("example");
		assertEquals(Exit.USAGE, nothing.exitCode(), nothing::toString);
		assertTrue(nothing.err().contains("mixed-generations"), nothing::toString);
	}

	@Test
	void unwritableOutputIsAUsageErrorNamingTheFile() throws Exception {
		Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
		Path file = notADirectory.resolve("x.ssiplan");
		CliRun run = CliRun.of("example", "mixed-generations", "-o", file.toString());
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains(file.toString()), run::toString);
	}
}
