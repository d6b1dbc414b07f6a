package ssiplan.sysconfig.diagnostic;

/**
 * The stable ids of everything this bundle reports. Ids never change once published: the validation
 * catalogue, the CLI's JSON output and users' suppression lists refer to them.
 */
public enum Rule {
    // Reading files
    READ_FAILED("IO-READ", "the file could not be read"),

    // SYSTEM CONFIG, lexical and statement level
    CONFIG_COMMENT_UNCLOSED("CFG-COMMENT-UNCLOSED", "a /* comment is never closed"),
    CONFIG_CONTINUATION_AT_EOF("CFG-CONTINUATION-EOF", "the last statement ends with a continuation comma"),
    CONFIG_COLUMNS("CFG-COLUMNS", "statement text beyond the columns an exported file uses"),
    CONFIG_QUALIFIER_LENGTH("CFG-QUALIFIER-LENGTH", "a member qualifier is longer than 8 characters"),
    CONFIG_QUALIFIER_ALONE("CFG-QUALIFIER-ALONE", "a member qualifier without a statement"),
    CONFIG_BLOCK_UNCLOSED("CFG-BLOCK-UNCLOSED", "NAME: BEGIN without NAME: END"),
    CONFIG_BLOCK_UNOPENED("CFG-BLOCK-UNOPENED", "END without BEGIN"),
    CONFIG_BLOCK_MISMATCH("CFG-BLOCK-MISMATCH", "END names another member than its BEGIN"),
    CONFIG_BLOCK_NESTED("CFG-BLOCK-NESTED", "BEGIN inside another BEGIN block"),
    CONFIG_BLOCK_UNQUALIFIED("CFG-BLOCK-UNQUALIFIED", "BEGIN without a member qualifier"),
    CONFIG_BLOCK_QUALIFIER("CFG-BLOCK-QUALIFIER", "a statement in a BEGIN block qualified for another member"),
    CONFIG_UNMODELLED("CFG-UNMODELLED", "a statement this tool keeps verbatim without interpreting it"),

    // SYSTEM CONFIG, operand level
    SSI_DUPLICATE("SSI-DUPLICATE", "more than one SSI statement"),
    SSI_NAME("SSI-NAME", "SSI name is not 1-8 alphanumeric characters"),
    SSI_OPERANDS("SSI-OPERANDS", "SSI statement operands are malformed"),
    SSI_PDR_VOLUME("SSI-PDR-VOLUME", "PDR volume label is not 1-6 characters"),
    SSI_PDR_UNLISTED("SSI-PDR-UNLISTED", "the PDR volume is in no CP_Owned or User_Volume_List statement"),
    SSI_SLOT_RANGE("SSI-SLOT-RANGE", "SLOT number outside 1..maximum members"),
    SSI_SLOT_DUPLICATE("SSI-SLOT-DUPLICATE", "a SLOT number appears twice"),
    SSI_MEMBER_NAME("SSI-MEMBER-NAME", "member name is not 1-8 alphanumeric characters"),
    SYSTEM_IDENTIFIER_OPERANDS("SYSID-OPERANDS", "System_Identifier operands are malformed"),
    ISLINK_OPERANDS("ISLINK-OPERANDS", "ACTIVATE ISLINK operands are malformed"),
    ISLINK_RDEV("ISLINK-RDEV", "ISLINK device number is not 1-4 hex digits"),
    ISLINK_COUNT("ISLINK-COUNT", "ISLINK names more than 16 or no devices"),
    VSWITCH_NAME("VSWITCH-NAME", "VSWITCH name is not 1-8 characters"),
    VSWITCH_RDEV("VSWITCH-RDEV", "VSWITCH RDEV operand is malformed"),
    VSWITCH_DUPLICATE("VSWITCH-DUPLICATE", "a VSWITCH name is defined twice; the first wins"),
    CP_OWNED_OPERANDS("CPOWNED-OPERANDS", "CP_Owned operands are malformed"),
    CP_OWNED_SLOT("CPOWNED-SLOT", "CP_Owned slot outside 1-255"),
    VMLAN_PREFIX("VMLAN-PREFIX", "VMLAN prefix is not 6 hex digits"),

    // USER DIRECT
    DIRECTORY_COLUMNS("DIR-COLUMNS", "statement text beyond the columns an exported directory uses"),
    DIRECTORY_UNMODELLED("DIR-UNMODELLED", "a directory statement this tool keeps verbatim"),
    DIRECTORY_OUTSIDE_ENTRY("DIR-OUTSIDE-ENTRY", "a statement before the first entry"),
    DIRECTORY_USERID("DIR-USERID", "user id is not 1-8 characters"),
    DIRECTORY_DUPLICATE_ID("DIR-DUPLICATE-ID", "an entry name is used twice"),
    DIRECTORY_HEADER("DIR-HEADER", "entry header operands are malformed"),
    DIRECTORY_STORAGE("DIR-STORAGE", "storage size is malformed"),
    DIRECTORY_MDISK("DIR-MDISK", "MDISK operands are malformed"),
    DIRECTORY_BUILD("DIR-BUILD", "BUILD statement is malformed or names a missing SUBCONFIG"),
    DIRECTORY_INCLUDE("DIR-INCLUDE", "INCLUDE names a missing PROFILE"),
    DIRECTORY_TOO_LONG("DIR-TOO-LONG", "a statement does not fit in one directory record"),

    // Mapping between the installation model and the files
    EXPORT_MISSING("EXPORT-MISSING", "the model lacks a setting the file needs; a default or nothing was written"),
    EXPORT_NAME("EXPORT-NAME", "a model name or value CP will not accept"),
    EXPORT_PASSWORD("EXPORT-PASSWORD", "a password placeholder was written and must be replaced"),
    IMPORT_ASSUMED("IMPORT-ASSUMED", "something the file cannot say was assumed"),
    IMPORT_KEPT("IMPORT-KEPT", "a statement kept as written because SSI Planner does not model it, or not in this form"),
    IMPORT_CONFLICT("IMPORT-CONFLICT", "statements disagree about one model setting"),
    IMPORT_REFERENCE("IMPORT-REFERENCE", "a statement names a member, switch, domain, profile or volume that is not defined"),
    IMPORT_NO_SSI("IMPORT-NO-SSI", "the file has no SSI statement"),
    IMPORT_OPERANDS("IMPORT-OPERANDS", "operands the importer cannot map to the model"),
    ISLINK_PAIRING("ISLINK-PAIRING", "the two ends of an ISFC link disagree, or one end is missing"),
    SSI_XLINK("SSI-XLINK", "XLINK_SYSTEM_EXCLUDE coded together with SSI");

    private final String id;
    private final String summary;

    Rule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }
}
