package ssiplan.ui.problems;

import java.util.Objects;

/** Which {@link FindingSource} the workbench uses; tests may put in their own for a while. */
public final class FindingSources {

	private static volatile FindingSource current = new RuleCatalogueFindings();

	private FindingSources() {
	}

	public static FindingSource current() {
		return current;
	}

	/** Uses {@code source} until the returned handle is closed (then the previous one again). */
	public static AutoCloseable use(FindingSource source) {
		FindingSource previous = current;
		current = Objects.requireNonNull(source);
		return () -> current = previous;
	}
}
