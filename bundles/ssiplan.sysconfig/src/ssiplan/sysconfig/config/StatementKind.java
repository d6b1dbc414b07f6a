package ssiplan.sysconfig.config;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import ssiplan.sysconfig.syntax.Keyword;
import ssiplan.sysconfig.syntax.Token;

/**
 * The SYSTEM CONFIG statements SSI Planner recognises, with their keywords and operand keywords
 * (reference §1). Upper-case letters of a spelling are the minimum abbreviation. Only the
 * abbreviations the reference confirms are used ({@code DEFine}, {@code PDR_VOLume}, {@code NODe},
 * {@code BUffers}, {@code QUEuestorage}, ...); every other keyword must be spelled in full, so a
 * shorter form we are unsure of is kept as an unmodelled statement rather than misread.
 */
public enum StatementKind {
    SYSTEM_IDENTIFIER(words("SYSTEM_IDENTIFIER"), words("LPAR", "VMUSERID")),
    SYSTEM_IDENTIFIER_DEFAULT(words("SYSTEM_IDENTIFIER_DEFAULT"), words()),
    SSI(words("SSI"), words("PDR_VOLume", "SLOT", "AVAILABLE")),
    SYSTEM_RESIDENCE(words("SYSTEM_RESIDENCE"),
            words("CHECKPOINT", "WARMSTART", "VOLID", "FROM", "FOR", "CYLinder", "PAGE")),
    CP_OWNED(words("CP_OWNED"), words("SLOT", "RESERVED", "OWN", "SHARED")),
    USER_VOLUME_LIST(words("USER_VOLUME_LIST"), words()),
    USER_VOLUME_INCLUDE(words("USER_VOLUME_INCLUDE"), words()),
    USER_VOLUME_EXCLUDE(words("USER_VOLUME_EXCLUDE"), words()),
    ACTIVATE_ISLINK(words("ACTIVATE", "ISLINK"), words("NODe", "BUffers")),
    VMLAN(words("VMLAN"), words("MACPREFIX", "USERPREFIX", "MACIDRANGE", "SYSTEM", "USER")),
    DEFINE_VSWITCH(words("DEFine", "VSWITCH"),
            words("TYPE", "QDIO", "IVL", "RDEV", "NONE", "CONnect", "DISCONnect", "ETHernet", "GROUP",
                    "BRIDGEport", "IP", "VLAN", "UNAWARE", "AWARE", "NATive", "PORTType", "ACCESS", "TRUNK",
                    "CONTRoller", "USERBASED", "PORTBASED", "QUEuestorage", "PRIQueuing", "ON", "OFF",
                    "IPTimeout", "GVRP", "NOGVRP", "PORTNAME")),
    RDEVICE(words("RDEVICE"), words("EQID", "TYPE")),
    RELOCATION_DOMAIN(words("RELOCATION_DOMAIN"), words("MEMBERS")),
    FEATURES(words("FEATURES"), words()),
    SET(words("SET"), words()),
    SYSTEM_USERIDS(words("SYSTEM_USERIDS"), words()),
    PRIV_CLASSES(words("PRIV_CLASSES"), words()),
    USER_DEFAULTS(words("USER_DEFAULTS"), words()),
    OPERATOR_CONSOLES(words("OPERATOR_CONSOLES"), words()),
    EMERGENCY_MESSAGE_CONSOLES(words("EMERGENCY_MESSAGE_CONSOLES"), words()),
    DEVICES(words("DEVICES"), words()),
    EDEVICE(words("EDEVICE"), words()),
    /** Not allowed together with SSI (§1.3); recognised so a validator can say so. */
    XLINK_SYSTEM_EXCLUDE(words("XLINK_SYSTEM_EXCLUDE"), words()),
    /** {@code NAME: BEGIN}: the following statements apply to member NAME only. */
    BEGIN(words("BEGIN"), words()),
    /** {@code NAME: END} (or plain {@code END}): closes a BEGIN block. */
    END(words("END"), words()),
    /** Anything else: kept verbatim, never interpreted. */
    UNMODELLED(words(), words());

    private final List<Keyword> keywords;
    private final List<Keyword> operandKeywords;
    private final String keyword;

    StatementKind(List<Keyword> keywords, List<Keyword> operandKeywords) {
        this.keywords = keywords;
        this.operandKeywords = operandKeywords;
        this.keyword = keywords.stream().map(Keyword::name).collect(Collectors.joining(" "));
    }

    private static List<Keyword> words(String... spellings) {
        return java.util.Arrays.stream(spellings).map(Keyword::of).toList();
    }

    /** The statement keyword(s), e.g. {@code DEFine}, {@code VSWITCH}. */
    public List<Keyword> keywords() {
        return keywords;
    }

    /** The normalised keyword: full words in upper case, e.g. {@code DEFINE VSWITCH}. */
    public String keyword() {
        return keyword;
    }

    public List<Keyword> operandKeywords() {
        return operandKeywords;
    }

    /** The operand keyword {@code word} abbreviates, if any. */
    public Optional<Keyword> operandKeyword(String word) {
        for (Keyword k : operandKeywords) {
            if (k.matches(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** True when {@code word} abbreviates the operand keyword spelled {@code spelling} in this kind's table. */
    public boolean isOperand(String word, String spelling) {
        return operandKeyword(word).map(k -> k.spelling().equals(spelling)).orElse(false);
    }

    /** The kind whose keywords start {@code words}, or {@link #UNMODELLED}. */
    public static StatementKind recognise(List<Token> words) {
        for (StatementKind kind : values()) {
            if (kind != UNMODELLED && kind.startsWith(words)) {
                return kind;
            }
        }
        return UNMODELLED;
    }

    private boolean startsWith(List<Token> words) {
        if (words.size() < keywords.size()) {
            return false;
        }
        for (int i = 0; i < keywords.size(); i++) {
            if (!keywords.get(i).matches(words.get(i))) {
                return false;
            }
        }
        return true;
    }
}
