package ssiplan.sim;

import ssiplan.sim.engine.CancelToken;
import ssiplan.sim.engine.ProgressListener;
import ssiplan.sim.engine.SimTime;

/**
 * How long a run may go and who may stop it.
 *
 * @param limitNanos simulated time at which the run stops even if events remain
 */
public record RunControl(long limitNanos, CancelToken cancel, ProgressListener progress) {

    public static final RunControl UNLIMITED = new RunControl(SimTime.NEVER, new CancelToken(), ProgressListener.NONE);

    public RunControl {
        cancel = cancel == null ? new CancelToken() : cancel;
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static RunControl until(double seconds) {
        return new RunControl(SimTime.ofSeconds(seconds), null, null);
    }

    public RunControl withCancel(CancelToken token) {
        return new RunControl(limitNanos, token, progress);
    }

    public RunControl withProgress(ProgressListener p) {
        return new RunControl(limitNanos, cancel, p);
    }
}
