package ssiplan.sim.engine;

/**
 * An action due at a time. Cancelling only marks it: the queue drops it when it comes up, which
 * keeps cancel O(1) for processes that re-plan often (link shares, relocation timers).
 */
public final class ScheduledEvent {

    final long time;
    final long seq;
    final Runnable action;
    private boolean cancelled;

    ScheduledEvent(long time, long seq, Runnable action) {
        this.time = time;
        this.seq = seq;
        this.action = action;
    }

    public long time() {
        return time;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    boolean before(ScheduledEvent o) {
        return time < o.time || (time == o.time && seq < o.seq);
    }
}
