package ssiplan.sysconfig.config.check;

import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/**
 * {@code ACTIVATE ISLINK rdev [rdev ...] [NODE nodeid] [BUFFERS n]} (reference §1.7): 1 to 16 real
 * device numbers of 1-4 hex digits, a node id of 1-8 alphanumeric characters. A range {@code 4A00-4A03}
 * counts as its devices (ranges are accepted by analogy with other CP statements; [U]).
 */
final class IslinkCheck implements StatementCheck {

    private static final int MAX_DEVICES = 16;

    @Override
    public void check(List<Statement> statements, Diagnostics diagnostics) {
        for (Statement statement : statements) {
            if (statement.kind() == StatementKind.ACTIVATE_ISLINK) {
                check(statement, diagnostics);
            }
        }
    }

    private static void check(Statement statement, Diagnostics diagnostics) {
        List<Token> operands = statement.operands();
        int devices = 0;
        boolean reportedCount = false;
        boolean malformed = false;
        int i = 0;
        while (i < operands.size()) {
            Token operand = operands.get(i);
            if (StatementKind.ACTIVATE_ISLINK.isOperand(operand.text(), "NODe")) {
                node(operand, i + 1 < operands.size() ? operands.get(i + 1) : null, diagnostics);
                i += 2;
                continue;
            }
            if (StatementKind.ACTIVATE_ISLINK.isOperand(operand.text(), "BUffers")) {
                i += 2; // accepted and ignored by CP
                continue;
            }
            int count = deviceCount(operand, diagnostics);
            malformed |= count < 0;
            devices += Math.max(0, count);
            if (devices > MAX_DEVICES && !reportedCount) {
                reportedCount = true;
                diagnostics.error(operand.line(), operand.column(), Rule.ISLINK_COUNT, "ACTIVATE ISLINK names "
                        + countAll(operands) + " devices; a logical link holds at most " + MAX_DEVICES
                        + ", so move the rest to another link or drop them");
            }
            i++;
        }
        if (devices == 0 && !malformed) {
            diagnostics.error(statement.line(), statement.column(), Rule.ISLINK_COUNT,
                    "ACTIVATE ISLINK names no device; give 1 to 16 real CTC device numbers");
        }
    }

    private static void node(Token keyword, Token node, Diagnostics diagnostics) {
        if (node == null) {
            diagnostics.error(keyword.line(), keyword.column(), Rule.ISLINK_OPERANDS,
                    "NODE needs the partner's system name, e.g. NODE SYSB");
        } else {
            Names.systemName(node, "ISLINK node", Rule.ISLINK_OPERANDS, diagnostics);
        }
    }

    /**
     * Devices a token names: 1 for {@code 4A00}, 4 for {@code 4A00-4A03}; 0 (reported when
     * {@code diagnostics} is given) for a malformed one.
     */
    private static int deviceCount(Token token, Diagnostics diagnostics) {
        String text = token.text();
        int dash = text.indexOf('-');
        if (dash < 0 && OperandShapes.isHex(text, 4)) {
            return 1;
        }
        if (dash > 0 && OperandShapes.isHex(text.substring(0, dash), 4) && OperandShapes.isHex(text.substring(dash + 1), 4)) {
            int from = Integer.parseInt(text.substring(0, dash), 16);
            int to = Integer.parseInt(text.substring(dash + 1), 16);
            if (to >= from) {
                return to - from + 1;
            }
        }
        if (diagnostics != null) {
            diagnostics.error(token.line(), token.column(), Rule.ISLINK_RDEV, "ISLINK device number '" + text
                    + "' is not 1-4 hex digits (or a range like 4A00-4A03)");
        }
        return -1;
    }

    private static int countAll(List<Token> operands) {
        int total = 0;
        for (int i = 0; i < operands.size(); i++) {
            Token t = operands.get(i);
            if (StatementKind.ACTIVATE_ISLINK.isOperand(t.text(), "NODe")
                    || StatementKind.ACTIVATE_ISLINK.isOperand(t.text(), "BUffers")) {
                i++;
                continue;
            }
            total += Math.max(0, deviceCount(t, null));
        }
        return total;
    }
}
