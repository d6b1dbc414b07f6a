package ssiplan.sim.plan;

import ssiplan.sim.engine.SimTime;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.GuestSnapshot;

/**
 * Predicts a relocation without running it: the runtime's pre-copy rules (pass 1 = touched pages,
 * pass k = min(W, D * t(k-1)), stop when small, no longer shrinking or at the pass limit; quiesce =
 * state transfer alongside the penultimate pass, then the final pass) evaluated at a fixed link
 * rate. With no other traffic on the link this is what the runtime does, to the nanosecond (no
 * dirty-rate jitter); with k relocations sharing a link it assumes each gets 1/k of it throughout.
 */
public final class RelocationPredictor {

    private final int maxPreCopyPasses;
    private final double shrinkRatio;
    private final long stopThreshold;
    private final double finalResidual;
    private final long stateNanos;
    private final long deviceNanos;
    private final long eligibilityNanos;

    public RelocationPredictor(Parameters p) {
        this.maxPreCopyPasses = (int) p.get(SimParameters.MAX_PASSES) - 2;
        this.shrinkRatio = p.get(SimParameters.SHRINK_RATIO);
        this.stopThreshold = (long) p.get(SimParameters.STOP_THRESHOLD_PAGES);
        this.finalResidual = p.get(SimParameters.FINAL_PASS_RESIDUAL);
        this.stateNanos = p.nanos(SimParameters.STATE_TRANSFER_SECONDS);
        this.deviceNanos = p.nanos(SimParameters.DEVICE_TRANSFER_SECONDS);
        this.eligibilityNanos = p.nanos(SimParameters.ELIGIBILITY_SECONDS);
    }

    /** The relocation of {@code g} at {@code pagesPerSecond} (its share of the link). */
    public Prediction predict(GuestSnapshot g, double pagesPerSecond, boolean immediate) {
        long wss = g.effectiveWorkingSetPages();
        long t = eligibilityNanos;
        long sent = g.touchedPages();
        long total = sent;
        int pass = 1;
        long duration = SimTime.durationFor(sent, pagesPerSecond);
        t += duration;
        long next = dirtied(g.dirtyPagesPerSecond(), duration, wss);
        while (!(immediate || next <= stopThreshold || next >= shrinkRatio * sent || pass >= maxPreCopyPasses)) {
            pass++;
            sent = next;
            total += sent;
            duration = SimTime.durationFor(sent, pagesPerSecond);
            t += duration;
            next = dirtied(g.dirtyPagesPerSecond(), duration, wss);
        }
        long penultimate = SimTime.durationFor(next, pagesPerSecond);
        long state = stateNanos + (g.devices().size() + g.nics().size()) * deviceNanos;
        long finalPages = (long) Math.min(wss, Math.ceil(finalResidual * g.dirtyPagesPerSecond() * SimTime.toSeconds(penultimate)));
        long quiesce = Math.max(penultimate, state) + SimTime.durationFor(finalPages, pagesPerSecond);
        total += next + finalPages;
        return new Prediction(pass + 2, total, SimTime.toSeconds(t + quiesce), SimTime.toSeconds(quiesce));
    }

    private static long dirtied(double rate, long nanos, long wss) {
        return (long) Math.min(wss, Math.ceil(rate * SimTime.toSeconds(nanos)));
    }
}
