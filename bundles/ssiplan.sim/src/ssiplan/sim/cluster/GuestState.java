package ssiplan.sim.cluster;

/** Where a virtual machine is in its life: logged off, IPLing its OS, running, shutting down. */
public enum GuestState {
    LOGGED_OFF, BOOTING, RUNNING, SHUTTING_DOWN;

    /** Logged on in CP's sense: it holds storage on a member. */
    public boolean loggedOn() {
        return this != LOGGED_OFF;
    }
}
