package ssiplan.sim.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What to do with every guest of the member(s) going down, and how to pace the relocations.
 *
 * @param members          the members being evacuated
 * @param predictedSeconds predicted time until the last move is done (the evacuation window)
 */
public record EvacuationPlan(List<String> members, Strategy strategy, List<GuestDecision> decisions, List<LinkPlan> links,
        double predictedSeconds) {

    public EvacuationPlan {
        members = List.copyOf(members);
        decisions = List.copyOf(decisions);
        links = List.copyOf(links);
    }

    public List<GuestDecision> of(MoveKind kind) {
        List<GuestDecision> out = new ArrayList<>();
        for (GuestDecision d : decisions) {
            if (d.kind() == kind) {
                out.add(d);
            }
        }
        return out;
    }

    public GuestDecision decision(String guest) {
        for (GuestDecision d : decisions) {
            if (d.guest().equals(guest)) {
                return d;
            }
        }
        return null;
    }

    /** Concurrency planned between two members (1 when nothing was planned there). */
    public int concurrency(String from, String to) {
        for (LinkPlan l : links) {
            if (l.from().equals(from) && l.to().equals(to)) {
                return l.concurrent();
            }
        }
        return 1;
    }
}
