package ssiplan.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;

import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;

/** Picks the cluster a per-cluster command works on: the named one, or the only one. */
final class ClusterChoice {

	private ClusterChoice() {
	}

	static SsiCluster of(Installation installation, String name, Path file) {
		if (installation.getClusters().isEmpty()) {
			throw CommandFailure.unreadable(file + ": the installation has no SSI cluster to export");
		}
		String names = installation.getClusters().stream().map(SsiCluster::getName).collect(Collectors.joining(", "));
		if (name == null) {
			if (installation.getClusters().size() > 1) {
				throw CommandFailure.unreadable(file + ": the installation has several clusters (" + names
						+ "); choose one with --cluster NAME");
			}
			return installation.getClusters().get(0);
		}
		return installation.getClusters().stream().filter(c -> name.equalsIgnoreCase(c.getName())).findFirst()
				.orElseThrow(() -> CommandFailure.unreadable(file + ": no cluster named " + name + "; the clusters are " + names));
	}
}
