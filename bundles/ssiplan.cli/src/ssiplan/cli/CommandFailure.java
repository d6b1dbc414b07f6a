package ssiplan.cli;

/**
 * Ends a command with an exit code and a message for the user; the top-level command prints
 * {@code ssiplan: <message>} on standard error. Messages name the file (and line:col) they concern.
 */
public final class CommandFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CommandFailure(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public CommandFailure(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** Unreadable input or bad usage: exit code 2. */
	public static CommandFailure unreadable(String message) {
		return new CommandFailure(Exit.USAGE, message);
	}

	public int exitCode() {
		return exitCode;
	}
}
