package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.syntax.Keyword;
import ssiplan.sysconfig.syntax.Token;

class KeywordTest {

    @Test
    void minimumAbbreviationIsTheUpperCasePart() {
        Keyword pdr = Keyword.of("PDR_VOLume");
        assertEquals("PDR_VOL", pdr.minimum());
        assertEquals("PDR_VOLUME", pdr.name());
        assertTrue(pdr.matches("PDR_VOL"));
        assertTrue(pdr.matches("pdr_volu"));
        assertTrue(pdr.matches("PDR_VOLUME"));
        assertFalse(pdr.matches("PDR_VO"));
        assertFalse(pdr.matches("PDR_VOLUMES"));
        assertFalse(pdr.matches("PDR_VOLX"));
    }

    @Test
    void keywordWithoutLowerCaseMustBeSpelledInFull() {
        Keyword slot = Keyword.of("SLOT");
        assertTrue(slot.matches("slot"));
        assertFalse(slot.matches("SLO"));
    }

    @Test
    void statementKindsAreRecognisedFromTheirKeywords() {
        assertEquals(StatementKind.DEFINE_VSWITCH, StatementKind.recognise(words("def", "VSWITCH", "X")));
        assertEquals(StatementKind.UNMODELLED, StatementKind.recognise(words("DE", "VSWITCH", "X")));
        assertEquals(StatementKind.UNMODELLED, StatementKind.recognise(words("DEFINE", "LAN", "X")));
        assertEquals(StatementKind.SYSTEM_IDENTIFIER_DEFAULT, StatementKind.recognise(words("System_Identifier_Default")));
        assertEquals(StatementKind.SYSTEM_IDENTIFIER, StatementKind.recognise(words("system_identifier", "LPAR")));
        assertEquals(StatementKind.ACTIVATE_ISLINK, StatementKind.recognise(words("Activate", "IsLink", "4A00")));
        assertEquals("DEFINE VSWITCH", StatementKind.DEFINE_VSWITCH.keyword());
        assertTrue(StatementKind.DEFINE_VSWITCH.isOperand("QUE", "QUEuestorage"));
        assertFalse(StatementKind.DEFINE_VSWITCH.isOperand("QU", "QUEuestorage"));
    }

    private static List<Token> words(String... texts) {
        return java.util.Arrays.stream(texts).map(Token::generated).toList();
    }
}
