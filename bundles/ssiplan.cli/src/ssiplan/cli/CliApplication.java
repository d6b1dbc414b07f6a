package ssiplan.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless entry point: hands the command-line arguments to {@link SsiplanCommand}. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		return SsiplanCommand.execute(args == null ? new String[0] : args, out, err);
	}

	@Override
	public void stop() {
		// Commands run to completion on the caller's thread; nothing to interrupt.
	}
}
