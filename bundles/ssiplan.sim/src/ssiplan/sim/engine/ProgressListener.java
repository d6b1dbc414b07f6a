package ssiplan.sim.engine;

/** Told now and then how far a run has got, e.g. to drive a progress monitor. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (now, limit, events) -> { };

    /**
     * @param nowNanos   simulated time reached
     * @param limitNanos the run's time limit ({@link SimTime#NEVER} when none)
     * @param events     events executed so far
     */
    void progress(long nowNanos, long limitNanos, long events);
}
