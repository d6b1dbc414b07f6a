package ssiplan.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import ssiplan.cli.SsiplanCommand;

/** One CLI invocation as the launcher would make it, with what it printed and its exit code. */
public record CliRun(int exitCode, String out, String err) {

	public static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = SsiplanCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new CliRun(code, out.toString(), err.toString());
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
