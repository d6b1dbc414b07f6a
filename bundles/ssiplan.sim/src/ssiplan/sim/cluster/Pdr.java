package ssiplan.sim.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * The Persistent Data Record on the shared DASD: each member's state as the member itself last
 * wrote it, and its heartbeat. Heartbeats are not simulated one by one (a long run would be
 * mostly heartbeat events); the last heartbeat follows exactly from when the member began writing
 * them, the interval, and when it stopped.
 */
public final class Pdr {

    private final long interval;
    private final long timeout;
    private final Map<String, Entry> entries = new HashMap<>();

    private static final class Entry {
        MemberState state = MemberState.DOWN;
        long heartbeatSince = -1;
        long heartbeatStopped = -1;
    }

    public Pdr(long heartbeatIntervalNanos, long heartbeatTimeoutNanos) {
        this.interval = heartbeatIntervalNanos;
        this.timeout = heartbeatTimeoutNanos;
    }

    private Entry entry(String member) {
        return entries.computeIfAbsent(member, m -> new Entry());
    }

    /** The member writes its own state. */
    public void write(String member, MemberState state) {
        entry(member).state = state;
    }

    public MemberState recorded(String member) {
        return entry(member).state;
    }

    /** The member begins writing heartbeats (it has started to join). */
    public void startHeartbeat(String member, long now) {
        Entry e = entry(member);
        e.heartbeatSince = now;
        e.heartbeatStopped = -1;
    }

    /** The member stops writing heartbeats: it is down, whether it said so or not. */
    public void stopHeartbeat(String member, long now) {
        Entry e = entry(member);
        if (e.heartbeatSince >= 0 && e.heartbeatStopped < 0) {
            e.heartbeatStopped = now;
        }
    }

    /** Time of the last heartbeat written at or before {@code now}, or -1 if none was ever written. */
    public long lastHeartbeat(String member, long now) {
        Entry e = entry(member);
        if (e.heartbeatSince < 0) {
            return -1;
        }
        long end = e.heartbeatStopped >= 0 ? Math.min(now, e.heartbeatStopped) : now;
        return e.heartbeatSince + (end - e.heartbeatSince) / interval * interval;
    }

    /** When the others will notice the heartbeat is overdue, if it stays stopped. */
    public long overdueAt(String member, long now) {
        long last = lastHeartbeat(member, now);
        return last < 0 ? now : last + timeout;
    }

    public boolean overdue(String member, long now) {
        Entry e = entry(member);
        return e.heartbeatStopped >= 0 && now >= overdueAt(member, now);
    }
}
