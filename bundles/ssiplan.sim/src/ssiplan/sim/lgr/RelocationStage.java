package ssiplan.sim.lgr;

/** The stages of a relocation as VMRELOCATE STATUS names them. */
public enum RelocationStage {
    ELIGIBILITY_CHECKS, MOVING_MEMORY, QUIESCED_FINAL_PASSES, ENDED
}
