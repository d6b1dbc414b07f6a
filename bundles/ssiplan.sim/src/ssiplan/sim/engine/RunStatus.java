package ssiplan.sim.engine;

/** Why a run stopped. */
public enum RunStatus {
    /** Nothing left to happen. */
    COMPLETED,
    /** The time limit was reached with events still pending. */
    TIME_LIMIT,
    /** A {@link CancelToken} was set. */
    CANCELLED
}
