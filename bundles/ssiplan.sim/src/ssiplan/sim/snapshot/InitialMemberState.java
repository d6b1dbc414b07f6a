package ssiplan.sim.snapshot;

/** How a member stands when a run begins: either up in the cluster or down. */
public enum InitialMemberState {
    JOINED, DOWN
}
