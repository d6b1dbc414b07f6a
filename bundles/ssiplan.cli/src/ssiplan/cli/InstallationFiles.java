package ssiplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import ssiplan.model.Installation;
import ssiplan.model.resource.InstallationLoadException;
import ssiplan.model.resource.InstallationStore;

/** Loads and saves {@code .ssiplan} files for commands, turning problems into {@link CommandFailure}s. */
public final class InstallationFiles {

	private static final InstallationStore STORE = new InstallationStore();

	private InstallationFiles() {
	}

	/** Loads {@code file}; a file that does not load ends the command with exit 2 and every problem as file:line:col. */
	public static Installation load(Path file) {
		try {
			return STORE.load(file);
		} catch (InstallationLoadException e) {
			String problems = e.getProblems().stream().map(Object::toString).collect(Collectors.joining("\n"));
			throw CommandFailure.unreadable(problems.isEmpty() ? file + ": cannot be loaded: " + e.getMessage() : problems);
		}
	}

	/** Saves atomically (the previous version is kept as {@code .bak}). */
	public static void save(Installation installation, Path file) {
		try {
			STORE.save(installation, file);
		} catch (IOException e) {
			throw new CommandFailure(Exit.USAGE, file + ": cannot be written: " + e.getMessage(), e);
		}
	}
}
