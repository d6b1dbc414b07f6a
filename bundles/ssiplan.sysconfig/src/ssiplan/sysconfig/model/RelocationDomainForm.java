package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;

/**
 * The one place that knows how a relocation domain is written in SYSTEM CONFIG. The reference gives
 * {@code RELOCATION_DOMAIN name MEMBERS sys1 sys2 ...} as an illustration only ([U], §1.11); if CP
 * Planning says otherwise, change {@link #MEMBERS} (and {@link StatementKind#RELOCATION_DOMAIN}'s
 * keyword) here, and the exporter and the importer follow.
 */
final class RelocationDomainForm {

    /** The operand keyword in front of the member list. */
    static final String MEMBERS = "MEMBERS";

    private RelocationDomainForm() {
    }

    static Statement statement(String domain, List<String> members) {
        List<String> operands = new ArrayList<>();
        operands.add(domain);
        operands.add(MEMBERS);
        operands.addAll(members);
        return Statement.of(StatementKind.RELOCATION_DOMAIN, operands.toArray(String[]::new));
    }

    /** The member names of a read statement, or null when it does not have this form. */
    static List<String> members(Statement statement) {
        List<String> ops = statement.operandTexts();
        if (ops.size() < 3 || !StatementKind.RELOCATION_DOMAIN.isOperand(ops.get(1), "MEMBERS")) {
            return null;
        }
        return ops.subList(2, ops.size());
    }
}
