package ssiplan.cli;

import picocli.CommandLine.Command;
import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.model.Export;
import ssiplan.sysconfig.model.UserDirectExporter;

/** {@code ssiplan export directory FILE [-o OUT]}: the cluster's USER DIRECT (passwords are placeholders). */
@Command(name = "directory", mixinStandardHelpOptions = true,
		description = "Writes the USER DIRECT source directory of the cluster; passwords are placeholders to replace (standard output without -o).")
public final class ExportDirectoryCommand extends ClusterExportCommand {

	@Override
	protected Export export(SsiCluster cluster, String modelName) {
		return new UserDirectExporter().export(cluster, modelName);
	}
}
