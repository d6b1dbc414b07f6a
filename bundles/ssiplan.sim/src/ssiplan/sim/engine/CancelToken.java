package ssiplan.sim.engine;

/**
 * Lets another thread (a UI job, a CLI signal handler) stop a run. The run itself is single
 * threaded; it reads the flag between events and ends cleanly.
 */
public final class CancelToken {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
