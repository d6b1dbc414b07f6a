package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ssiplan.cli.Exit;
import ssiplan.model.examples.Examples;
import ssiplan.model.examples.SyntheticInstallations;
import ssiplan.model.resource.InstallationStore;
import ssiplan.validation.Finding;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.Severity;

/** Issue 3's "every example loads, validates with no errors": through the rule catalogue and through the CLI. */
class ExamplesValidateTest {

	@TempDir
	Path dir;

	static List<String> names() {
		return Examples.names();
	}

	@ParameterizedTest
	@MethodSource("names")
	void exampleHasNoValidationErrors(String name) throws Exception {
		Path file = dir.resolve(name + ".ssiplan");
		new InstallationStore().save(Examples.create(name), file);
		List<Finding> errors = RuleCatalogue.standard().validate(new InstallationStore().load(file)).findings().stream()
				.filter(f -> f.severity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(f -> f.ruleId() + ": " + f.message()).toList());
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(Exit.OK, run.exitCode(), run::toString);
	}

	@Test
	void syntheticInstallationsHaveNoValidationErrors() {
		for (int members = 2; members <= SyntheticInstallations.maxMembers(); members += 3) {
			List<String> errors = RuleCatalogue.standard().validate(SyntheticInstallations.generate(members, 400, members)).findings().stream()
					.filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId() + ": " + f.message()).toList();
			assertEquals(List.of(), errors, members + " members");
		}
	}
}
