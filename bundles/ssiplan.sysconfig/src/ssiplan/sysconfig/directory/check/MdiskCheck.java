package ssiplan.sysconfig.directory.check;

import java.util.List;
import java.util.regex.Pattern;

import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.directory.DirectoryStatement;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/**
 * MDISK operand shapes (reference §2):
 * <pre>
 * MDISK vdev devtype start count|END volser [mode [passwords]]
 * MDISK vdev FB-512 V-DISK blocks [mode]
 * MDISK vdev devtype T-DISK count [mode]
 * MDISK vdev devtype DEVNO rdev [mode]
 * </pre>
 * vdev and rdev are 1-4 hex digits, start and count decimal, volser 1-6 characters, mode one of R, RR,
 * W, WR, M, MR, MW with an optional V or E suffix.
 */
final class MdiskCheck {

    private static final Pattern MODE = Pattern.compile("(?i)(RR|R|WR|W|MR|MW|M)[VE]?");

    void check(DirectoryStatement mdisk, Diagnostics diagnostics) {
        List<Token> ops = mdisk.operands();
        if (ops.size() < 4) {
            diagnostics.error(mdisk.line(), mdisk.column(), Rule.DIRECTORY_MDISK, "MDISK has " + ops.size()
                    + " operands; write 'MDISK vdev devtype start count volser mode'");
            return;
        }
        Token vdev = ops.get(0);
        if (!OperandShapes.isHex(vdev.text(), 4)) {
            error(vdev, "MDISK virtual device '" + vdev.text() + "' is not 1-4 hex digits", diagnostics);
        }
        Token devtype = ops.get(1);
        Token start = ops.get(2);
        int modeAt;
        switch (start.upper()) {
            case "V-DISK" -> {
                if (!devtype.upper().equals("FB-512")) {
                    error(devtype, "a V-DISK needs device type FB-512, not '" + devtype.text() + "'", diagnostics);
                }
                decimal(ops.get(3), "V-DISK block count", diagnostics);
                modeAt = 4;
            }
            case "T-DISK" -> {
                decimal(ops.get(3), "T-DISK size", diagnostics);
                modeAt = 4;
            }
            case "DEVNO" -> {
                if (!OperandShapes.isHex(ops.get(3).text(), 4)) {
                    error(ops.get(3), "DEVNO real device '" + ops.get(3).text() + "' is not 1-4 hex digits", diagnostics);
                }
                modeAt = 4;
            }
            default -> {
                decimal(start, "MDISK start", diagnostics);
                if (!ops.get(3).upper().equals("END")) {
                    decimal(ops.get(3), "MDISK size", diagnostics);
                }
                if (ops.size() < 5) {
                    diagnostics.error(mdisk.line(), mdisk.column(), Rule.DIRECTORY_MDISK,
                            "MDISK has no volume label; write 'MDISK vdev devtype start count volser mode'");
                    return;
                }
                Token volser = ops.get(4);
                if (volser.text().length() > 6) {
                    error(volser, "volume label '" + volser.text() + "' is " + volser.text().length()
                            + " characters; a volume label is at most 6", diagnostics);
                }
                modeAt = 5;
            }
        }
        if (modeAt < ops.size() && !MODE.matcher(ops.get(modeAt).text()).matches()) {
            Token mode = ops.get(modeAt);
            error(mode, "MDISK access mode '" + mode.text() + "' is not one of R, RR, W, WR, M, MR, MW", diagnostics);
        }
    }

    private static void decimal(Token token, String what, Diagnostics diagnostics) {
        if (!OperandShapes.isDecimal(token.text())) {
            error(token, what + " '" + token.text() + "' is not a decimal number", diagnostics);
        }
    }

    private static void error(Token at, String message, Diagnostics diagnostics) {
        diagnostics.error(at.line(), at.column(), Rule.DIRECTORY_MDISK, message);
    }
}
