package ssiplan.sysconfig.format;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.syntax.Keyword;

/**
 * Splits a statement's operands into groups the writer keeps on one record where it can, so that a
 * continued statement breaks the way a person would write it: {@code SLOT 2 SYSB} together, never
 * {@code SLOT 2,} / {@code SYSB}. A group starts at one of the kind's "leading" operand keywords; the
 * operands before the first of them form one group each.
 */
final class OperandGroups {

    private static final Map<StatementKind, List<Keyword>> LEADERS = new EnumMap<>(StatementKind.class);

    static {
        leaders(StatementKind.SSI, "PDR_VOLume", "SLOT");
        leaders(StatementKind.SYSTEM_RESIDENCE, "CHECKPOINT", "WARMSTART");
        leaders(StatementKind.CP_OWNED, "SLOT");
        leaders(StatementKind.ACTIVATE_ISLINK, "NODe", "BUffers");
        leaders(StatementKind.VMLAN, "MACPREFIX", "USERPREFIX", "MACIDRANGE");
        leaders(StatementKind.DEFINE_VSWITCH, "TYPE", "RDEV", "CONnect", "DISCONnect", "ETHernet", "IP", "GROUP",
                "BRIDGEport", "VLAN", "NATive", "PORTType", "CONTRoller", "USERBASED", "PORTBASED", "QUEuestorage",
                "PRIQueuing", "IPTimeout", "GVRP", "NOGVRP", "PORTNAME");
        leaders(StatementKind.RDEVICE, "EQID", "TYPE");
        leaders(StatementKind.RELOCATION_DOMAIN, "MEMBERS");
        leaders(StatementKind.SYSTEM_IDENTIFIER, "LPAR", "VMUSERID");
    }

    private OperandGroups() {
    }

    private static void leaders(StatementKind kind, String... spellings) {
        LEADERS.put(kind, java.util.Arrays.stream(spellings).map(Keyword::of).toList());
    }

    static List<List<String>> of(StatementKind kind, List<String> operands) {
        List<Keyword> leaders = LEADERS.getOrDefault(kind, List.of());
        List<List<String>> groups = new ArrayList<>();
        boolean led = false;
        for (String operand : operands) {
            boolean leads = leaders.stream().anyMatch(k -> k.matches(operand));
            led |= leads;
            if (leads || !led) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(operand);
        }
        return groups;
    }
}
