package ssiplan.sim.cluster;

import java.util.SortedSet;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;

/**
 * A virtual machine at run time. Its architecture is fenced at logon to what its relocation
 * domain has in common, and stays so until it logs on again, even if it moves.
 */
public final class Guest {

    private final GuestSnapshot snapshot;
    GuestState state = GuestState.LOGGED_OFF;
    Member member;
    SortedSet<String> facilities;
    ServiceLevel fenceLevel;
    boolean relocating;
    boolean quiesced;
    /** When the guest last stopped serving (shutdown start or crash); -1 when not in an outage we track. */
    long outageSince = -1;
    /** Bumped whenever a boot or shutdown is abandoned, so its pending completion event is ignored. */
    int lifecycle;

    Guest(GuestSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public GuestSnapshot snapshot() {
        return snapshot;
    }

    public String userid() {
        return snapshot.userid();
    }

    public GuestState state() {
        return state;
    }

    /** The member it is logged on to, or null. */
    public Member member() {
        return member;
    }

    /** Facilities it may use: fixed at logon to the common set of its domain. */
    public SortedSet<String> facilities() {
        return facilities;
    }

    /** Lowest CP service level of its domain at logon: what its architecture description assumes. */
    public ServiceLevel fenceLevel() {
        return fenceLevel;
    }

    public boolean relocating() {
        return relocating;
    }

    public void setRelocating(boolean r) {
        relocating = r;
    }

    public boolean quiesced() {
        return quiesced;
    }

    public void setQuiesced(boolean q) {
        quiesced = q;
    }

    /** True while logging on, logging off or resetting: CP will not start a relocation then. */
    public boolean inTransition() {
        return state == GuestState.BOOTING || state == GuestState.SHUTTING_DOWN;
    }

    @Override
    public String toString() {
        return userid();
    }
}
