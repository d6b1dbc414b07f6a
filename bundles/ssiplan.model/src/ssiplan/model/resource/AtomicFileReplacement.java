package ssiplan.model.resource;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file so that a crash, a full disk or a failing writer never leaves it truncated: the new
 * content goes to a temporary file in the same directory, is forced to disk, and only then is moved over
 * the target in one atomic rename. A new file gets ordinary permissions (rw-r--r--), a replaced one keeps
 * its own; a symbolic link is written through, not replaced. {@link #replaceKeepingBackup} also keeps the
 * previous version as {@code NAME.bak} (what {@link InstallationStore} does for the user's model).
 */
public final class AtomicFileReplacement {

    /** Writes the new content; any exception aborts the replacement and leaves the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What {@link #backupOf} appends to the file name. */
    public static final String BACKUP_SUFFIX = ".bak";

    private AtomicFileReplacement() {
    }

    /** Replaces {@code file} with {@code bytes}, atomically, keeping no backup. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** Replaces {@code file} with what {@code content} writes, atomically, keeping no backup. */
    public static void write(Path file, Content content) throws IOException {
        replace(file, content, false);
    }

    /**
     * Replaces {@code file} like {@link #write(Path, Content)}, and first keeps the version it replaces as
     * {@link #backupOf backupOf(file)} (itself written atomically, so it is never half a file).
     */
    public static void replaceKeepingBackup(Path file, Content content) throws IOException {
        replace(file, content, true);
    }

    private static void replace(Path file, Content content, boolean keepBackup) throws IOException {
        // Write through a symbolic link rather than replacing the link with a plain file.
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            copyPermissions(target, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (keepBackup && Files.exists(target)) {
                keepBackup(target);
            }
            move(temporary, target);
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where {@link #replaceKeepingBackup} keeps the previous version of {@code file}: NAME.bak beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** The previous version becomes NAME.bak, itself replaced atomically so it is never half-copied. */
    private static void keepBackup(Path target) throws IOException {
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".bak.tmp");
        try {
            Files.copy(target, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temporary, backupOf(target));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (e.g. certain network mounts) lack atomic rename; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are created private (0600); the saved file should keep the user's permissions. */
    private static void copyPermissions(Path target, Path temporary) throws IOException {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            } else {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the platform's defaults apply.
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is harmless. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories as channels; its rename is durable enough for this purpose.
        }
    }
}
