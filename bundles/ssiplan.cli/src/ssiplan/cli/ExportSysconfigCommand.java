package ssiplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.diagnostic.Severity;
import ssiplan.sysconfig.model.Export;
import ssiplan.sysconfig.model.SystemConfigExporter;

/** {@code ssiplan export sysconfig FILE [-o OUT]}: the cluster's shared SYSTEM CONFIG. */
@Command(name = "sysconfig", mixinStandardHelpOptions = true,
		description = "Writes the SYSTEM CONFIG all members of the cluster share (standard output without -o).")
public final class ExportSysconfigCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The installation (.ssiplan).")
	private Path file;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "Write here (atomically) instead of standard output.")
	private Path output;

	@Option(names = "--cluster", paramLabel = "NAME", description = "The cluster, when the installation has several.")
	private String cluster;

	@Override
	public Integer call() {
		Installation installation = InstallationFiles.load(file);
		SsiCluster chosen = ClusterChoice.of(installation, cluster, file);
		Export export = new SystemConfigExporter().export(chosen, file.getFileName().toString());
		OutputFiles.write(export.text(), output, spec.commandLine().getOut());
		int errors = DiagnosticOutput.print(export.diagnostics(), Severity.WARNING, spec.commandLine().getErr());
		return errors > 0 ? Exit.NO : Exit.OK;
	}
}
