package ssiplan.sim.lgr;

import ssiplan.sim.trace.TraceEvent.Reason;

/** One reason a guest cannot move to a destination, with the specifics in words. */
public record EligibilityProblem(Ineligibility reason, String message) {

    public Reason toTrace() {
        return new Reason(reason.code(), message);
    }

    @Override
    public String toString() {
        return reason.code() + ": " + message;
    }
}
