package ssiplan.sim.cluster;

import java.util.HashMap;
import java.util.Map;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;

/**
 * A member at run time: its state, whether CP is actually running there (which the others may
 * not know), and the load its guests put on it.
 */
public final class Member {

    /** Replaced (new machine, same LPAR definition) only while the member is down. */
    private MemberSnapshot snapshot;
    MemberState state;
    boolean running;
    boolean shuttingDown;
    ServiceLevel serviceLevel;
    /** Bumped when CP stops or restarts there, so steps planned for an earlier life are dropped. */
    int epoch;

    int guests;
    long definedStorage;
    long usedBytes;
    long reservedBytes;
    double cpuDemand;
    boolean memoryOvercommitted;
    boolean cpuOvercommitted;
    final Map<String, Integer> antiAffinity = new HashMap<>();

    Member(MemberSnapshot snapshot) {
        this.snapshot = snapshot;
        this.serviceLevel = snapshot.serviceLevel();
        this.state = MemberState.DOWN;
    }

    public MemberSnapshot snapshot() {
        return snapshot;
    }

    void replaceSnapshot(MemberSnapshot s) {
        this.snapshot = s;
    }

    public String name() {
        return snapshot.name();
    }

    public MemberState state() {
        return state;
    }

    /** CP is executing on this member (it may still be DOWN in the PDR while it IPLs). */
    public boolean running() {
        return running;
    }

    /** SHUTDOWN was issued and the member has not gone down yet. */
    public boolean shuttingDown() {
        return shuttingDown;
    }

    public ServiceLevel serviceLevel() {
        return serviceLevel;
    }

    /** Joined and running: may run and receive guests. */
    public boolean available() {
        return running && state == MemberState.JOINED;
    }

    public int guestCount() {
        return guests;
    }

    /** Frames in use by resident guests plus storage reserved for guests relocating here. */
    public long usedBytes() {
        return usedBytes + reservedBytes;
    }

    /** Real plus paging space not yet in use: what the "will it fit" checks compare against. */
    public long availableBytes() {
        return snapshot.realBytes() + snapshot.pagingBytes() - usedBytes();
    }

    public long definedStorage() {
        return definedStorage;
    }

    public double cpuDemand() {
        return cpuDemand;
    }

    @Override
    public String toString() {
        return name();
    }
}
