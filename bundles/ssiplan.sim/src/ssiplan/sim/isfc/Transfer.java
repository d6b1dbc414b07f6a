package ssiplan.sim.isfc;

/** One batch of pages moving over one direction of a link, sharing it with the others there. */
public final class Transfer {

    final LinkDirection direction;
    final long seq;
    final double finishVirtual;
    final TransferListener listener;
    private final long pages;
    private final long start;
    boolean done;

    Transfer(LinkDirection direction, long seq, long pages, long start, double finishVirtual, TransferListener listener) {
        this.direction = direction;
        this.seq = seq;
        this.pages = pages;
        this.start = start;
        this.finishVirtual = finishVirtual;
        this.listener = listener;
    }

    public long pages() {
        return pages;
    }

    public long start() {
        return start;
    }

    public boolean done() {
        return done;
    }

    /** Withdraws the transfer (relocation cancelled); the others' shares grow at once. */
    public void abort() {
        direction.withdraw(this);
    }

    boolean before(Transfer o) {
        return finishVirtual < o.finishVirtual || (finishVirtual == o.finishVirtual && seq < o.seq);
    }
}
