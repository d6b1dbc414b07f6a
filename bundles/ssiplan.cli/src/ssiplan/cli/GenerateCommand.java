package ssiplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ssiplan.model.Installation;
import ssiplan.model.UserEntry;
import ssiplan.model.examples.SyntheticInstallations;

/** {@code ssiplan generate --members N --guests N [--seed S] -o FILE}: a synthetic installation for scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = {
		"Writes a synthetic installation for scale tests; the same seed gives the same file.",
		"One z/VM 7.3 SSI cluster with a full ISFC mesh, IBM's DASD layout, two VSWITCHes and Linux guests",
		"of realistic size, workload and placement, valid by construction." })
public final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--members", required = true, paramLabel = "N", description = "SSI members, 2 up to the release limit (8 for 7.3 in the default settings).")
	private int members;

	@Option(names = "--guests", required = true, paramLabel = "N", description = "Linux guests, 0.." + SyntheticInstallations.MAX_GUESTS + ".")
	private int guests;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the distributions (default ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The .ssiplan file to write.")
	private Path output;

	@Override
	public Integer call() {
		Installation installation;
		try {
			installation = SyntheticInstallations.generate(members, guests, seed);
		} catch (IllegalArgumentException e) {
			throw CommandFailure.unreadable("generate: " + e.getMessage());
		}
		InstallationFiles.save(installation, output);
		long loggedOn = installation.getClusters().get(0).getVirtualMachines().stream()
				.filter(vm -> vm instanceof UserEntry user && user.getHomeMember() != null).count();
		PrintWriter out = spec.commandLine().getOut();
		out.printf("wrote %s: %d members on %d CECs, %d guests (%d logged on), %d DASD volumes, seed %d%n", output, members,
				installation.getCecs().size(), guests, loggedOn, installation.getDasdVolumes().size(), seed);
		out.flush();
		return Exit.OK;
	}
}
