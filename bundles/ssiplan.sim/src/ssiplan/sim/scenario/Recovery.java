package ssiplan.sim.scenario;

/**
 * One guest's restart after an unplanned outage.
 *
 * @param order              position in the restart sequence (1 = first), 0 when not restarted
 * @param member             where it was logged on; empty when it could not be
 * @param recoverySeconds    from the failure to the guest in service again; -1 when not restarted
 * @param criticalitySeconds how long it may be down
 * @param reason             why it was not restarted (empty when it was)
 */
public record Recovery(String guest, int order, String from, String member, double criticalitySeconds, double recoverySeconds,
        String reason) {

    public boolean restarted() {
        return recoverySeconds >= 0;
    }

    public boolean breached() {
        return !restarted() || recoverySeconds > criticalitySeconds;
    }
}
