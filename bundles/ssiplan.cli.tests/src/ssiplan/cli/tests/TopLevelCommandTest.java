package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ssiplan.cli.Exit;

class TopLevelCommandTest {

	@Test
	void versionNamesTheProductAndExitsZero() {
		CliRun run = CliRun.of("--version");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("SSI Planner 1.0.0"), run::toString);
	}

	@Test
	void unknownCommandIsAUsageError() {
		CliRun run = CliRun.of("frobnicate");
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("frobnicate"), run::toString);
	}

	@Test
	void noCommandPrintsUsageAndIsAUsageError() {
		CliRun run = CliRun.of();
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("Usage: ssiplan"), run::toString);
	}
}
