package ssiplan.sim.lgr;

import ssiplan.sim.engine.SimTime;

/** One memory pass (as CP keeps it in an MPIBK): number, pages moved, start and end. */
public record PassRecord(int pass, long pages, long start, long end, boolean quiesced) {

    public long duration() {
        return end - start;
    }

    public double seconds() {
        return SimTime.toSeconds(duration());
    }
}
