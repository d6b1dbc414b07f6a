package ssiplan.sim.lgr;

/**
 * Every condition that stops a relocation (reference section 3.3), with a stable code for reports
 * and, where VMRELOCATE allows it, the FORCE operand that overrides it.
 */
public enum Ineligibility {
    NOT_LOGGED_ON("LGR-NOT-LOGGED-ON", null),
    SAME_MEMBER("LGR-SAME-MEMBER", null),
    MULTICONFIGURATION("LGR-IDENTITY", null),
    UNSUPPORTED_GUEST("LGR-GUEST-OS", null),
    RELOCATION_DISABLED("LGR-VMRELOCATE-OFF", null),
    IN_TRANSITION("LGR-TRANSITION", null),
    ALREADY_RELOCATING("LGR-IN-PROGRESS", null),
    DEVICE_NO_EQUIVALENT("LGR-EQID", null),
    DEDICATED_DEVICE("LGR-DEDICATED", null),
    TDISK("LGR-TDISK", null),
    VIRTUAL_CTC("LGR-VCTC", null),
    MINIDISK_VOLUME("LGR-MDISK-VOLUME", null),
    VSWITCH_MISSING("LGR-VSWITCH-MISSING", null),
    VSWITCH_DIFFERENT("LGR-VSWITCH-DEFINITION", null),
    VSWITCH_NOT_AUTHORIZED("LGR-VSWITCH-GRANT", null),
    GUEST_LAN("LGR-GUEST-LAN", null),
    DCSS_EXCLUSIVE("LGR-DCSS-EXCLUSIVE", null),
    DCSS_MISSING("LGR-DCSS", null),
    NSS_MISMATCH("LGR-NSS", null),
    RESERVED_PAGES("LGR-RESERVED", null),
    IUCV_CONNECTION("LGR-IUCV", null),
    TRACE_ACTIVE("LGR-TRACE", null),
    DEDICATED_CPU("LGR-DEDICATED-CPU", null),
    CRYPTO_TYPE("LGR-CRYPTO", null),
    CRYPTO_DEDICATED("LGR-CRYPTO-DEDICATED", null),
    CLUSTER_NOT_STABLE("LGR-CLUSTER-MODE", null),
    DESTINATION_UNAVAILABLE("LGR-DEST-DOWN", null),
    NO_ISFC_LINK("LGR-ISFC", null),
    ARCHITECTURE("LGR-ARCHITECTURE", Force.ARCHITECTURE),
    CP_LEVEL("LGR-CP-LEVEL", Force.ARCHITECTURE),
    DOMAIN("LGR-DOMAIN", Force.DOMAIN),
    STORAGE_CURRENT("LGR-STORAGE", null),
    STORAGE_MAXIMUM("LGR-STORAGE-MAX", Force.STORAGE),
    STORAGE_PAGING("LGR-PAGING", Force.STORAGE);

    private final String code;
    private final Force forcedBy;

    Ineligibility(String code, Force forcedBy) {
        this.code = code;
        this.forcedBy = forcedBy;
    }

    /** Stable identifier, e.g. "LGR-EQID". */
    public String code() {
        return code;
    }

    /** The FORCE operand that overrides it, or null when nothing can. */
    public Force forcedBy() {
        return forcedBy;
    }
}
