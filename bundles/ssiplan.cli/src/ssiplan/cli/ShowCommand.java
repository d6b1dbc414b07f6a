package ssiplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ssiplan show FILE [--json]}: the installation's inventory at a glance. */
@Command(name = "show", mixinStandardHelpOptions = true, description = {
		"Prints an installation's inventory at a glance (--json for the same as JSON).",
		"CECs and LPARs, each SSI cluster with its slots, members, ISFC links, relocation domains and VSWITCHes,",
		"the guests per member with whether each can relocate (and why not), and the DASD volumes by use." })
public final class ShowCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The .ssiplan file.")
	private Path file;

	@Option(names = "--json", description = "Prints the same inventory as JSON (stable key order).")
	private boolean json;

	@Override
	public Integer call() {
		ObjectNode inventory = InstallationInventory.of(InstallationFiles.load(file), file.toString());
		if (json) {
			JsonOutput.print(spec.commandLine().getOut(), inventory);
		} else {
			new InventoryText(spec.commandLine().getOut()).print(inventory);
		}
		return Exit.OK;
	}
}
