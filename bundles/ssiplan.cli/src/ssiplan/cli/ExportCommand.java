package ssiplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ssiplan export ...}: writes files generated from an installation. A group: {@code sysconfig}
 * and {@code directory} are here; other bundles may contribute more (e.g. {@code diagram}).
 */
@Command(name = "export", description = "Writes SYSTEM CONFIG, USER DIRECT (and contributed formats) from an installation.",
		mixinStandardHelpOptions = true,
		subcommands = {
				ExportSysconfigCommand.class,
				ExportDirectoryCommand.class,
		})
public final class ExportCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
		throw new CommandLine.ParameterException(spec.commandLine(), "say what to export, e.g. 'export sysconfig FILE'");
	}
}
