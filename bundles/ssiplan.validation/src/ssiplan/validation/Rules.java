package ssiplan.validation;

import static ssiplan.validation.Severity.ERROR;
import static ssiplan.validation.Severity.INFO;
import static ssiplan.validation.Severity.WARNING;

/**
 * The standard rules. Ids are stable. "Vn" refers to the validation table (§1.13) of the domain
 * reference (zvm-ssi-reference.md); [C] confirmed facts give errors, [U] unconfirmed ones warnings.
 *
 * <p>Not here because a model cannot break them (see the bundle README): V1 beyond a second SSI
 * statement kept by an import (the model holds one cluster per SSI statement; file-level duplicates are
 * ssiplan.sysconfig's {@code SSI-DUPLICATE}), V11 (ESM configuration: not modelled) and V12 (80-column
 * records, continuation: ssiplan.sysconfig's {@code CFG-COLUMNS}, {@code CFG-CONTINUATION-EOF},
 * {@code CFG-COMMENT-UNCLOSED}). V10 is checked on kept statements only (XLINK is not modelled).
 */
public final class Rules {

    private Rules() {
    }

    // --- The SSI statement and members (V2, V3, V14) ---
    public static final Rule SSI_NAME = Rule.of("SSI-NAME", ERROR,
            "SSI cluster name is 1-8 alphanumeric characters", "V2 [C]");
    public static final Rule SSI_NO_MEMBERS = Rule.of("SSI-NO-MEMBERS", ERROR,
            "an SSI cluster has at least one member (the IPLing system must be one of them)", "V3 [C]");
    public static final Rule SSI_MEMBER_NAME = Rule.of("SSI-MEMBER-NAME", ERROR,
            "member system name is 1-8 alphanumeric characters", "V2 [C]");
    public static final Rule SSI_MEMBER_DUPLICATE = Rule.of("SSI-MEMBER-DUPLICATE", ERROR,
            "two members of one cluster have the same system name", "V2 [C]");
    public static final Rule SSI_SLOT_DUPLICATE = Rule.of("SSI-SLOT-DUPLICATE", ERROR,
            "two members occupy the same SSI slot (each SLOT appears once)", "V2 [C]")
            .withQuickFix("move the later member to the lowest free slot");
    public static final Rule SSI_SLOT_RANGE = Rule.of("SSI-SLOT-RANGE", ERROR,
            "SSI slot outside 1..the release's member limit", "V2 [C to 7.2]")
            .withQuickFix("move the member to the lowest free slot");
    public static final Rule SSI_MEMBER_LIMIT = Rule.of("SSI-MEMBER-LIMIT", ERROR,
            "more members than the cluster's z/VM release allows (planning settings' limit)", "V14 [C]");
    public static final Rule SSI_MEMBER_LIMIT_UNCONFIRMED = Rule.of("SSI-MEMBER-LIMIT-U", WARNING,
            "more than 4 members (or a slot above 4) relies on an unconfirmed per-release limit, e.g. 8 at 7.3+",
            "V14 [U]");
    public static final Rule SSI_MEMBER_LPAR = Rule.of("SSI-MEMBER-LPAR", ERROR,
            "a member that is up at plan start is placed on an LPAR (System_Identifier LPAR names it)", "V3 [C]");
    public static final Rule SSI_MEMBER_LPAR_DOWN = Rule.of("SSI-MEMBER-LPAR-DOWN", INFO,
            "a member that is down has no LPAR yet (e.g. it comes up in a shared utility LPAR): assign one before IPL",
            "V3 [C]");
    public static final Rule SSI_SYSID_LPAR_DUPLICATE = Rule.of("SSI-SYSID-LPAR-DUPLICATE", ERROR,
            "two members run in LPARs of the same name: System_Identifier LPAR cannot tell them apart in the shared SYSTEM CONFIG",
            "V3 [C]");
    public static final Rule SSI_RELEASE_HARDWARE = Rule.of("SSI-RELEASE-HW", ERROR,
            "member's z/VM release does not run on its CEC (7.1 and later need zEC12/zBC12 or newer)", "§7 [C]");
    public static final Rule SSI_RELEASE_HARDWARE_UNCONFIRMED = Rule.of("SSI-RELEASE-HW-U", WARNING,
            "member's z/VM release probably does not run on its CEC (7.3 needs z14, 7.4 needs z15)", "§7 [U]");

