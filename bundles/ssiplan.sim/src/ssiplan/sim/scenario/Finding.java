package ssiplan.sim.scenario;

/**
 * A problem the planner should act on.
 *
 * @param severity ERROR (a violation: the plan does not hold) or WARNING (worth knowing)
 * @param kind     stable category: OUTAGE (SLA/criticality breached), QUIESCE, MAXQUIESCE, MAXTOTAL,
 *                 MEMORY_OVERCOMMIT, CPU_OVERCOMMIT, ANTI_AFFINITY, NO_PLACEMENT, NOT_RESTARTED,
 *                 INELIGIBLE, SINGLE_POINT_OF_FAILURE, STEP_REFUSED, ...
 * @param subject  the guest or member it is about
 * @param seconds  simulated time it was found (-1 when it is about the plan as a whole)
 */
public record Finding(Severity severity, String kind, String subject, String message, double seconds) {

    public enum Severity { ERROR, WARNING }

    public boolean violation() {
        return severity == Severity.ERROR;
    }
}
