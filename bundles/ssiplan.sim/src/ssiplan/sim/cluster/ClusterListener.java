package ssiplan.sim.cluster;

/** What other parts of the runtime need to hear from the cluster. */
public interface ClusterListener {

    /** CP stopped on {@code m} (abend, sudden stop or end of shutdown): what ran there is gone. */
    default void memberLost(Member m, String why) {
    }

    default void modeChanged(ClusterMode mode) {
    }
}