    // --- Statements kept verbatim from an imported SYSTEM CONFIG (V1, V10, V13) ---
    public static final Rule SSI_STATEMENT_DUPLICATE = Rule.of("SSI-STATEMENT-DUPLICATE", ERROR,
            "a kept SYSTEM CONFIG statement is a second SSI statement: only one is honoured, and the cluster already defines it",
            "V1 [C]").withQuickFix("delete the kept SSI statement");
    public static final Rule SSI_XLINK = Rule.of("SSI-XLINK", ERROR,
            "XLINK_SYSTEM_EXCLUDE may not be coded together with SSI", "V10 [C]")
            .withQuickFix("delete the kept XLINK_SYSTEM_EXCLUDE statement");
    public static final Rule SSI_XLINK_UNCONFIRMED = Rule.of("SSI-XLINK-U", WARNING,
            "other XLINK/CSE statements probably may not be coded together with SSI either", "V10 [U]");
    public static final Rule SSI_QUALIFIER_MEMBER = Rule.of("SSI-QUALIFIER-MEMBER", WARNING,
            "a kept statement is qualified for a system that is not a member of the cluster, so no member applies it",
            "§1.1 [C]");

    // --- PDR (V4) ---
    public static final Rule SSI_PDR_ECKD = Rule.of("SSI-PDR-ECKD", ERROR,
            "the PDR volume is ECKD (3390), not an FBA/SCSI EDEVICE", "V4 [C]");
    public static final Rule SSI_PDR_LISTED = Rule.of("SSI-PDR-LISTED", ERROR,
            "the PDR volume is in a member's CP_Owned list or is a user volume (User_Volume_List)", "V4 [C]");
    public static final Rule SSI_PDR_REACH = Rule.of("SSI-PDR-REACH", ERROR,
            "every member reaches the PDR volume (has a device number for it)", "§1.4 [C]");

    // --- ISFC (V5, V6) ---
    public static final Rule SSI_ISLINK_MESH = Rule.of("SSI-ISLINK-MESH", ERROR,
            "every pair of members has its own ISFC logical link (full mesh)", "V5 [C]")
            .withQuickFix("add an ISFC link between the two members");
    public static final Rule SSI_ISFC_COLLECTION = Rule.of("SSI-ISFC-COLLECTION", ERROR,
            "all members belong to one ISFC collection (the link graph is connected)", "V6 [C]");
    public static final Rule SSI_ISLINK_ENDS = Rule.of("SSI-ISLINK-ENDS", ERROR,
            "an ISFC link joins two different members of its own cluster", "V5 [C]");
    public static final Rule SSI_ISLINK_DUPLICATE = Rule.of("SSI-ISLINK-DUPLICATE", ERROR,
            "a member pair has more than one logical link (one link holds all its CTCs)", "V5 [C]")
            .withQuickFix("move the CTCs of the second link into the first and delete it");
    public static final Rule SSI_ISLINK_CTC_COUNT = Rule.of("SSI-ISLINK-CTC-COUNT", ERROR,
            "an ISFC link has 1 to 16 FICON CTC connections", "V5 [C]");
    public static final Rule SSI_ISLINK_CTC_DEVICE = Rule.of("SSI-ISLINK-CTC-DEVICE", ERROR,
            "each CTC has a device number (1-4 hex digits) at both ends: each side is defined on its own member",
            "V5 [C]");
    public static final Rule SSI_ISLINK_DEVICE_DUPLICATE = Rule.of("SSI-ISLINK-DEVICE-DUPLICATE", ERROR,
            "a member uses one CTC device number twice (HCP2721E duplicate unit address)", "§1.7 [C]");
    public static final Rule SSI_ISLINK_CHPID = Rule.of("SSI-ISLINK-CHPID", ERROR,
            "a CTC end's CHPID is a FICON (FC) channel on the CEC of the member at that end", "§1.7 [C]");
    public static final Rule SSI_ISLINK_ONE_CHPID = Rule.of("SSI-ISLINK-ONE-CHPID", WARNING,
            "all CTCs of a link use one CHPID at an end: no redundancy, and they share its bandwidth", "V5 [C guidance]");
    public static final Rule SSI_ISLINK_SPEED_MIX = Rule.of("SSI-ISLINK-SPEED-MIX", WARNING,
            "a link mixes CHPID speeds, which makes it run less efficiently", "§1.7 [C guidance]");

