package ssiplan.sim.engine;

/**
 * The discrete-event core: a clock and an event queue. Processes (members joining, relocations,
 * link shares) are objects that schedule their next step here; nothing runs on another thread.
 */
public final class Engine {

    /** Progress is reported every this many events: often enough for a UI, cheap enough to ignore. */
    private static final int PROGRESS_EVERY = 1 << 10;

    private final EventQueue queue = new EventQueue();
    private long now;
    private long seq;
    private long executed;

    public long now() {
        return now;
    }

    public long eventsExecuted() {
        return executed;
    }

    /** Schedules {@code action} at absolute time {@code time} (not before now). */
    public ScheduledEvent at(long time, Runnable action) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now);
        }
        ScheduledEvent e = new ScheduledEvent(time, seq++, action);
        queue.add(e);
        return e;
    }

    public ScheduledEvent after(long delay, Runnable action) {
        return at(SimTime.plus(now, delay), action);
    }

    /**
     * Runs events in (time, sequence) order until none is left, the next one lies beyond
     * {@code limit}, or {@code cancel} is set. Returns why it stopped.
     */
    public RunStatus run(long limit, CancelToken cancel, ProgressListener progress) {
        while (true) {
            if (cancel.isCancelled()) {
                return RunStatus.CANCELLED;
            }
            ScheduledEvent e = queue.peek();
            if (e == null) {
                return RunStatus.COMPLETED;
            }
            if (e.time > limit) {
                now = limit;
                return RunStatus.TIME_LIMIT;
            }
            queue.poll();
            if (e.isCancelled()) {
                continue;
            }
            now = e.time;
            e.action.run();
            executed++;
            if (executed % PROGRESS_EVERY == 0) {
                progress.progress(now, limit, executed);
            }
        }
    }
}
