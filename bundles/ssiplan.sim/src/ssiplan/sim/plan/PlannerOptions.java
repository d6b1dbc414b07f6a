package ssiplan.sim.plan;

import ssiplan.sim.lgr.RelocationOptions;

/**
 * The choices an operator makes for an evacuation.
 *
 * @param memoryOvercommitLimit defined guest storage a destination may hold per byte of real memory
 * @param cpuLimit              share of a destination's engines guest demand may reach
 * @param concurrentPerLink     relocations at once per ISFC link direction; 0 lets the planner choose
 * @param autoConcurrencyCeiling the most the planner chooses by itself per link direction
 * @param maxQuiesceSeconds     MAXQUIESCE for the moves, null for the simulation default
 * @param maxTotalSeconds       MAXTOTAL for the moves, null for the simulation default (NOLIMIT)
 * @param immediate             relocate with IMMEDIATE
 * @param staticMoves           shut down and log on elsewhere the guests that cannot relocate
 * @param antiAffinity          never put two guests of one anti-affinity group on one member
 * @param strategy              one at a time or planned parallelism
 * @param cpuHard               never place a guest beyond the CPU limit; by default a member short of
 *                              CPU only is taken when nothing else can (the guest runs slower, the run
 *                              reports the over-commit) rather than leaving the guest down
 */
public record PlannerOptions(double memoryOvercommitLimit, double cpuLimit, int concurrentPerLink,
        int autoConcurrencyCeiling, Double maxQuiesceSeconds, Double maxTotalSeconds, boolean immediate,
        boolean staticMoves, boolean antiAffinity, Strategy strategy, boolean cpuHard) {

    public PlannerOptions {
        if (!(memoryOvercommitLimit > 0)) {
            throw new IllegalArgumentException("memory over-commit limit must be > 0, was " + memoryOvercommitLimit);
        }
        if (!(cpuLimit > 0)) {
            throw new IllegalArgumentException("CPU limit must be > 0, was " + cpuLimit);
        }
        if (concurrentPerLink < 0) {
            throw new IllegalArgumentException("concurrent relocations must be >= 0 (0 = planner decides), was " + concurrentPerLink);
        }
        if (autoConcurrencyCeiling < 1) {
            throw new IllegalArgumentException("auto concurrency ceiling must be >= 1");
        }
        strategy = strategy == null ? Strategy.PLANNED_PARALLEL : strategy;
    }

    /** 2.0 memory over-commit, 100% CPU, planner-chosen concurrency up to 4 per link, defaults for the limits. */
    public static PlannerOptions defaults() {
        return new PlannerOptions(2.0, 1.0, 0, 4, null, null, false, true, true, Strategy.PLANNED_PARALLEL, false);
    }

    public PlannerOptions withStrategy(Strategy s) {
        return new PlannerOptions(memoryOvercommitLimit, cpuLimit, concurrentPerLink, autoConcurrencyCeiling,
                maxQuiesceSeconds, maxTotalSeconds, immediate, staticMoves, antiAffinity, s, cpuHard);
    }

    public PlannerOptions withLimits(double memory, double cpu) {
        return new PlannerOptions(memory, cpu, concurrentPerLink, autoConcurrencyCeiling, maxQuiesceSeconds,
                maxTotalSeconds, immediate, staticMoves, antiAffinity, strategy, cpuHard);
    }

    public PlannerOptions withConcurrency(int perLink) {
        return new PlannerOptions(memoryOvercommitLimit, cpuLimit, perLink, autoConcurrencyCeiling, maxQuiesceSeconds,
                maxTotalSeconds, immediate, staticMoves, antiAffinity, strategy, cpuHard);
    }

    public PlannerOptions withRelocationLimits(Double maxQuiesce, Double maxTotal, boolean imm) {
        return new PlannerOptions(memoryOvercommitLimit, cpuLimit, concurrentPerLink, autoConcurrencyCeiling, maxQuiesce,
                maxTotal, imm, staticMoves, antiAffinity, strategy, cpuHard);
    }

    public PlannerOptions withCpuHard(boolean hard) {
        return new PlannerOptions(memoryOvercommitLimit, cpuLimit, concurrentPerLink, autoConcurrencyCeiling, maxQuiesceSeconds,
                maxTotalSeconds, immediate, staticMoves, antiAffinity, strategy, hard);
    }

    /** The VMRELOCATE operands the moves are entered with (ASYNCHRONOUS: the runner paces them). */
    public RelocationOptions relocationOptions() {
        RelocationOptions o = RelocationOptions.defaults().asynchronous();
        if (immediate) {
            o = o.withImmediate();
        }
        if (maxQuiesceSeconds != null) {
            o = o.maxQuiesce(maxQuiesceSeconds);
        }
        if (maxTotalSeconds != null) {
            o = o.maxTotal(maxTotalSeconds);
        }
        return o;
    }
}
