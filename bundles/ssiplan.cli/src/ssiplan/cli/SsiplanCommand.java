package ssiplan.cli;

import java.io.PrintWriter;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code ssiplan}: the top-level command. Exit codes follow the CLI contract: 0 success, 1 a valid
 * input whose answer is "no", 2 bad usage or unreadable input.
 */
@Command(name = "ssiplan", mixinStandardHelpOptions = true, versionProvider = SsiplanCommand.Version.class,
		description = "Plans z/VM SSI clusters and live guest relocation (headless commands).",
		// One command per line, so each new command is a one-line change.
		subcommands = {
				CommandLine.HelpCommand.class,
				ExampleCommand.class,
				GenerateCommand.class,
				ShowCommand.class,
				ValidateCommand.class,
				RelocateCommand.class,
				SimulateCommand.class,
				ExportCommand.class,
				ImportCommand.class,
		})
public final class SsiplanCommand implements Runnable {

	@picocli.CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		// No command given: say what there is to do.
		spec.commandLine().usage(spec.commandLine().getErr());
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
	}

	/** Runs one command line; returns the process exit code. */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine line = new CommandLine(new SsiplanCommand());
		ContributedCommands.addTo(line, err);
		line.setOut(out);
		line.setErr(err);
		line.setExitCodeExceptionMapper(e -> Exit.USAGE);
		line.setExecutionExceptionHandler((e, cmd, parseResult) -> {
			if (e instanceof CommandFailure failure) {
				err.println("ssiplan: " + failure.getMessage());
				err.flush();
				return failure.exitCode();
			}
			err.println("ssiplan: internal error: " + e);
			e.printStackTrace(err);
			err.flush();
			return Exit.USAGE;
		});
		line.setParameterExceptionHandler((e, a) -> {
			err.println("ssiplan: " + e.getMessage());
			err.println("Try 'ssiplan --help'.");
			err.flush();
			return Exit.USAGE;
		});
		return line.execute(args);
	}

	/** The version of the installed ssiplan.cli bundle, qualifier included. */
	static final class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			Bundle bundle = FrameworkUtil.getBundle(SsiplanCommand.class);
			return new String[] { "SSI Planner " + (bundle == null ? "(not in OSGi)" : bundle.getVersion()) };
		}
	}
}
