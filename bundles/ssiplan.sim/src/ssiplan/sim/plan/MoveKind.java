package ssiplan.sim.plan;

/** What happens to a guest of a member that goes down. */
public enum MoveKind {
    /** Live guest relocation (VMRELOCATE MOVE): stopped only for the quiesce. */
    LIVE,
    /** Static move: shut down here, logged on at the destination (outage = shutdown + boot). */
    STATIC,
    /** Stays on the member and is down for its outage; logged on again when the member is back. */
    STAY_DOWN
}
