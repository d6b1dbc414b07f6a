package ssiplan.sim.plan;

import java.util.List;

/**
 * The planner's decision for one guest, with the one line that explains it.
 *
 * @param to                      destination; null for {@link MoveKind#STAY_DOWN}
 * @param predictedQuiesceSeconds live moves: predicted stopped time at the planned concurrency
 * @param predictedSeconds        live: predicted relocation time; static: predicted outage; stay down: 0
 * @param alternatives            why each other member was not chosen (member: reason)
 */
public record GuestDecision(String guest, String from, MoveKind kind, String to, double predictedQuiesceSeconds,
        double predictedSeconds, String explanation, List<String> alternatives) {

    public GuestDecision {
        alternatives = List.copyOf(alternatives);
    }
}
