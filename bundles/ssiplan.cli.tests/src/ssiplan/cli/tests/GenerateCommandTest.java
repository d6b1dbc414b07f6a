package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.cli.Exit;
import ssiplan.model.Installation;
import ssiplan.model.UserEntry;
import ssiplan.model.resource.InstallationStore;

class GenerateCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesTheRequestedShape() throws Exception {
		Path file = dir.resolve("six.ssiplan");
		CliRun run = CliRun.of("generate", "--members", "6", "--guests", "500", "--seed", "3", "-o", file.toString());
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains("6 members on 3 CECs, 500 guests"), run::toString);
		Installation loaded = new InstallationStore().load(file);
		assertEquals(6, loaded.getClusters().get(0).getMembers().size());
		assertEquals(15, loaded.getClusters().get(0).getIsfcLinks().size());
		assertEquals(500, loaded.getClusters().get(0).getVirtualMachines().stream()
				.filter(vm -> vm instanceof UserEntry && vm.getUserid().startsWith("LNX")).count());
	}

	@Test
	void sameSeedSameBytesDefaultSeedIsOne() throws Exception {
		Path a = dir.resolve("a.ssiplan");
		Path b = dir.resolve("b.ssiplan");
		assertEquals(Exit.OK, CliRun.of("generate", "--members", "2", "--guests", "40", "-o", a.toString()).exitCode());
		assertEquals(Exit.OK, CliRun.of("generate", "--members", "2", "--guests", "40", "--seed", "1", "-o", b.toString()).exitCode());
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
		assertEquals(Exit.OK, CliRun.of("generate", "--members", "2", "--guests", "40", "--seed", "2", "-o", b.toString()).exitCode());
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
	}

	@Test
	void outOfRangeCountsAreUsageErrors() {
		Path file = dir.resolve("x.ssiplan");
		CliRun tooMany = CliRun.of("generate", "--members", "9", "--guests", "10", "-o", file.toString());
		assertEquals(Exit.USAGE, tooMany.exitCode(), tooMany::toString);
		assertTrue(tooMany.err().contains("members must be 2..8"), tooMany::toString);
		CliRun one = CliRun.of("generate", "--members", "1", "--guests", "10", "-o", file.toString());
		assertEquals(Exit.USAGE, one.exitCode(), one::toString);
		CliRun negative = CliRun.of("generate", "--members", "2", "--guests", "-5", "-o", file.toString());
		assertEquals(Exit.USAGE, negative.exitCode(), negative::toString);
		assertFalse(Files.exists(file));
	}

	@Test
	void missingOptionsAreUsageErrors() {
		CliRun run = CliRun.of("generate", "--members", "4");
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("--guests") || run.err().contains("--output"), run::toString);
		CliRun notANumber = CliRun.of("generate", "--members", "four", "--guests", "1", "-o", "x.ssiplan");
		assertEquals(Exit.USAGE, notANumber.exitCode(), notANumber::toString);
	}
}
