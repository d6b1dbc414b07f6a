package ssiplan.sim.lgr;

/**
 * How a relocation ended: the monitor's "guest relocation ended" codes (D4 R12, USERLE_RLOFINCD).
 * Every code but {@link #COMPLETED} leaves the guest running on the source.
 */
public enum EndingCode {
    COMPLETED("00", "relocation completed"),
    CANCELLED("01", "cancelled by VMRELOCATE CANCEL"),
    CPHX("02", "cancelled by #CP HX"),
    ISFC_LOST("03", "ISFC connection lost"),
    MAXTOTAL("04", "MAXTOTAL time exceeded"),
    MAXQUIESCE("05", "MAXQUIESCE time exceeded"),
    ELIGIBILITY("06", "eligibility violation found during the relocation"),
    GUEST_RESET("07", "guest reset or logged off"),
    INTERNAL_ERROR("08", "internal error"),
    EXIT_REJECTED("09", "rejected by a CP exit"),
    EXIT_BAD_RC("11", "CP exit gave an invalid return code");

    private final String code;
    private final String meaning;

    EndingCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
