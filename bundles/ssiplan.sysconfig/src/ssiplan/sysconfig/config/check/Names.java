package ssiplan.sysconfig.config.check;

import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/** The name rules shared by several statements, with messages that say what to change. */
final class Names {

    private Names() {
    }

    /** 1-8 alphanumeric characters (SSI, system and member names). Reports and returns false otherwise. */
    static boolean systemName(Token name, String what, Rule rule, Diagnostics diagnostics) {
        String text = name.text();
        if (text.length() > 8) {
            diagnostics.error(name.line(), name.column(), rule, what + " '" + text + "' is " + text.length()
                    + " characters; a name is at most 8");
            return false;
        }
        if (!OperandShapes.isAlphanumeric(text)) {
            diagnostics.error(name.line(), name.column(), rule, what + " '" + text
                    + "' has characters other than A-Z and 0-9; use letters and digits only");
            return false;
        }
        return true;
    }

    /** A volume label: 1-6 characters. */
    static boolean volumeLabel(Token label, String what, Rule rule, Diagnostics diagnostics) {
        if (label.text().length() > 6) {
            diagnostics.error(label.line(), label.column(), rule, what + " '" + label.text() + "' is "
                    + label.text().length() + " characters; a volume label is at most 6");
            return false;
        }
        return true;
    }
}