    // --- CP_Owned, spool, page (V7) and DASD ---
    public static final Rule DASD_VOLSER = Rule.of("DASD-VOLSER", ERROR,
            "a volume label is 1-6 characters (A-Z 0-9 @ # $), and no member reaches two volumes with the same label",
            "§1.5 [C]");
    public static final Rule SSI_CPOWNED_SLOT_RANGE = Rule.of("SSI-CPOWNED-SLOT-RANGE", ERROR,
            "CP_Owned slot numbers are 1-255", "§1.5 [C observed]");
    public static final Rule SSI_CPOWNED_SLOT_DUPLICATE = Rule.of("SSI-CPOWNED-SLOT-DUPLICATE", ERROR,
            "a member's CP_Owned slot holds one volume, and a volume has one slot", "§1.5 [C]");
    public static final Rule SSI_CPOWNED_REACH = Rule.of("SSI-CPOWNED-REACH", ERROR,
            "a member reaches every volume in its CP_Owned list (has a device number for it)", "§1.5 [C]");
    public static final Rule SSI_SPOOL_REACH = Rule.of("SSI-SPOOL-REACH", ERROR,
            "every member reaches every spool volume", "V7 [C]");
    public static final Rule SSI_SPOOL_CPOWNED = Rule.of("SSI-SPOOL-CPOWNED", ERROR,
            "every spool volume is in every member's CP_Owned list", "V7 [C]")
            .withQuickFix("add the volume to the member's CP_Owned list in the slot the other members use");
    public static final Rule SSI_SPOOL_SLOT = Rule.of("SSI-SPOOL-SLOT", ERROR,
            "a spool volume has the same CP_Owned slot on every member", "V7 [C]")
            .withQuickFix("renumber the member's CP_Owned slot to the one the other members use");
    public static final Rule SSI_PAGE_SHARED = Rule.of("SSI-PAGE-SHARED", ERROR,
            "page and T-disk volumes are member-local: in one member's CP_Owned list only", "V7 [C]");
    public static final Rule SSI_VOLUME_OWNER = Rule.of("SSI-VOLUME-OWNER", ERROR,
            "a member-local volume (sysres, page, T-disk) is CP-owned only by its owner member (CPFMTXA OWNER)",
            "§1.5 [C]").withQuickFix("remove the volume from the CP_Owned list of the member that does not own it");

    // --- Network: VSWITCH, VMLAN (V8, V9, V13) ---
    public static final Rule NET_VSWITCH_NAME = Rule.of("NET-VSWITCH-NAME", ERROR,
            "a VSWITCH name is 1-8 characters", "§1.9 [C]");
    public static final Rule NET_VSWITCH_DUPLICATE = Rule.of("NET-VSWITCH-DUPLICATE", ERROR,
            "two VSWITCHes of a cluster have the same name: the first DEFINE wins, the later is an error", "V13 [C]");
    public static final Rule NET_VSWITCH_RDEV_COUNT = Rule.of("NET-VSWITCH-RDEV-COUNT", ERROR,
            "a member gives a VSWITCH at most 3 real devices (RDEV)", "§1.9 [C]");
    public static final Rule NET_UPLINK_REACH = Rule.of("NET-UPLINK-REACH", ERROR,
            "a VSWITCH uplink's OSA has a device number on the uplink's member, which is in the cluster", "§1.9 [C]");
    public static final Rule NET_NIC_VSWITCH = Rule.of("NET-NIC-VSWITCH", ERROR,
            "a NICDEF couples to a VSWITCH of the guest's own cluster", "§2 [C]");
    public static final Rule SSI_MACPREFIX_UNIQUE = Rule.of("SSI-MACPREFIX-UNIQUE", WARNING,
            "each member has its own VMLAN MACPREFIX", "V8 [U]");
    public static final Rule SSI_USERPREFIX_DISTINCT = Rule.of("SSI-USERPREFIX-DISTINCT", WARNING,
            "the cluster's USERPREFIX differs from every member's MACPREFIX", "V8 [U]");
    public static final Rule SSI_VMLAN_FORMAT = Rule.of("SSI-VMLAN-FORMAT", WARNING,
            "MACPREFIX and USERPREFIX are 6 hex digits", "§1.8 [U]");
    public static final Rule LGR_MACID_DUPLICATE = Rule.of("LGR-MACID-DUPLICATE", WARNING,
            "two NICDEFs of a cluster set the same MACID (combined with the one USERPREFIX, the same MAC)", "§1.8 [U]");
    public static final Rule LGR_EQID = Rule.of("LGR-EQID", ERROR,
            "OSAs backing a VSWITCH used by relocatable guests carry an EQID", "V9, §1.10 [C]");
    public static final Rule LGR_EQID_MISMATCH = Rule.of("LGR-EQID-MISMATCH", ERROR,
            "the OSAs a VSWITCH uses on different members share an EQID, so CP can re-bind a relocated guest", "V9 [C]");
    public static final Rule LGR_LAN_SEGMENT = Rule.of("LGR-LAN-SEGMENT", ERROR,
            "the OSAs backing one VSWITCH are on the same LAN segment on every member", "V9 [C]");
    public static final Rule LGR_VSWITCH_MISSING = Rule.of("LGR-VSWITCH-MISSING", ERROR,
            "a VSWITCH used by relocatable guests is defined (has an uplink) on every member of their domain", "V9 [C]");
    public static final Rule LGR_VSWITCH_PORTBASED = Rule.of("LGR-VSWITCH-PORTBASED", ERROR,
            "guests on a port-based VSWITCH relocate only from z/VM 6.3", "§1.9, §8 [C]");
    public static final Rule LGR_NIC_UNCOUPLED = Rule.of("LGR-NIC-UNCOUPLED", WARNING,
            "a relocatable guest's NIC is not coupled to a VSWITCH (guest LANs do not relocate)", "§3.3 [U]");

