package ssiplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ssiplan.model.examples.Examples;

/** {@code ssiplan example --list} and {@code ssiplan example NAME -o FILE}: the bundled example installations. */
@Command(name = "example", mixinStandardHelpOptions = true, description = {
		"Writes one of the bundled example installations to FILE, or lists them.",
		"Examples: four-member-two-cec, dr-two-sites, utility-lpar, mixed-generations." })
public final class ExampleCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--list", description = "Lists the example names with what each shows.")
	private boolean list;

	@Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The example to write.")
	private String name;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "The .ssiplan file to write (replaced atomically; the previous version is kept as FILE.bak).")
	private Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (list) {
			if (name != null || output != null) {
				throw CommandFailure.unreadable("--list takes no NAME or -o FILE");
			}
			for (String example : Examples.names()) {
				out.printf("%-20s %s%n", example, Examples.description(example));
			}
			out.flush();
			return Exit.OK;
		}
		if (name == null) {
			throw CommandFailure.unreadable("give an example NAME and -o FILE, or --list; examples:\n" + namesList());
		}
		if (!Examples.names().contains(name)) {
			throw CommandFailure.unreadable("unknown example '" + name + "'; the examples are:\n" + namesList());
		}
		if (output == null) {
			throw CommandFailure.unreadable("example " + name + ": -o FILE is required (where to write it)");
		}
		InstallationFiles.save(Examples.create(name), output);
		out.println("wrote " + output + ": " + Examples.description(name));
		out.flush();
		return Exit.OK;
	}

	private static String namesList() {
		List<String> names = Examples.names();
		return "  " + String.join("\n  ", names);
	}
}
