package ssiplan.sim.trace;

import java.util.List;

/**
 * One thing that happened in a run, stamped with simulated time {@code t} in nanoseconds.
 * Every field is an integer, a string or a boolean so that the JSON form does not depend on how a
 * JVM prints doubles. Reports, the timeline view and the tests all read these.
 */
public sealed interface TraceEvent {

    long t();

    /** An operator command as typed at the console. */
    record CommandIssued(long t, String console, String command) implements TraceEvent { }

    /** A command CP refused, with the reason in CP's terms. */
    record CommandRejected(long t, String console, String command, String reason) implements TraceEvent { }

    /** A member's state in the PDR (or as the other members see it) changed. */
    record MemberStateChanged(long t, String member, String from, String to, String reason) implements TraceEvent { }

    /** The cluster mode changed (STABLE, IN-FLUX, SAFE). */
    record ClusterModeChanged(long t, String from, String to, String reason) implements TraceEvent { }

    record IplStarted(long t, String member, String serviceLevel) implements TraceEvent { }

    record ShutdownStarted(long t, String member) implements TraceEvent { }

    /** The other members noticed a member's PDR heartbeat is overdue. */
    record HeartbeatMissed(long t, String member, long lastHeartbeat) implements TraceEvent { }

    record LinkStateChanged(long t, String link, boolean up, String reason) implements TraceEvent { }

    /** The rate each relocation gets on one direction of a link after one started or ended. */
    record LinkShareChanged(long t, String link, String from, String to, int relocations, long pagesPerSecondEach)
            implements TraceEvent { }

    record GuestUp(long t, String guest, String member, String reason) implements TraceEvent { }

    /** A logon waits because the cluster is IN-FLUX; it proceeds when the cluster is STABLE again. */
    record LogonHeld(long t, String guest, String member, String reason) implements TraceEvent { }

    record GuestDown(long t, String guest, String member, String reason) implements TraceEvent { }

    /** Result of the eligibility checks (VMRELOCATE TEST, or the checks at the start of a MOVE). */
    record EligibilityChecked(long t, String guest, String from, String to, boolean test, List<Reason> reasons)
            implements TraceEvent {
        public EligibilityChecked {
            reasons = List.copyOf(reasons);
        }

        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    /** One ineligibility reason: stable code plus the message a systems programmer reads. */
    record Reason(String code, String message) { }

    /** A relocation passed its first checks and started; limits in ns, -1 for NOLIMIT. */
    record RelocationStarted(long t, String guest, String from, String to, boolean immediate, boolean synchronous,
            long maxTotal, long maxQuiesce, List<String> force) implements TraceEvent {
        public RelocationStarted {
            force = List.copyOf(force);
        }
    }

    /** A memory pass finished at {@code t}: it started at {@code start} and moved {@code pages}. */
    record MemoryPass(long t, String guest, int pass, long pages, long start, boolean quiesced) implements TraceEvent { }

    record QuiesceStarted(long t, String guest, String member) implements TraceEvent { }

    /** The guest runs again, on {@code resumedOn}, after being stopped for {@code quiesce} ns. */
    record QuiesceEnded(long t, String guest, String resumedOn, long quiesce) implements TraceEvent { }

    /** A relocation ended with a monitor ending code (00 done, 01 cancel ...). */
    record RelocationEnded(long t, String guest, String from, String to, String code, String outcome, long elapsed,
            long quiesce, int passes, long pages, String guestOn) implements TraceEvent { }

    /** Output of VMRELOCATE STATUS for one relocation. */
    record RelocationStatus(long t, String guest, String from, String to, String stage, int passes, long pages,
            long elapsed) implements TraceEvent { }

    /**
     * Load on a member after guests came or went: guests logged on, their defined storage, the
     * frames in use (touched pages, plus storage reserved for incoming relocations) against real
     * memory and paging space, and CPU in thousandths of an engine.
     */
    record CapacitySample(long t, String member, int guests, long storageBytes, long usedBytes, long realBytes,
            long pagingBytes, long cpuMilli, long cpuCapacityMilli) implements TraceEvent { }

    /** Something a plan should not do: over-commit, SLA breach, anti-affinity... */
    record Violation(long t, String kind, String subject, String message) implements TraceEvent { }

    record RunEnded(long t, String status, long events) implements TraceEvent { }

    /** The CEC under a (down) member was replaced: new machine type and the facilities it offers. */
    record MachineReplaced(long t, String member, String machine, List<String> facilities) implements TraceEvent {
        public MachineReplaced {
            facilities = List.copyOf(facilities);
        }
    }

    /** A step of a scenario (what the runner decided or did that is not a CP command), for the timeline. */
    record ScenarioStep(long t, String step, String subject, String detail) implements TraceEvent { }
}
