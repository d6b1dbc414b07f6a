package ssiplan.cli;

import picocli.CommandLine.Command;
import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.model.Export;
import ssiplan.sysconfig.model.SystemConfigExporter;

/** {@code ssiplan export sysconfig FILE [-o OUT]}: the cluster's shared SYSTEM CONFIG. */
@Command(name = "sysconfig", mixinStandardHelpOptions = true,
		description = "Writes the SYSTEM CONFIG all members of the cluster share (standard output without -o).")
public final class ExportSysconfigCommand extends ClusterExportCommand {

	@Override
	protected Export export(SsiCluster cluster, String modelName) {
		return new SystemConfigExporter().export(cluster, modelName);
	}
}
