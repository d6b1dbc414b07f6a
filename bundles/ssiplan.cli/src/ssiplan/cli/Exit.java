package ssiplan.cli;

/** The process exit codes of the CLI contract (design.md, "CLI contract"). */
public final class Exit {

	/** The command did what was asked and the answer is "yes". */
	public static final int OK = 0;

	/** The input is valid but the answer is "no": validation errors, an ineligible relocation, a violated SLA. */
	public static final int NO = 1;

	/** Bad usage or unreadable input. */
	public static final int USAGE = 2;

	private Exit() {
	}
}
