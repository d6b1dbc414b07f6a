package ssiplan.sim.plan;

/** How the relocations of an evacuation are entered. */
public enum Strategy {
    /** One VMRELOCATE at a time in the whole cluster, each waiting for the previous (one operator, SYNCHRONOUS). */
    ONE_AT_A_TIME("one at a time"),
    /** Several at once per ISFC link, as many as the planner predicts keep every quiesce within its limits. */
    PLANNED_PARALLEL("planned parallelism");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