    // --- Directory ---
    public static final Rule DIR_USERID = Rule.of("DIR-USERID", ERROR,
            "a USER/IDENTITY name is 1-8 characters", "§2 [C]");
    public static final Rule DIR_USERID_DUPLICATE = Rule.of("DIR-USERID-DUPLICATE", ERROR,
            "two directory entries of a cluster have the same user id", "§2 [C]");
    public static final Rule DIR_SUBCONFIG_NAME = Rule.of("DIR-SUBCONFIG-NAME", ERROR,
            "a SUBCONFIG id is 1-8 of A-Z 0-9 @#$_-, unique, and not a USER/IDENTITY name", "§2 [C]");
    public static final Rule DIR_SUBCONFIG_MEMBER = Rule.of("DIR-SUBCONFIG-MEMBER", ERROR,
            "each SUBCONFIG is built on one member of the cluster, at most one per member and IDENTITY", "§2 [C]");
    public static final Rule GUEST_HOME_MEMBER = Rule.of("GUEST-HOME-MEMBER", ERROR,
            "a guest is logged on to a member of its own cluster", "§2 [C]");
    public static final Rule GUEST_STORAGE = Rule.of("GUEST-STORAGE", ERROR,
            "a guest's storage is positive and not above its maximum storage", "§2 [C]")
            .withQuickFix("raise the maximum storage to the initial storage");
    public static final Rule GUEST_VCPU = Rule.of("GUEST-VCPU", ERROR,
            "a guest has 1 to 64 virtual CPUs", "§2 [C]");
    public static final Rule GUEST_MINIDISK_VOLUME = Rule.of("GUEST-MINIDISK-VOLUME", ERROR,
            "an MDISK names the volume that holds it", "§2 [C]");
    public static final Rule GUEST_MINIDISK_HOME = Rule.of("GUEST-MINIDISK-HOME", ERROR,
            "a logged-on guest's member reaches the volumes of its minidisks", "§2 [C]");
    public static final Rule GUEST_ANTI_AFFINITY = Rule.of("GUEST-ANTI-AFFINITY", WARNING,
            "guests of one anti-affinity group are logged on to different members", "planning policy");

