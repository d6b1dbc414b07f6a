package ssiplan.sim.cluster;

/**
 * The cluster mode. STABLE allows everything; IN-FLUX (a member joining or leaving) holds new
 * logons and links until it is STABLE again; SAFE (a member's state is in doubt) refuses them and
 * every relocation until communication returns or an operator declares the member down.
 */
public enum ClusterMode {
    STABLE("STABLE"), IN_FLUX("IN-FLUX"), SAFE("SAFE");

    private final String label;

    ClusterMode(String label) {
        this.label = label;
    }

    /** The spelling QUERY SSI uses. */
    public String label() {
        return label;
    }
}
