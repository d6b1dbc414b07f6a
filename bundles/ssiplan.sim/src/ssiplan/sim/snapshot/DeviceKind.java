package ssiplan.sim.snapshot;

/**
 * Kinds of virtual device that matter to relocation. Which of them block a move, and which need
 * something on the destination, is decided in {@code ssiplan.sim.lgr.Eligibility}.
 */
public enum DeviceKind {
    /** Minidisk: the destination must reach its volume. */
    MINIDISK,
    /** Virtual disk in storage: moves with guest memory. */
    VDISK,
    /** Temporary disk: cannot be relocated. */
    TDISK,
    /** Dedicated OSA, HiperSockets or FCP subchannel: needs a device with the same EQID on the destination. */
    DEDICATED_OSA,
    DEDICATED_HIPERSOCKETS,
    DEDICATED_FCP,
    /** Dedicated DASD, tape and unit record devices cannot be relocated. */
    DEDICATED_DASD,
    DEDICATED_TAPE,
    DEDICATED_UNIT_RECORD,
    /** A dedicated real device whose kind the plan does not say (not OSA, FCP or HiperSockets): cannot be relocated. */
    DEDICATED_OTHER,
    /** Virtual CTC coupled to another guest: cannot be relocated. */
    VIRTUAL_CTC_COUPLED,
    /** Spooled reader/punch/printer and other purely virtual devices: move freely. */
    VIRTUAL_OTHER;

    public boolean needsEqid() {
        return this == DEDICATED_OSA || this == DEDICATED_HIPERSOCKETS || this == DEDICATED_FCP;
    }
}
