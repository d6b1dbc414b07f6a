package ssiplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.diagnostic.Severity;
import ssiplan.sysconfig.model.ImportResult;
import ssiplan.sysconfig.model.InstallationImporter;

/**
 * {@code ssiplan import sysconfig SYSTEM.CONFIG [--directory USER.DIRECT] -o FILE}: reads the files,
 * builds the model, checks it, prints every finding as {@code file:line:col: severity: message [rule]}
 * and saves the model. Exit 0 when nothing is wrong, 1 when the files were read but have errors (the
 * model is still saved, so it can be fixed in the workbench), 2 when a file cannot be read.
 */
@Command(name = "sysconfig", mixinStandardHelpOptions = true,
		description = "Builds an installation from a SYSTEM CONFIG and optionally a USER DIRECT; unmodelled statements are kept.")
public final class ImportSysconfigCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "SYSTEM.CONFIG", description = "The shared SYSTEM CONFIG file.")
	private Path config;

	@Option(names = "--directory", paramLabel = "USER.DIRECT", description = "The source directory to import as well.")
	private Path directory;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The installation file to write (.ssiplan).")
	private Path output;

	@Option(names = { "-q", "--quiet" }, description = "Leave out info-level findings (kept statements, assumptions).")
	private boolean quiet;

	@Option(names = "--json", description = "Print a summary and the findings as JSON on standard output.")
	private boolean json;

	@Override
	public Integer call() {
		for (Path file : directory == null ? List.of(config) : List.of(config, directory)) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw CommandFailure.unreadable(file + ":0:0: error: cannot read the file; check the path and permissions");
			}
		}
		ImportResult result = new InstallationImporter().importFiles(config, directory);
		if (result.diagnostics().stream().anyMatch(d -> Rule.READ_FAILED.id().equals(d.ruleId()))) {
			DiagnosticOutput.print(result.diagnostics(), Severity.ERROR, spec.commandLine().getErr());
			return Exit.USAGE;
		}
		InstallationFiles.save(result.installation(), output);
		List<Diagnostic> diagnostics = result.diagnostics();
		long errors = DiagnosticOutput.count(diagnostics, Severity.ERROR);
		long warnings = DiagnosticOutput.count(diagnostics, Severity.WARNING);
		long infos = DiagnosticOutput.count(diagnostics, Severity.INFO);
		SsiCluster cluster = result.cluster();
		if (json) {
			ObjectNode node = JsonOutput.object();
			node.put("cluster", cluster.getName());
			node.put("members", cluster.getMembers().size());
			node.put("isfcLinks", cluster.getIsfcLinks().size());
			node.put("volumes", result.installation().getDasdVolumes().size());
			node.put("virtualMachines", cluster.getVirtualMachines().size());
			node.put("keptStatements", cluster.getConfigStatements().size());
			node.put("output", output.toString());
			node.put("errors", errors);
			node.put("warnings", warnings);
			node.put("infos", infos);
			node.set("diagnostics", DiagnosticOutput.json(diagnostics));
			JsonOutput.print(spec.commandLine().getOut(), node);
		} else {
			DiagnosticOutput.print(diagnostics, quiet ? Severity.WARNING : Severity.INFO, spec.commandLine().getErr());
			spec.commandLine().getOut().printf("Imported SSI cluster %s: %d members, %d ISFC links, %d volumes, %d guests, "
					+ "%d statements kept as written; %d errors, %d warnings, %d infos; saved %s%n", cluster.getName(),
					cluster.getMembers().size(), cluster.getIsfcLinks().size(), result.installation().getDasdVolumes().size(),
					cluster.getVirtualMachines().size(), cluster.getConfigStatements().size(), errors, warnings, infos, output);
			spec.commandLine().getOut().flush();
		}
		return errors > 0 ? Exit.NO : Exit.OK;
	}
}
