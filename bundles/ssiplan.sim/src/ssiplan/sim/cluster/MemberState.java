package ssiplan.sim.cluster;

/**
 * A member's state as the PDR and the other members see it (monitor domain 11 vocabulary).
 * SUSPENDED: communication lost while the PDR still shows it alive; UNKNOWN: its heartbeat is
 * overdue too. Both hold the cluster in SAFE mode until an operator declares it down.
 */
public enum MemberState {
    DOWN, JOINING, JOINED, LEAVING, ISOLATED, SUSPENDED, UNKNOWN;

    /** Taking part in the cluster: ISFC to it is expected. */
    public boolean active() {
        return this == JOINING || this == JOINED || this == LEAVING;
    }
}
