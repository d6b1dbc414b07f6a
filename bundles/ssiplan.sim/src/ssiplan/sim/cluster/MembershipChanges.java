package ssiplan.sim.cluster;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Only one member may be joining or leaving at a time [C: a member that finds another joining or
 * leaving waits]. Requests wait here in arrival order.
 */
final class MembershipChanges {

    private record Request(Member member, int epoch, Runnable granted) { }

    private final Deque<Request> waiting = new ArrayDeque<>();
    private Member holder;

    /** Runs {@code granted} once no other member is joining or leaving. */
    void request(Member m, int epoch, Runnable granted) {
        waiting.add(new Request(m, epoch, granted));
        grantNext();
    }

    void release(Member m) {
        if (holder == m) {
            holder = null;
            grantNext();
        }
    }

    boolean held() {
        return holder != null;
    }

    private void grantNext() {
        while (holder == null && !waiting.isEmpty()) {
            Request r = waiting.poll();
            if (r.member().epoch != r.epoch()) {
                continue; // the member stopped or abended while it waited
            }
            holder = r.member();
            r.granted().run();
        }
    }
}
