package ssiplan.sysconfig.config.check;

import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/** {@code CP_Owned Slot n volid ...} (reference §1.5): slot 1-255, volume label 1-6 characters. */
final class CpOwnedCheck implements StatementCheck {

    private static final int MAX_SLOT = 255;

    @Override
    public void check(List<Statement> statements, Diagnostics diagnostics) {
        for (Statement statement : statements) {
            if (statement.kind() == StatementKind.CP_OWNED) {
                check(statement, diagnostics);
            }
        }
    }

    private static void check(Statement statement, Diagnostics diagnostics) {
        List<Token> operands = statement.operands();
        if (operands.size() < 3 || !StatementKind.CP_OWNED.isOperand(operands.get(0).text(), "SLOT")) {
            diagnostics.error(statement.line(), statement.column(), Rule.CP_OWNED_OPERANDS,
                    "CP_Owned needs 'Slot n volid', e.g. CP_Owned Slot 10 M01S01");
            return;
        }
        Token slot = operands.get(1);
        if (!OperandShapes.isDecimal(slot.text())) {
            diagnostics.error(slot.line(), slot.column(), Rule.CP_OWNED_SLOT, "CP_Owned slot '" + slot.text()
                    + "' is not a number; use a slot from 1 to " + MAX_SLOT);
        } else {
            int n = Integer.parseInt(slot.text());
            if (n < 1 || n > MAX_SLOT) {
                diagnostics.error(slot.line(), slot.column(), Rule.CP_OWNED_SLOT, "CP_Owned slot " + n
                        + " is outside 1-" + MAX_SLOT + "; use a slot from 1 to " + MAX_SLOT);
            }
        }
        Names.volumeLabel(operands.get(2), "volume label", Rule.CP_OWNED_OPERANDS, diagnostics);
    }
}
