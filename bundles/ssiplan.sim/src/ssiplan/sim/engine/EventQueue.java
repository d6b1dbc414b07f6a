package ssiplan.sim.engine;

import java.util.Arrays;

/**
 * Binary min-heap of events ordered by (time, sequence number). The sequence number is the order
 * of scheduling, so events at equal times always run in the same order: the basis of determinism.
 */
final class EventQueue {

    private ScheduledEvent[] heap = new ScheduledEvent[256];
    private int size;

    int size() {
        return size;
    }

    void add(ScheduledEvent e) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            ScheduledEvent p = heap[parent];
            if (!e.before(p)) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
    }

    ScheduledEvent peek() {
        return size == 0 ? null : heap[0];
    }

    ScheduledEvent poll() {
        if (size == 0) {
            return null;
        }
        ScheduledEvent top = heap[0];
        ScheduledEvent last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int right = child + 1;
                if (right < size && heap[right].before(heap[child])) {
                    child = right;
                }
                if (!heap[child].before(last)) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
        }
        return top;
    }
}
