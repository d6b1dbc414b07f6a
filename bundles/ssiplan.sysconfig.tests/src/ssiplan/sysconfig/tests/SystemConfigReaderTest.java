package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import ssiplan.sysconfig.config.CommentRecords;
import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.config.SystemConfig;
import ssiplan.sysconfig.config.SystemConfigReader;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Severity;
import ssiplan.sysconfig.syntax.ScanColumns;
import ssiplan.sysconfig.syntax.Token;

class SystemConfigReaderTest {

    private static final String SAMPLE = "plexa-4member.config";

    private final SystemConfigReader reader = new SystemConfigReader();

    private SystemConfig sample() {
        return reader.read(SAMPLE, TestFiles.text("systemconfig/" + SAMPLE));
    }

    private static List<String> messages(SystemConfig config) {
        return config.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void sampleReadsWithoutErrorsAndOnlyUnmodelledStatementsAreReported() {
        SystemConfig config = sample();
        assertEquals(List.of(
                "plexa-4member.config:144:1: info: statement 'CHAR_DEFAULTS' is not modelled by SSI Planner; it is kept verbatim [CFG-UNMODELLED]",
                "plexa-4member.config:148:1: info: statement 'TRANSLATE_TABLE_DEFINE' is not modelled by SSI Planner; it is kept verbatim [CFG-UNMODELLED]"),
                messages(config));
        assertEquals(4, config.statements(StatementKind.SYSTEM_IDENTIFIER).size());
        assertEquals(1, config.statements(StatementKind.SYSTEM_IDENTIFIER_DEFAULT).size());
        assertEquals(4, config.statements(StatementKind.DEFINE_VSWITCH).size());
        assertEquals(12, config.statements(StatementKind.ACTIVATE_ISLINK).size());
    }

    @Test
    void continuedSsiStatementJoinsItsRecordsWithTabsAndAbbreviations() {
        Statement ssi = sample().statements(StatementKind.SSI).get(0);
        assertEquals("SSI", ssi.keyword());
        assertNull(ssi.qualifier());
        assertEquals(List.of("PLEXA", "PDR_VOL", "VMCOM1", "SLOT", "1", "SYSA", "SLOT", "2", "SYSB", "SLOT", "3",
                "SYSC", "slot", "4", "sysd"), ssi.operandTexts());
        assertEquals(new Token("PLEXA", 20, 5), ssi.operands().get(0));
        assertEquals(new Token("SLOT", 23, 2), ssi.operands().get(9), "a tab counts as one column");
        assertEquals(new Token("sysd", 24, 14), ssi.operands().get(14));
        assertEquals(20, ssi.source().line());
        assertEquals(1, ssi.source().column());
        assertEquals(24, ssi.source().lastLine());
        assertEquals("SSI PLEXA PDR_VOL VMCOM1,     /* PDR lives on the common volume */", ssi.source().records().get(0));
        assertNull(ssi.trailingComment(), "the comment on the first record is not a trailing comment");
        assertTrue(StatementKind.SSI.isOperand(ssi.operandTexts().get(1), "PDR_VOLume"));
    }

    @Test
    void trailingCommentAndOddSpacingAndMixedCase() {
        Statement lpar3 = sample().statements(StatementKind.SYSTEM_IDENTIFIER).get(2);
        assertEquals(List.of("lpar", "VMLP3", "SYSC"), lpar3.operandTexts());
        assertEquals(new Token("SYSC", 12, 35), lpar3.operands().get(2));
        assertEquals("site 2", lpar3.trailingComment());
        Statement cpOwned = sample().statements(StatementKind.CP_OWNED).stream().filter(s -> s.line() == 70).findFirst().orElseThrow();
        assertEquals(List.of(new Token("Slot", 70, 12), new Token("10", 70, 18), new Token("M01S01", 70, 22)), cpOwned.operands());
    }

    @Test
    void qualifiersAndBeginEndBlocksGiveEachStatementItsMember() {
        SystemConfig config = sample();
        List<Statement> residences = config.statements(StatementKind.SYSTEM_RESIDENCE);
        assertEquals(List.of("SYSA", "SYSB", "SYSC", "SYSD"), residences.stream().map(s -> s.qualifier().name()).toList());
        assertFalse(residences.get(0).qualifier().fromBlock());
        assertTrue(residences.get(2).qualifier().fromBlock());
        assertEquals("37:1", residences.get(2).qualifier().where(), "a block member points at its BEGIN");
        Statement bareEnd = config.statements(StatementKind.END).get(1);
        assertEquals(59, bareEnd.line());
        assertEquals("SYSD", bareEnd.qualifier().name(), "a bare END closes the open block");
        Statement shared = config.statements(StatementKind.CP_OWNED).stream().filter(s -> s.operandTexts().get(2).equals("VMCOM1")).findFirst().orElseThrow();
        assertNull(shared.qualifier(), "after END statements apply to every member again");
        assertEquals("common volume: USER DIRECT, PDR", shared.trailingComment());
    }

    @Test
    void continuedVswitchWithCommentAfterTheLastOperand() {
        Statement vswitch = sample().statements(StatementKind.DEFINE_VSWITCH).get(0);
        assertEquals("DEFINE VSWITCH", vswitch.keyword());
        assertEquals("SYSA", vswitch.qualifier().name());
        assertEquals(new Token("VSWPROD", 108, 22), vswitch.operands().get(0));
        assertEquals("prod LAN", vswitch.trailingComment());
        assertEquals(2, vswitch.source().records().size());
    }

    @Test
    void featuresListDropsTheSeparatingCommasAndComments() {
        Statement features = sample().statements(StatementKind.FEATURES).get(0);
        assertEquals(List.of("Disable", "Set_Privclass", "Auto_Warm_IPL", "Clear_TDisk", "Retrieve", "Default", "20",
                "Maximum", "255", "MaxUsers", "noLimit", "Passwords_on_Cmds", "Autolog", "no", "Link", "no", "Logon",
                "no", "Vdisk", "Userlim", "144000", "blocks", "Disconnect_Timeout", "off", "Enable",
                "New_Devices_Initialized_When_Added"), features.operandTexts());
        assertEquals(17, features.source().records().size());
    }

    @Test
    void unknownStatementsAreKeptVerbatim() {
        Statement translate = sample().statements(StatementKind.UNMODELLED).get(1);
        assertEquals("TRANSLATE_TABLE_DEFINE", translate.keyword());
        assertEquals("Translate_Table_Define  Input  x'4A' x'4A'", translate.source().text());
        assertEquals(List.of("Input", "x'4A'", "x'4A'"), translate.operandTexts());
    }

    @Test
    void commentsBetweenStatementsArePartsOfTheirOwn() {
        SystemConfig config = sample();
        assertTrue(config.parts().get(0) instanceof CommentRecords);
        CommentRecords header = (CommentRecords) config.parts().get(0);
        assertEquals(9, header.source().records().size());
        assertEquals("", header.source().records().get(4));
    }

    @Test
    void missingContinuationAtEndOfFileIsAnErrorAtTheComma() {
        SystemConfig config = reader.read("t.config", "CP_Owned Slot 1 M01RES\nSSI PLEXA PDR_VOLUME VMCOM1 ,\n/* end */\n");
        assertEquals(List.of("t.config:2:29: error: the statement is continued (trailing comma) but the file ends; "
                + "remove the comma or add the rest of the statement [CFG-CONTINUATION-EOF]"), messages(config));
        assertEquals(List.of("PLEXA", "PDR_VOLUME", "VMCOM1"), config.statements().get(1).operandTexts());
    }

    @Test
    void unterminatedCommentIsAnErrorWhereItOpens() {
        SystemConfig config = reader.read("t.config", "CP_Owned Slot 1 M01RES\n  /* open\nCP_Owned Slot 2 M01S01\n");
        assertEquals(List.of("t.config:2:3: error: comment is never closed; add '*/' to end it (everything after it "
                + "was read as comment) [CFG-COMMENT-UNCLOSED]"), messages(config));
        assertEquals(1, config.statements().size());
    }

    @Test
    void commentSpanningRecordsAfterAStatementStaysWithIt() {
        SystemConfig config = reader.read("t.config", "CP_Owned Slot 1 M01RES /* sysres,\n   IPL volume */\nCP_Owned Slot 2 X\n");
        Statement first = config.statements().get(0);
        assertEquals(2, first.source().records().size());
        assertEquals("sysres, IPL volume", first.trailingComment());
        assertEquals(List.of("Slot", "1", "M01RES"), first.operandTexts(), "a comma inside a comment continues nothing");
        assertEquals(3, config.statements().get(1).line());
    }

    @Test
    void commentsInsideAContinuedStatementAndBlankRecordsAreSkipped() {
        SystemConfig config = reader.read("t.config", "SSI A /* c */ PDR_VOL V1, /* x */\n\n/* gap */\n  SLOT 1 SYSA\n");
        Statement ssi = config.statements().get(0);
        assertEquals(List.of("A", "PDR_VOL", "V1", "SLOT", "1", "SYSA"), ssi.operandTexts());
        assertEquals(new Token("SLOT", 4, 3), ssi.operands().get(3));
        assertEquals(4, ssi.source().records().size());
        assertTrue(config.diagnostics().isEmpty());
    }

    @Test
    void beginWithoutEndIsAnErrorAtTheBegin() {
        SystemConfig config = reader.read("t.config", "CP_Owned Slot 5 VMCOM1\n  SYSA: BEGIN\n  CP_Owned Slot 1 M01RES\n");
        assertEquals(List.of("t.config:2:3: error: 'SYSA: BEGIN' has no matching 'SYSA: END'; add 'SYSA: END' after "
                + "the member's statements [CFG-BLOCK-UNCLOSED]"), messages(config));
        assertEquals("SYSA", config.statements().get(2).qualifier().name());
    }

    @Test
    void endWithoutBeginIsAnError() {
        SystemConfig config = reader.read("t.config", "CP_Owned Slot 5 VMCOM1\n   SYSA: END\n");
        assertEquals(List.of("t.config:2:4: error: END without a preceding 'NAME: BEGIN'; remove it or add the BEGIN "
                + "[CFG-BLOCK-UNOPENED]"), messages(config));
    }

    @Test
    void endForAnotherMemberIsAnErrorAtItsQualifier() {
        SystemConfig config = reader.read("t.config", "SYSA: BEGIN\nCP_Owned Slot 1 M01RES\n SYSB: END\nCP_Owned Slot 5 X\n");
        assertEquals(List.of("t.config:3:2: error: 'SYSB: END' closes the 'SYSA: BEGIN' block opened at 1:1; write "
                + "'SYSA: END' [CFG-BLOCK-MISMATCH]"), messages(config));
        assertNull(config.statements().get(3).qualifier(), "the block is closed all the same");
    }

    @Test
    void nestedBeginAndForeignQualifierInsideABlockAreErrors() {
        SystemConfig config = reader.read("t.config",
                "SYSA: BEGIN\n  SYSB: BEGIN\n  SYSB: CP_Owned Slot 1 M02RES\nSYSA: END\nBEGIN\n");
        assertEquals(List.of(
                "t.config:2:3: error: 'SYSB: BEGIN' inside the 'SYSA: BEGIN' block opened at 1:1; end that block with 'SYSA: END' first [CFG-BLOCK-NESTED]",
                "t.config:3:3: error: statement qualified for SYSB inside the 'SYSA: BEGIN' block opened at 1:1; move it out of the block or drop the qualifier [CFG-BLOCK-QUALIFIER]",
                "t.config:5:1: error: BEGIN needs a member qualifier; write 'SYSNAME: BEGIN' [CFG-BLOCK-UNQUALIFIED]"),
                messages(config));
    }

    @Test
    void qualifierLongerThanEightCharactersIsAnError() {
        SystemConfig config = reader.read("t.config", "\n  ZVMWSXX12: CP_Owned Slot 1 M01RES\n");
        assertEquals(List.of("t.config:2:3: error: member qualifier 'ZVMWSXX12' is 9 characters; a system name is at "
                + "most 8 [CFG-QUALIFIER-LENGTH]"), messages(config));
        assertEquals(StatementKind.CP_OWNED, config.statements().get(0).kind());
    }

    @Test
    void qualifierSpellings() {
        SystemConfig config = reader.read("t.config", "sysa:CP_Owned Slot 1 A\nSYSB : CP_Owned Slot 1 B\nSYSC:\n");
        assertEquals("SYSA", config.statements().get(0).qualifier().name());
        assertEquals(List.of(new Token("Slot", 1, 15), new Token("1", 1, 20), new Token("A", 1, 22)), config.statements().get(0).operands());
        assertEquals("SYSB", config.statements().get(1).qualifier().name());
        assertEquals(StatementKind.CP_OWNED, config.statements().get(1).kind());
        assertEquals(List.of("t.config:3:1: error: member qualifier 'SYSC:' is not followed by a statement; put the "
                + "statement after it on the same record [CFG-QUALIFIER-ALONE]"), messages(config));
    }

    @Test
    void sequenceNumbersAreReadUnlessTheColumnsAreLimited() {
        String record = String.format("%-72s%s", "CP_Owned Slot 1 M01RES", "00000010");
        SystemConfig all = reader.read("t.config", record + "\n");
        assertEquals(List.of("t.config:1:73: warning: statement text reaches column 80; exported records keep "
                + "statements in columns 1-71 and CP may not read columns 73-80; move it left, or read with "
                + "ScanColumns.UP_TO_72 if columns 73-80 hold sequence numbers [CFG-COLUMNS]"), messages(all));
        assertEquals(4, all.statements().get(0).operands().size());

        SystemConfig limited = new SystemConfigReader(ScanColumns.UP_TO_72).read("t.config", record + "\n");
        assertTrue(limited.diagnostics().isEmpty());
        assertEquals(List.of("Slot", "1", "M01RES"), limited.statements().get(0).operandTexts());
        assertEquals(record, limited.statements().get(0).source().text(), "ignored columns stay in the verbatim text");
    }

    @Test
    void crlfRecordsAndEmptyInput() {
        SystemConfig config = reader.read("t.config", "CP_Owned Slot 1 A,\r\n  SHARED\r\nFEATURES\r\n");
        assertEquals(2, config.statements().size());
        assertEquals(List.of("Slot", "1", "A", "SHARED"), config.statements().get(0).operandTexts());
        assertTrue(reader.read("e.config", "").parts().isEmpty());
    }

    @Test
    void unreadableFileIsADiagnosticNotAnException() {
        SystemConfig config = reader.read(Path.of("/nonexistent/SYSTEM.CONFIG"));
        assertEquals(1, config.diagnostics().size());
        Diagnostic d = config.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("IO-READ", d.ruleId());
        assertEquals("0:0", d.where());
    }
}
