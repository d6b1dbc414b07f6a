package ssiplan.sim.lgr;

import java.util.SplittableRandom;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.GuestSnapshot;

/**
 * How many pages each memory pass moves and when pre-copy gives up and quiesces.
 * <ul>
 * <li>pass 1: every touched page;</li>
 * <li>pass k: the pages dirtied during pass k-1, {@code min(W, D * t(k-1))};</li>
 * <li>stop pre-copy when that is small enough, no longer shrinking, at the pass limit
 * (two passes are kept for the quiesce), or at once with IMMEDIATE;</li>
 * <li>the final (quiesced) pass moves what completing I/O dirtied during the penultimate one.</li>
 * </ul>
 */
final class PreCopyPolicy {

    private final int maxPreCopyPasses;
    private final double shrinkRatio;
    private final long stopThreshold;
    private final double finalResidual;
    private final double jitter;
    private final SplittableRandom random;

    PreCopyPolicy(Parameters p, SplittableRandom random) {
        this.maxPreCopyPasses = (int) p.get(SimParameters.MAX_PASSES) - 2;
        this.shrinkRatio = p.get(SimParameters.SHRINK_RATIO);
        this.stopThreshold = (long) p.get(SimParameters.STOP_THRESHOLD_PAGES);
        this.finalResidual = p.get(SimParameters.FINAL_PASS_RESIDUAL);
        this.jitter = p.get(SimParameters.DIRTY_RATE_JITTER);
        this.random = random;
    }

    /** Pages the running guest dirtied during a pass that took {@code nanos}. */
    long dirtied(GuestSnapshot g, long nanos) {
        double rate = g.dirtyPagesPerSecond();
        if (jitter > 0) {
            rate *= 1 + jitter * (2 * random.nextDouble() - 1);
        }
        double pages = Math.ceil(rate * SimTime.toSeconds(nanos));
        return (long) Math.min(g.effectiveWorkingSetPages(), pages);
    }

    /** Whether to quiesce after pre-copy pass {@code pass}, which moved {@code sent}, with {@code next} now dirty. */
    boolean stopPreCopy(boolean immediate, int pass, long sent, long next) {
        return immediate || next <= stopThreshold || next >= shrinkRatio * sent || pass >= maxPreCopyPasses;
    }

    /** Pages the final pass moves: what in-flight I/O changed while the penultimate pass ran. */
    long finalPass(GuestSnapshot g, long penultimateNanos) {
        double pages = Math.ceil(finalResidual * g.dirtyPagesPerSecond() * SimTime.toSeconds(penultimateNanos));
        return (long) Math.min(g.effectiveWorkingSetPages(), pages);
    }
}