    // --- Relocation readiness ---
    public static final Rule SSI_DOMAIN_MEMBERS = Rule.of("SSI-DOMAIN-MEMBERS", ERROR,
            "a relocation domain has members, all of its own cluster", "§1.11 [C]");
    public static final Rule SSI_DOMAIN_NAME = Rule.of("SSI-DOMAIN-NAME", WARNING,
            "a domain name is 1-8 characters and not the name of an implicit domain (SSI or a member name)", "§1.11 [U]");
    public static final Rule LGR_DOMAIN_CLUSTER = Rule.of("LGR-DOMAIN-CLUSTER", ERROR,
            "a guest's VMRELOCATE domain is a domain of the guest's own cluster", "§1.11 [C]");
    public static final Rule LGR_HOME_DOMAIN = Rule.of("LGR-HOME-DOMAIN", WARNING,
            "a relocatable guest is logged on to a member of its relocation domain", "§1.11 [U]");
    public static final Rule LGR_IDENTITY_RELOCATABLE = Rule.of("LGR-IDENTITY-RELOCATABLE", WARNING,
            "a multiconfiguration virtual machine (IDENTITY) cannot be relocated: VMRELOCATE ON has no effect", "§2, §3.3 [U]")
            .withQuickFix("set VMRELOCATE OFF (relocatable = false)");
    public static final Rule LGR_MINIDISK_REACH = Rule.of("LGR-MINIDISK-REACH", ERROR,
            "a relocatable guest's minidisks are on volumes every member of its domain reaches", "§2 [C]");
    public static final Rule LGR_TDISK = Rule.of("LGR-TDISK", WARNING,
            "a relocatable guest with a T-disk cannot be relocated", "§3.3 [U]");
    public static final Rule LGR_DEDICATED = Rule.of("LGR-DEDICATED", WARNING,
            "a relocatable guest has a dedicated device that is not a modelled OSA, FCP or HiperSockets device (DASD, tape)",
            "§3.3 [U]");
    public static final Rule LGR_DEDICATED_EQID = Rule.of("LGR-DEDICATED-EQID", WARNING,
            "a relocatable guest's dedicated OSA/FCP/HiperSockets device carries an EQID", "§1.10, §3.3 [U]");
    public static final Rule LGR_DEDICATED_EQUIVALENT = Rule.of("LGR-DEDICATED-EQUIVALENT", WARNING,
            "every member of the guest's domain reaches a device with the dedicated device's EQID", "§1.10, §3.3 [U]");
    public static final Rule LGR_SEGMENT_EXCLUSIVE = Rule.of("LGR-SEGMENT-EXCLUSIVE", WARNING,
            "a relocatable guest uses an exclusive (EW, ER, EN) saved segment, which cannot be moved", "§3.3 [U]");
    public static final Rule LGR_CRYPTO_DEDICATED = Rule.of("LGR-CRYPTO-APDED", WARNING,
            "at z/VM 6.2 a relocatable guest cannot have dedicated AP queues (APDED); later releases relaxed this",
            "§3.3 [U, per release]");
    public static final Rule LGR_GUEST_OS = Rule.of("LGR-GUEST-OS", WARNING,
            "a relocatable guest runs an operating system LGR supports (Linux at 6.2)", "§3.3 [U, per release]");
    public static final Rule LGR_CHPID_VIRTUALIZATION = Rule.of("LGR-CHPIDV", INFO,
            "a relocatable guest should have OPTION CHPIDVIRTUALIZATION ONE", "§2 [U]")
            .withQuickFix("set OPTION CHPIDVIRTUALIZATION ONE");
    public static final Rule LGR_LARGE_GUEST = Rule.of("LGR-LARGE-GUEST", WARNING,
            "a relocatable guest above 1 TiB relocates slowly and may need FORCE STORAGE and larger MAXQUIESCE/MAXTOTAL",
            "§2 [C]");

    public static final Rule LGR_GUEST_FIT = Rule.of("LGR-GUEST-FIT", WARNING,
            "a relocatable guest's storage fits in the real memory plus paging space of every member of its domain",
            "§3.3 storage checks [U]");

    // --- Capacity ---
    public static final Rule CAP_MEMORY_OVERCOMMIT = Rule.of("CAP-MEMORY-OVERCOMMIT", WARNING,
            "the storage of guests logged on to a member stays within the planning settings' over-commit limit of its real memory",
            "planning settings");
    public static final Rule CAP_MEMBER_MEMORY = Rule.of("CAP-MEMBER-MEMORY", ERROR,
            "a member uses no more real memory than its LPAR has", "§9 [C]")
            .withQuickFix("set the member's real memory to the LPAR's memory");
    public static final Rule CAP_CEC_MEMORY = Rule.of("CAP-CEC-MEMORY", ERROR,
            "the LPARs of a CEC together have no more memory than the CEC", "hardware");
    public static final Rule CAP_LPAR_PROCESSORS = Rule.of("CAP-LPAR-PROCESSORS", WARNING,
            "an LPAR has no more logical processors than its CEC has physical processors of that type", "hardware")
            .withQuickFix("lower the LPAR's logical processors to the CEC's count");
    public static final Rule CAP_PAGING = Rule.of("CAP-PAGING", WARNING,
            "guest storage beyond a member's real memory fits in its paging space within the paging use limit",
            "planning settings");
}
