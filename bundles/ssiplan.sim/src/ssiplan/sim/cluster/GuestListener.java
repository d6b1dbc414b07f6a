package ssiplan.sim.cluster;

/** Told when a guest starts to log off or is reset, e.g. to end its relocation (code 07). */
public interface GuestListener {

    void guestStopping(Guest g, String why);
}
