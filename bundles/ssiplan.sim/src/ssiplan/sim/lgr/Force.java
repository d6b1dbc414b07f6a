package ssiplan.sim.lgr;

/** VMRELOCATE FORCE operands: which ineligibility the operator accepts. */
public enum Force {
    /** Relocate although the destination lacks facilities or CP level the guest may be using. */
    ARCHITECTURE,
    /** Relocate outside the guest's relocation domain. */
    DOMAIN,
    /** Relocate although CP's softer storage checks say the destination is short. */
    STORAGE
}
