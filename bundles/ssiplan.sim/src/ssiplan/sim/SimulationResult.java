package ssiplan.sim;

import java.util.List;
import java.util.SortedMap;
import ssiplan.sim.cluster.StaticMoveResult;
import ssiplan.sim.engine.RunStatus;
import ssiplan.sim.lgr.EligibilityResult;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.trace.Trace;

/**
 * What a run produced: how it stopped, the trace, and the results of the commands.
 *
 * @param endTime     simulated time when it stopped (ns)
 * @param events      engine events executed
 * @param relocations every VMRELOCATE MOVE, in the order they ended (refused ones included)
 * @param placement   where each logged-on guest is at the end (userid to member), sorted
 * @param downtime    nanoseconds each guest spent out of service in outages that ended, sorted
 * @param unfinished  relocations still in progress when the run stopped early
 */
public record SimulationResult(RunStatus status, long endTime, long events, Trace trace,
        List<RelocationResult> relocations, List<EligibilityResult> tests, List<StaticMoveResult> staticMoves,
        SortedMap<String, String> placement, SortedMap<String, Long> downtime, int unfinished) {

    /** The last relocation of {@code guest}, or null. */
    public RelocationResult relocation(String guest) {
        for (int i = relocations.size() - 1; i >= 0; i--) {
            if (relocations.get(i).guest().equals(guest)) {
                return relocations.get(i);
            }
        }
        return null;
    }

    /** Where {@code guest} runs at the end, or null when logged off. */
    public String memberOf(String guest) {
        return placement.get(guest);
    }
}
