package ssiplan.sim.plan;

/**
 * A relocation as the closed form predicts it.
 *
 * @param passes         memory passes, the two quiesced ones included
 * @param pages          pages sent over all passes
 * @param elapsedSeconds command to resume on the destination
 * @param quiesceSeconds stopped time
 */
public record Prediction(int passes, long pages, double elapsedSeconds, double quiesceSeconds) {
}
