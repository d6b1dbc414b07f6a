package ssiplan.sysconfig.config.check;

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
 * {@code SSI name [PDR_VOLume volid|&SYSPARM] SLOT n member|AVAILABLE ...} (reference §1.3): name and
 * member names 1-8 alphanumeric, PDR volume label at most 6 characters, slots 1..max each once, a member
 * in one slot only, and only one SSI statement per member (CP honours the first).
 */
final class SsiCheck implements StatementCheck {

    private final CheckOptions options;

    SsiCheck(CheckOptions options) {
        this.options = options;
    }

    @Override
    public void check(List<Statement> statements, Diagnostics diagnostics) {
        List<Statement> ssi = statements.stream().filter(s -> s.kind() == StatementKind.SSI).toList();
        for (int i = 0; i < ssi.size(); i++) {
            Statement later = ssi.get(i);
            for (int j = 0; j < i; j++) {
                Statement first = ssi.get(j);
                if (StatementCheck.overlap(first, later)) {
                    diagnostics.error(later.line(), later.column(), Rule.SSI_DUPLICATE,
                            "only one SSI statement is honoured; CP ignores this one because of the one at "
                                    + first.line() + ":" + first.column() + "; delete one of them");
                    break;
                }
            }
            operands(later, diagnostics);
        }
    }

    private void operands(Statement statement, Diagnostics diagnostics) {
        List<Token> operands = statement.operands();
        if (operands.isEmpty()) {
            diagnostics.error(statement.line(), statement.column(), Rule.SSI_OPERANDS,
                    "SSI statement has no SSI name; write 'SSI name PDR_VOLUME volid SLOT 1 member ...'");
            return;
        }
        Names.systemName(operands.get(0), "SSI name", Rule.SSI_NAME, diagnostics);
        Map<Integer, Token> slots = new HashMap<>();
        Map<String, Token> members = new HashMap<>();
        int i = 1;
        while (i < operands.size()) {
            Token operand = operands.get(i);
            if (StatementKind.SSI.isOperand(operand.text(), "PDR_VOLume")) {
                Token volid = i + 1 < operands.size() ? operands.get(i + 1) : null;
                if (volid == null) {
                    missing(operand, "PDR_VOLUME needs a volume label, e.g. PDR_VOLUME VMCOM1", diagnostics);
                } else if (!volid.upper().equals("&SYSPARM")) {
                    Names.volumeLabel(volid, "PDR volume label", Rule.SSI_PDR_VOLUME, diagnostics);
                }
                i += 2;
            } else if (StatementKind.SSI.isOperand(operand.text(), "SLOT")) {
                slot(statement, operands, i, slots, members, diagnostics);
                i += 3;
            } else {
                diagnostics.error(operand.line(), operand.column(), Rule.SSI_OPERANDS, "unexpected operand '"
                        + operand.text() + "' in the SSI statement; expected PDR_VOLUME volid or SLOT n member");
                i++;
            }
        }
    }

    private void slot(Statement statement, List<Token> operands, int at, Map<Integer, Token> slots,
            Map<String, Token> members, Diagnostics diagnostics) {
        Token keyword = operands.get(at);
        Token number = at + 1 < operands.size() ? operands.get(at + 1) : null;
        Token member = at + 2 < operands.size() ? operands.get(at + 2) : null;
        if (number == null || member == null) {
            missing(keyword, "SLOT needs a number and a member name (or AVAILABLE), e.g. SLOT 2 SYSB",
                    diagnostics);
            return;
        }
        int max = options.maxMembers();
        if (!OperandShapes.isDecimal(number.text())) {
            diagnostics.error(number.line(), number.column(), Rule.SSI_SLOT_RANGE, "SLOT number '" + number.text()
                    + "' is not a number; use a slot from 1 to " + max);
        } else {
            int n = Integer.parseInt(number.text());
            if (n < 1 || n > max) {
                diagnostics.error(number.line(), number.column(), Rule.SSI_SLOT_RANGE, "SLOT " + n
                        + " is outside 1-" + max + "; use a slot from 1 to " + max);
            } else {
                Token previous = slots.putIfAbsent(n, number);
                if (previous != null) {
                    diagnostics.error(number.line(), number.column(), Rule.SSI_SLOT_DUPLICATE, "SLOT " + n
                            + " is already given at " + previous.where() + "; each slot may appear once");
                }
            }
        }
        if (member.upper().equals("AVAILABLE")) {
            return;
        }
        if (Names.systemName(member, "member name", Rule.SSI_MEMBER_NAME, diagnostics)) {
            Token previous = members.putIfAbsent(member.upper(), member);
            if (previous != null) {
                diagnostics.error(member.line(), member.column(), Rule.SSI_MEMBER_NAME, "member " + member.upper()
                        + " already has a slot at " + previous.where() + "; give each member one slot");
            }
        }
    }

    private static void missing(Token at, String message, Diagnostics diagnostics) {
        diagnostics.error(at.line(), at.column(), Rule.SSI_OPERANDS, message);
    }
}
