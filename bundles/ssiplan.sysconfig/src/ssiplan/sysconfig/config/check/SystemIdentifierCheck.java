package ssiplan.sysconfig.config.check;

import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.Token;

/**
 * {@code System_Identifier machine-type cpuid sysname}, {@code System_Identifier LPAR lpar sysname}
 * (and the VMUSERID form) take exactly three operands, the last a 1-8 alphanumeric system name;
 * {@code System_Identifier_Default sysname} takes one (reference §1.2).
 */
final class SystemIdentifierCheck implements StatementCheck {

    @Override
    public void check(List<Statement> statements, Diagnostics diagnostics) {
        for (Statement statement : statements) {
            if (statement.kind() == StatementKind.SYSTEM_IDENTIFIER) {
                identifier(statement, diagnostics);
            } else if (statement.kind() == StatementKind.SYSTEM_IDENTIFIER_DEFAULT) {
                identifierDefault(statement, diagnostics);
            }
        }
    }

    private static void identifier(Statement statement, Diagnostics diagnostics) {
        List<Token> operands = statement.operands();
        boolean lpar = !operands.isEmpty() && StatementKind.SYSTEM_IDENTIFIER.isOperand(operands.get(0).text(), "LPAR");
        String form = lpar ? "System_Identifier LPAR lpar-name system-name"
                : "System_Identifier machine-type cpuid system-name (or LPAR lpar-name system-name)";
        if (operands.size() != 3) {
            Token at = operands.size() > 3 ? operands.get(3) : null;
            String message = (lpar ? "System_Identifier LPAR" : "System_Identifier") + " has " + operands.size()
                    + " operand" + (operands.size() == 1 ? "" : "s") + " and needs 3; write '" + form + "'";
            if (at == null) {
                diagnostics.error(statement.line(), statement.column(), Rule.SYSTEM_IDENTIFIER_OPERANDS, message);
            } else {
                diagnostics.error(at.line(), at.column(), Rule.SYSTEM_IDENTIFIER_OPERANDS, message);
            }
            return;
        }
        if (lpar && operands.get(1).text().length() > 8) {
            Token name = operands.get(1);
            diagnostics.error(name.line(), name.column(), Rule.SYSTEM_IDENTIFIER_OPERANDS, "LPAR name '" + name.text()
                    + "' is " + name.text().length() + " characters; an LPAR name is at most 8");
        }
        Names.systemName(operands.get(2), "system name", Rule.SYSTEM_IDENTIFIER_OPERANDS, diagnostics);
    }

    private static void identifierDefault(Statement statement, Diagnostics diagnostics) {
        List<Token> operands = statement.operands();
        if (operands.size() != 1) {
            diagnostics.error(statement.line(), statement.column(), Rule.SYSTEM_IDENTIFIER_OPERANDS,
                    "System_Identifier_Default has " + operands.size()
                            + " operands and needs 1; write 'System_Identifier_Default system-name'");
            return;
        }
        Names.systemName(operands.get(0), "system name", Rule.SYSTEM_IDENTIFIER_OPERANDS, diagnostics);
    }
}
