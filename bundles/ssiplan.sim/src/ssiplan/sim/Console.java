package ssiplan.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import ssiplan.sim.command.ScheduledCommand;

/** One operator console: runs its commands in order, waiting while a synchronous one is busy. */
final class Console {

    private final Deque<ScheduledCommand> waiting = new ArrayDeque<>();
    private boolean busy;
    /** Set while {@code Simulation.pump} is draining this console. */
    boolean pumping;

    /** Queues the command; returns true if the console is free to run the head now. */
    boolean offer(ScheduledCommand c) {
        waiting.add(c);
        return !busy;
    }

    /** The next command to run, marking the console busy; null when none or busy. */
    ScheduledCommand take() {
        if (busy || waiting.isEmpty()) {
            return null;
        }
        busy = true;
        return waiting.poll();
    }

    void free() {
        busy = false;
    }
}
