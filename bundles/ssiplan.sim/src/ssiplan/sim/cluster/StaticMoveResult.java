package ssiplan.sim.cluster;

/**
 * Static mobility: the guest was shut down on {@code from} and logged on at {@code to}. Its
 * outage runs from the start of its shutdown to the end of its boot.
 *
 * @param down    when the shutdown began (-1 if it never did)
 * @param up      when it was in service on {@code to} again (-1 if it never was)
 * @param message why it did not complete; empty when it did
 */
public record StaticMoveResult(String guest, String from, String to, long issued, long down, long up,
        boolean completed, String message) {

    /** Nanoseconds out of service; -1 while it never came back. */
    public long outage() {
        return up < 0 || down < 0 ? -1 : up - down;
    }
}
