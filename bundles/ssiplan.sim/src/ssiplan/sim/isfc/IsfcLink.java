package ssiplan.sim.isfc;

import ssiplan.sim.engine.Engine;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.snapshot.LinkSnapshot;
import ssiplan.sim.trace.Trace;

/**
 * An ISFC logical link at run time. It carries traffic only while it is active (not brought down
 * by the operator or a failure) and CP runs at both ends. Each direction is shared on its own:
 * FICON is full duplex, and the write-collision rule gives each side its own sending devices.
 */
public final class IsfcLink {

    private final LinkSnapshot snapshot;
    private final LinkDirection aToB;
    private final LinkDirection bToA;
    boolean active;
    boolean usable;

    IsfcLink(LinkSnapshot snapshot, Parameters p, Engine engine, Trace trace) {
        this.snapshot = snapshot;
        this.active = snapshot.up();
        this.aToB = new LinkDirection(this, snapshot.memberA(), snapshot.memberB(),
                LinkCapacity.pagesPerSecond(snapshot, snapshot.memberA(), p), engine, trace);
        this.bToA = new LinkDirection(this, snapshot.memberB(), snapshot.memberA(),
                LinkCapacity.pagesPerSecond(snapshot, snapshot.memberB(), p), engine, trace);
    }

    public LinkSnapshot snapshot() {
        return snapshot;
    }

    public String id() {
        return snapshot.id();
    }

    /** Not brought down by operator or failure (the member ends may still be down). */
    public boolean active() {
        return active;
    }

    /** Active and CP running at both ends: relocations can use it. */
    public boolean usable() {
        return usable;
    }

    /** The direction from {@code sender} to the other end. */
    public LinkDirection from(String sender) {
        if (sender.equals(snapshot.memberA())) {
            return aToB;
        }
        if (sender.equals(snapshot.memberB())) {
            return bToA;
        }
        throw new IllegalArgumentException(sender + " is not an end of " + id());
    }

    void cut(String why) {
        aToB.abortAll(why);
        bToA.abortAll(why);
    }
}
