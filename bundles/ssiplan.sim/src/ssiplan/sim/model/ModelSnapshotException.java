package ssiplan.sim.model;

/**
 * The model cannot be simulated as it stands. The message names the element (cluster, member,
 * link, guest) and says what to change; nothing in the model has been touched.
 */
public final class ModelSnapshotException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ModelSnapshotException(String message) {
        super(message);
    }

    public ModelSnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
