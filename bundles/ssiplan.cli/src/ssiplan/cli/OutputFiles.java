package ssiplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's text output: to standard output when no file is given, otherwise atomically (a
 * temporary file next to the target, then a rename), so a reader never sees half a SYSTEM CONFIG and a
 * failed write leaves the old file as it was.
 */
public final class OutputFiles {

	private OutputFiles() {
	}

	public static void write(String text, Path file, PrintWriter out) {
		if (file == null) {
			out.print(text);
			out.flush();
			return;
		}
		Path target = file.toAbsolutePath();
		Path temporary = null;
		try {
			Path directory = target.getParent();
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException ignored) {
					// the temporary file is all that is left; the target is unchanged
				}
			}
			throw new CommandFailure(Exit.USAGE, file + ": cannot be written: " + e.getMessage(), e);
		}
	}
}
