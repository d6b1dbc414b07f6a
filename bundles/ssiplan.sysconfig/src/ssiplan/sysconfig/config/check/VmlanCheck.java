package ssiplan.sysconfig.config.check;

import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/** {@code VMLAN MACPREFIX xxxxxx USERPREFIX xxxxxx} (reference §1.8): each prefix is exactly 6 hex digits. */
final class VmlanCheck implements StatementCheck {

    @Override
    public void check(List<Statement> statements, Diagnostics diagnostics) {
        for (Statement statement : statements) {
            if (statement.kind() != StatementKind.VMLAN) {
                continue;
            }
            List<Token> operands = statement.operands();
            for (int i = 0; i < operands.size(); i++) {
                Token operand = operands.get(i);
                boolean mac = StatementKind.VMLAN.isOperand(operand.text(), "MACPREFIX");
                if (!mac && !StatementKind.VMLAN.isOperand(operand.text(), "USERPREFIX")) {
                    continue;
                }
                String what = mac ? "MACPREFIX" : "USERPREFIX";
                Token value = i + 1 < operands.size() ? operands.get(i + 1) : null;
                if (value == null) {
                    diagnostics.error(operand.line(), operand.column(), Rule.VMLAN_PREFIX, "VMLAN " + what
                            + " needs a value of 6 hex digits, e.g. " + what + " 020001");
                } else if (value.text().length() != 6 || !OperandShapes.isHex(value.text(), 6)) {
                    diagnostics.error(value.line(), value.column(), Rule.VMLAN_PREFIX, "VMLAN " + what + " '"
                            + value.text() + "' is not 6 hex digits; write it like 02000A");
                }
                i++;
            }
        }
    }
}
