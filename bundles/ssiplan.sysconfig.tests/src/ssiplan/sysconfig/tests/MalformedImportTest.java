package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.model.ImportResult;
import ssiplan.sysconfig.model.InstallationImporter;

/**
 * Each malformed input gives a finding at the exact line and column with a message that says what to
 * change. The whole {@code file:line:col: severity: message [rule]} text is asserted.
 */
class MalformedImportTest {

    private static final String MINIMAL_TAIL = "CP_Owned Slot 5 VMCOM1\n";

    private static List<String> findings(String config) {
        return findings(config, null);
    }

    private static List<String> findings(String config, String directory) {
        ImportResult result = new InstallationImporter().importText("T.CONFIG", config, "T.DIRECT", directory);
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static void assertFinding(List<String> findings, String expected) {
        assertTrue(findings.contains(expected), "expected\n  " + expected + "\namong\n  " + String.join("\n  ", findings));
    }

    @Test
    void duplicateSsiStatement() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL + "SSI PLEXB SLOT 1 SYSA\n"),
                "T.CONFIG:3:1: error: only one SSI statement is honoured; CP ignores this one because of the one at 1:1; "
                        + "delete one of them [SSI-DUPLICATE]");
    }

    @Test
    void missingContinuationAtEndOfFile() {
        assertFinding(findings(MINIMAL_TAIL + "SSI PLEXA PDR_VOLUME VMCOM1,\n      SLOT 1 SYSA,\n"),
                "T.CONFIG:3:18: error: the statement is continued (trailing comma) but the file ends; remove the comma or "
                        + "add the rest of the statement [CFG-CONTINUATION-EOF]");
    }

    @Test
    void slotOutOfRange() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 0 SYSA\n" + MINIMAL_TAIL),
                "T.CONFIG:1:34: error: SLOT 0 is outside 1-8; use a slot from 1 to 8 [SSI-SLOT-RANGE]");
    }

    @Test
    void slotGivenTwice() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA SLOT 1 SYSB\n" + MINIMAL_TAIL),
                "T.CONFIG:1:46: error: SLOT 1 is already given at 1:34; each slot may appear once [SSI-SLOT-DUPLICATE]");
    }

    @Test
    void memberNameLongerThanEight() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSTEMALPHA\n" + MINIMAL_TAIL),
                "T.CONFIG:1:36: error: member name 'SYSTEMALPHA' is 11 characters; a name is at most 8 [SSI-MEMBER-NAME]");
    }

    @Test
    void qualifierLongerThanEight() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL + "LONGMEMBER1: CP_Owned Slot 1 M01RES\n"),
                "T.CONFIG:3:1: error: member qualifier 'LONGMEMBER1' is 11 characters; a system name is at most 8 "
                        + "[CFG-QUALIFIER-LENGTH]");
    }

    @Test
    void wrongCpOwnedOperands() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL + "CP_Owned Slot 300 M01S01\n"),
                "T.CONFIG:3:15: error: CP_Owned slot 300 is outside 1-255; use a slot from 1 to 255 [CPOWNED-SLOT]");
    }

    @Test
    void twoVolumesInOneCpOwnedSlot() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL
                + "SYSA: CP_Owned Slot 10 M01S01\nSYSA: CP_Owned Slot 10 M01S02\n"),
                "T.CONFIG:4:21: error: CP_Owned slot 10 of SYSA already holds M01S01; give M01S02 a slot of its own "
                        + "[IMPORT-CONFLICT]");
    }

    @Test
    void systemResidenceWithoutWarmstartArea() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL
                + "SYSA: System_Residence Checkpoint Volid M01RES From CYL 21,\n   Warmstart Volid M01RES From CYL 30 For 9\n"),
                "T.CONFIG:3:24: error: System_Residence not understood: expected 'CHECKPOINT VOLID volid FROM CYL n FOR n'; "
                        + "write 'System_Residence CHECKPOINT VOLID volid FROM CYL n FOR n, WARMSTART VOLID volid FROM CYL "
                        + "n FOR n' (kept as written) [IMPORT-OPERANDS]");
    }

    @Test
    void islinkWithOnlyOneSide() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA SLOT 2 SYSB\n" + MINIMAL_TAIL
                + "SYSA: ACTIVATE ISLINK 4A00 NODE SYSB\n"),
                "T.CONFIG:3:1: warning: SYSB has no ACTIVATE ISLINK ... NODE SYSA; each side of a link is activated on its "
                        + "own member, add it for SYSB [ISLINK-PAIRING]");
    }

    @Test
    void islinkSidesWithDifferentDeviceCounts() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA SLOT 2 SYSB\n" + MINIMAL_TAIL
                + "SYSA: ACTIVATE ISLINK 4A00 4A01 NODE SYSB\nSYSB: ACTIVATE ISLINK 5A00 NODE SYSA\n"),
                "T.CONFIG:4:1: warning: SYSB activates 1 CTC device to SYSA but SYSA activates 2 to SYSB; each CTC needs "
                        + "a device at both ends, add the missing ones [ISLINK-PAIRING]");
    }

    @Test
    void missingMeshLinkIsARuleCatalogueFindingAtTheMember() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA SLOT 2 SYSB\n" + MINIMAL_TAIL),
                "T.CONFIG:1:36: error: members SYSA and SYSB have no ISFC link; an SSI needs a direct link between every "
                        + "pair: add a link with FICON CTCs between them (add an ISFC link SYSA - SYSB) [SSI-ISLINK-MESH]");
    }

    @Test
    void pdrVolumeNotListed() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM9 SLOT 1 SYSA\n" + MINIMAL_TAIL),
                "T.CONFIG:1:22: error: PDR volume VMCOM9 is in no CP_Owned or User_Volume_List statement; the PDR volume "
                        + "must be listed in one [C], add e.g. 'CP_Owned Slot 5 VMCOM9' [SSI-PDR-UNLISTED]");
    }

    @Test
    void noSsiStatement() {
        assertFinding(findings("System_Identifier LPAR LP1 SYSA\nCP_Owned Slot 1 M01RES\n"),
                "T.CONFIG:1:1: error: the file has no SSI statement, so it does not configure an SSI cluster; add 'SSI name "
                        + "PDR_VOLUME volid SLOT 1 member ...' (the cluster was imported as SSI1, members from "
                        + "System_Identifier lines) [IMPORT-NO-SSI]");
    }

    @Test
    void qualifierNamingNoMember() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL + "SYSX: CP_Owned Slot 1 M09RES\n"),
                "T.CONFIG:3:1: warning: qualifier SYSX names no member of the SSI statement; its statements are kept as "
                        + "written, add the member to a SLOT or fix the name [IMPORT-REFERENCE]");
    }

    @Test
    void unclosedComment() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL + "/* open\nFeatures , Disable\n"),
                "T.CONFIG:3:1: error: comment is never closed; add '*/' to end it (everything after it was read as comment) "
                        + "[CFG-COMMENT-UNCLOSED]");
    }

    @Test
    void xlinkTogetherWithSsiIsReportedAtTheKeptStatement() {
        List<String> findings = findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL + "XLINK_SYSTEM_EXCLUDE SYSB\n");
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("T.CONFIG:3:1: error: ") && f.endsWith("[SSI-XLINK]")),
                String.join("\n", findings));
    }

    @Test
    void nicdefToAnUndefinedSwitch() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL,
                "USER LNX1 PW 1G 2G G\n NICDEF 0600 TYPE QDIO LAN SYSTEM NOSUCH\n"),
                "T.DIRECT:2:35: warning: NICDEF 0600 couples to VSWITCH NOSUCH, which SYSTEM CONFIG does not define; kept "
                        + "as written, define the switch or fix the name [IMPORT-REFERENCE]");
    }

    @Test
    void directoryStorageWithoutUnit() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL, "USER LNX1 PW 1024 2G G\n"),
                "T.DIRECT:1:14: error: storage size '1024' has no unit; add K, M, G, T, P or E, e.g. 1024M [DIR-STORAGE]");
    }

    @Test
    void buildNamingAMissingSubconfig() {
        assertFinding(findings("SSI PLEXA PDR_VOLUME VMCOM1 SLOT 1 SYSA\n" + MINIMAL_TAIL,
                "IDENTITY MAINT PW 256M 1G G\n BUILD ON SYSA USING SUBCONFIG MAINT-9\n"),
                "T.DIRECT:2:32: error: BUILD names SUBCONFIG MAINT-9, which is not in this directory; add the SUBCONFIG "
                        + "entry or fix the name [DIR-BUILD]");
    }
}
