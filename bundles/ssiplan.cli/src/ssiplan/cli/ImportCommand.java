package ssiplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ssiplan import ...}: builds an installation from existing z/VM files. */
@Command(name = "import", description = "Builds an installation from existing z/VM files.", mixinStandardHelpOptions = true,
		subcommands = {
				ImportSysconfigCommand.class,
		})
public final class ImportCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
		throw new CommandLine.ParameterException(spec.commandLine(), "say what to import, e.g. 'import sysconfig SYSTEM.CONFIG -o FILE'");
	}
}
