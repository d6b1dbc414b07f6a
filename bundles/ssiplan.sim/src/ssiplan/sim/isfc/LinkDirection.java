package ssiplan.sim.isfc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ssiplan.sim.engine.Engine;
import ssiplan.sim.engine.ScheduledEvent;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.LinkShareChanged;

/**
 * One direction of a logical link, shared fairly by the transfers on it (processor sharing).
 * <p>
 * Instead of re-planning every transfer when one starts or ends, it keeps a "virtual" count of
 * pages each active transfer has received; a transfer finishes when that count reaches its
 * target. Only the earliest finish is scheduled, so a share change costs O(log n), not O(n).
 */
public final class LinkDirection {

    /** Pages of rounding slack when deciding that a transfer has finished. */
    private static final double EPSILON_PAGES = 1e-3;

    private final IsfcLink link;
    private final String from;
    private final String to;
    private final double pagesPerSecond;
    private final Engine engine;
    private final Trace trace;

    private Transfer[] heap = new Transfer[16];
    private int heapSize;
    private int active;
    private double virtual;
    private long lastUpdate;
    private long seq;
    private ScheduledEvent next;
    private boolean completing;
    private int reportedActive;

    LinkDirection(IsfcLink link, String from, String to, double pagesPerSecond, Engine engine, Trace trace) {
        this.link = link;
        this.from = from;
        this.to = to;
        this.pagesPerSecond = pagesPerSecond;
        this.engine = engine;
        this.trace = trace;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    /** The direction's full rate. */
    public double pagesPerSecond() {
        return pagesPerSecond;
    }

    /** Transfers running now. */
    public int active() {
        return active;
    }

    /** Starts moving {@code pages}; the listener hears when they are across. */
    public Transfer start(long pages, TransferListener listener) {
        if (!link.usable()) {
            throw new IllegalStateException("link " + link.id() + " is not usable");
        }
        advance();
        Transfer t = new Transfer(this, seq++, pages, engine.now(), virtual + pages, listener);
        push(t);
        active++;
        if (!completing) {
            replan();
        }
        return t;
    }

    void withdraw(Transfer t) {
        if (t.done) {
            return;
        }
        advance();
        t.done = true; // stays in the heap, skipped when it reaches the top
        active--;
        if (!completing) {
            replan();
        }
    }

    /** The link went down: every transfer is cut off. */
    void abortAll(String why) {
        advance();
        List<Transfer> cut = new ArrayList<>();
        while (heapSize > 0) {
            Transfer t = pop();
            if (!t.done) {
                t.done = true;
                cut.add(t);
            }
        }
        active = 0;
        cut.sort((a, b) -> Long.compare(a.seq, b.seq));
        completing = true;
        for (Transfer t : cut) {
            t.listener.aborted(t, why);
        }
        completing = false;
        replan();
    }

    private void advance() {
        long now = engine.now();
        if (active > 0) {
            virtual += (now - lastUpdate) / (double) SimTime.NANOS_PER_SECOND * pagesPerSecond / active;
        }
        lastUpdate = now;
    }

    private void complete() {
        next = null;
        advance();
        completing = true;
        while (heapSize > 0 && heap[0].finishVirtual <= virtual + EPSILON_PAGES) {
            Transfer t = pop();
            if (t.done) {
                continue;
            }
            t.done = true;
            active--;
            t.listener.transferred(t); // may start the next pass here: the share then does not change
        }
        completing = false;
        replan();
    }

    private void replan() {
        if (next != null) {
            next.cancel();
            next = null;
        }
        while (heapSize > 0 && heap[0].done) {
            pop();
        }
        if (active > 0) {
            double remaining = Math.max(0, heap[0].finishVirtual - virtual);
            next = engine.after(SimTime.durationFor(remaining, pagesPerSecond / active), this::complete);
        }
        if (active != reportedActive) {
            reportedActive = active;
            trace.add(new LinkShareChanged(engine.now(), link.id(), from, to, active,
                    active == 0 ? 0 : Math.round(pagesPerSecond / active)));
        }
    }

    private void push(Transfer t) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!t.before(heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = t;
    }

    private Transfer pop() {
        Transfer top = heap[0];
        Transfer last = heap[--heapSize];
        heap[heapSize] = null;
        if (heapSize > 0) {
            int i = 0;
            int half = heapSize >>> 1;
            while (i < half) {
                int c = 2 * i + 1;
                if (c + 1 < heapSize && heap[c + 1].before(heap[c])) {
                    c++;
                }
                if (!heap[c].before(last)) {
                    break;
                }
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = last;
        }
        return top;
    }
}
