package ssiplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.diagnostic.Severity;
import ssiplan.sysconfig.model.Export;

/**
 * What {@code export sysconfig} and {@code export directory} share: load FILE, choose the cluster,
 * write one exported file to standard output or atomically to OUT, report the exporter's warnings
 * and errors. Subclasses name the exporter.
 */
abstract class ClusterExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The installation (.ssiplan).")
	private Path file;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "Write here (atomically) instead of standard output.")
	private Path output;

	@Option(names = "--cluster", paramLabel = "NAME", description = "The cluster, when the installation has several.")
	private String cluster;

	/** Exports {@code cluster}; {@code modelName} goes into the generated file's header. */
	protected abstract Export export(SsiCluster cluster, String modelName);

	@Override
	public final Integer call() {
		Installation installation = InstallationFiles.load(file);
		SsiCluster chosen = ClusterChoice.of(installation, cluster, file);
		Export export = export(chosen, file.getFileName().toString());
		OutputFiles.write(export.text(), output, spec.commandLine().getOut());
		int errors = DiagnosticOutput.print(export.diagnostics(), Severity.WARNING, spec.commandLine().getErr());
		return errors > 0 ? Exit.NO : Exit.OK;
	}
}
