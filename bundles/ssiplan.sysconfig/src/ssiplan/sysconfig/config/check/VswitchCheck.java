package ssiplan.sysconfig.config.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/**
 * {@code DEFINE VSWITCH name ... [RDEV rdev1 [rdev2 [rdev3]] | RDEV NONE] ...} (reference §1.9): the
 * name is 1-8 characters, RDEV takes NONE or 1-3 device numbers of 1-4 hex digits, and when two
 * statements that apply to the same member define the same name, the first wins and the later one is
 * an error.
 */
final class VswitchCheck implements StatementCheck {

    private static final int MAX_RDEVS = 3;

    @Override
    public void check(List<Statement> statements, Diagnostics diagnostics) {
        Map<String, List<Statement>> seen = new HashMap<>();
        for (Statement statement : statements) {
            if (statement.kind() != StatementKind.DEFINE_VSWITCH) {
                continue;
            }
            if (statement.operands().isEmpty()) {
                diagnostics.error(statement.line(), statement.column(), Rule.VSWITCH_NAME,
                        "DEFINE VSWITCH has no switch name; write 'DEFINE VSWITCH name RDEV rdev ...'");
                continue;
            }
            Token name = statement.operands().get(0);
            if (name.text().length() > 8) {
                diagnostics.error(name.line(), name.column(), Rule.VSWITCH_NAME, "VSWITCH name '" + name.text()
                        + "' is " + name.text().length() + " characters; a name is at most 8");
            }
            List<Statement> sameName = seen.computeIfAbsent(name.upper(), k -> new ArrayList<>());
            for (Statement first : sameName) {
                if (StatementCheck.overlap(first, statement)) {
                    diagnostics.error(name.line(), name.column(), Rule.VSWITCH_DUPLICATE, "VSWITCH " + name.upper()
                            + " is already defined at " + first.line() + ":" + first.column()
                            + "; the first definition wins, so remove or rename this one");
                    break;
                }
            }
            sameName.add(statement);
            rdevs(statement.operands(), diagnostics);
        }
    }

    private static void rdevs(List<Token> operands, Diagnostics diagnostics) {
        for (int i = 1; i < operands.size(); i++) {
            if (!StatementKind.DEFINE_VSWITCH.isOperand(operands.get(i).text(), "RDEV")) {
                continue;
            }
            Token keyword = operands.get(i);
            List<Token> devices = new ArrayList<>();
            int j = i + 1;
            while (j < operands.size() && StatementKind.DEFINE_VSWITCH.operandKeyword(operands.get(j).text()).isEmpty()) {
                devices.add(operands.get(j++));
            }
            if (j < operands.size() && devices.isEmpty()
                    && StatementKind.DEFINE_VSWITCH.isOperand(operands.get(j).text(), "NONE")) {
                i = j;
                continue;
            }
            if (devices.isEmpty()) {
                diagnostics.error(keyword.line(), keyword.column(), Rule.VSWITCH_RDEV,
                        "RDEV needs 1 to 3 real device numbers or NONE");
            }
            for (int d = 0; d < devices.size(); d++) {
                Token device = devices.get(d);
                if (d == MAX_RDEVS) {
                    diagnostics.error(device.line(), device.column(), Rule.VSWITCH_RDEV, "RDEV names "
                            + devices.size() + " devices; a VSWITCH takes at most 3, so drop the extra ones");
                }
                if (!OperandShapes.isHex(device.text(), 4)) {
                    diagnostics.error(device.line(), device.column(), Rule.VSWITCH_RDEV, "VSWITCH RDEV '"
                            + device.text() + "' is not 1-4 hex digits");
                }
            }
            i = j - 1;
        }
    }
}
