package ssiplan.sim.plan;

/**
 * How many relocations run at once on one direction of an ISFC link, and why.
 *
 * @param moves             live relocations planned on it
 * @param predictedSeconds  predicted time to drain them at that concurrency
 */
public record LinkPlan(String from, String to, int concurrent, int moves, double predictedSeconds, String explanation) {
}
