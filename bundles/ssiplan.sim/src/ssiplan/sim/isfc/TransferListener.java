package ssiplan.sim.isfc;

/** Told when a memory transfer on a link finishes or is cut off. */
public interface TransferListener {

    void transferred(Transfer t);

    /** The link became unusable while the transfer was running. */
    void aborted(Transfer t, String why);
}
