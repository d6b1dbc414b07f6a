package ssiplan.sim.engine;

/**
 * Simulated time is a long count of nanoseconds from the start of the run. Integers keep event
 * order exact and the trace free of floating-point formatting; doubles appear only in rate
 * arithmetic, and every result is rounded back to nanoseconds here.
 */
public final class SimTime {

    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** "No limit" (NOLIMIT): later than any event. */
    public static final long NEVER = Long.MAX_VALUE;

    private SimTime() {
    }

    public static long ofSeconds(double seconds) {
        if (Double.isInfinite(seconds) && seconds > 0) {
            return NEVER;
        }
        if (seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException("time must be >= 0 seconds, was " + seconds);
        }
        return Math.round(seconds * NANOS_PER_SECOND);
    }

    public static double toSeconds(long nanos) {
        return nanos == NEVER ? Double.POSITIVE_INFINITY : nanos / (double) NANOS_PER_SECOND;
    }

    /** Nanoseconds to do {@code work} at {@code perSecond}, rounded up so the work is surely done. */
    public static long durationFor(double work, double perSecond) {
        if (work <= 0) {
            return 0;
        }
        double ns = Math.ceil(work / perSecond * NANOS_PER_SECOND);
        return ns >= NEVER ? NEVER : (long) ns;
    }

    /** {@code a + b} that saturates at {@link #NEVER} instead of overflowing. */
    public static long plus(long a, long b) {
        long r = a + b;
        return (b > 0 && r < a) || a == NEVER || b == NEVER ? NEVER : r;
    }
}
