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
		subcommands = { CommandLine.HelpCommand.class })
public final class SsiplanCommand implements Runnable {

	/** Exit code for bad usage or unreadable input. */
	public static final int EXIT_USAGE = 2;

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
		line.setOut(out);
		line.setErr(err);
		line.setExitCodeExceptionMapper(e -> EXIT_USAGE);
		line.setParameterExceptionHandler((e, a) -> {
			err.println("ssiplan: " + e.getMessage());
			err.println("Try 'ssiplan --help'.");
			return EXIT_USAGE;
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
