package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.directory.DirectoryComment;
import ssiplan.sysconfig.directory.DirectoryEntry;
import ssiplan.sysconfig.directory.DirectoryStatement;
import ssiplan.sysconfig.directory.EntryKind;
import ssiplan.sysconfig.directory.UserDirect;
import ssiplan.sysconfig.directory.UserDirectReader;
import ssiplan.sysconfig.directory.check.UserDirectChecks;
import ssiplan.sysconfig.format.DirectoryStatementWriter;
import ssiplan.sysconfig.format.UserDirectWriter;
import ssiplan.sysconfig.syntax.ScanColumns;
import ssiplan.sysconfig.syntax.Token;

class UserDirectTest {

    private final UserDirectReader reader = new UserDirectReader();

    private UserDirect sample() {
        return reader.read("plexa.direct", TestFiles.text("userdirect/plexa.direct"));
    }

    private static List<String> strings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).toList();
    }

    private List<String> check(String text) {
        return strings(new UserDirectChecks().check(reader.read("d.direct", text)));
    }

    @Test
    void sampleEntriesInOrderWithTheirKinds() {
        UserDirect d = sample();
        assertEquals(List.of("PROFILE IBMDFLT", "PROFILE LNXDFLT", "IDENTITY MAINT", "SUBCONFIG MAINT-1", "SUBCONFIG MAINT-2",
                "SUBCONFIG MAINT-3", "SUBCONFIG MAINT-4", "IDENTITY OPERATOR", "SUBCONFIG OPERAT-1", "SUBCONFIG OPERAT-2",
                "USER PMAINT", "USER LINUX01", "USER LINUX02"),
                d.entries().stream().map(e -> e.kind() + " " + e.name()).toList());
        assertEquals("DIRECTORY 0123 3390 VMCOM1", d.prologue().get(0).toString());
        assertEquals(List.of(
                "plexa.direct:37:3: info: statement 'ACCOUNT' is not modelled by SSI Planner; it is kept verbatim [DIR-UNMODELLED]",
                "plexa.direct:88:2: info: statement 'SHARE' is not modelled by SSI Planner; it is kept verbatim [DIR-UNMODELLED]"),
                strings(d.diagnostics()));
        assertEquals(List.of(), strings(new UserDirectChecks().check(d)), "the sample passes every check");
    }

    @Test
    void commentsBeforeAHeaderBelongToThatEntry() {
        DirectoryEntry maint = sample().entry(EntryKind.IDENTITY, "maint").orElseThrow();
        assertTrue(maint.lines().get(0) instanceof DirectoryComment);
        assertEquals("Multiconfiguration service machines: one instance per member",
                ((DirectoryComment) maint.lines().get(1)).text());
        assertEquals("IDENTITY", maint.header().keyword());
        assertEquals(4, maint.statements("BUILD").size());
        assertEquals(List.of("ON", "SYSA", "USING", "SUBCONFIG", "MAINT-1"), maint.statements("BUILD").get(0).operandTexts());
    }

    @Test
    void statementOperandsCarryTheirPositions() {
        DirectoryEntry linux01 = sample().entry(EntryKind.USER, "LINUX01").orElseThrow();
        DirectoryStatement nicdef = linux01.statements("NICDEF").get(0);
        assertEquals(78, nicdef.line());
        assertEquals(3, nicdef.column());
        assertEquals(new Token("VSWPROD", 78, 36), nicdef.operand(5));
        assertEquals(new Token("0E4E8E", 78, 50), nicdef.operand(7));
        assertEquals(List.of("ON", "DOMAIN", "EAST"), linux01.statements("VMRELOCATE").get(0).operandTexts());
        DirectoryEntry linux02 = sample().entry(EntryKind.USER, "linux02").orElseThrow();
        assertEquals("MDISK", linux02.body().get(2).keyword(), "keywords are case-insensitive");
        assertEquals(new Token("SHARE", 88, 2), new Token(linux02.body().get(3).keyword(), linux02.body().get(3).line(),
                linux02.body().get(3).column()), "a tab counts as one column");
    }

    @Test
    void writingTheSampleBackGivesTheSameFile() {
        String text = TestFiles.text("userdirect/plexa.direct");
        UserDirect d = reader.read("plexa.direct", text);
        assertEquals(text, new UserDirectWriter().write(d.prologue(), d.entries(), new Diagnostics("out")));
    }

    @Test
    void formattedStatementsAndComments() {
        DirectoryStatementWriter writer = new DirectoryStatementWriter();
        Diagnostics diagnostics = new Diagnostics("out");
        assertEquals(List.of("USER LINUX03 LNXPW 4G 8G G"),
                writer.write(DirectoryStatement.of("user", "LINUX03", "LNXPW", "4G", "8G", "G"), diagnostics));
        assertEquals(List.of(" MDISK 0100 3390 0001 10016 LX0004 MR"),
                writer.write(DirectoryStatement.of("MDISK", "0100", "3390", "0001", "10016", "LX0004", "MR"), diagnostics));
        assertEquals(List.of("* Linux guests"), writer.write(DirectoryComment.of("Linux guests")));
        String[] options = {"MAINTCCW", "LNKNOPAS", "LNKSTABL", "LNKEXCLU", "CHPIDVIRTUALIZATION", "ONE", "DEVMAINT",
                "DIAG88", "QUICKDSP", "LANG", "AMENG", "ACCT"};
        List<String> split = writer.write(DirectoryStatement.of("OPTION", options), diagnostics);
        assertEquals(List.of(" OPTION MAINTCCW LNKNOPAS LNKSTABL LNKEXCLU CHPIDVIRTUALIZATION ONE",
                " OPTION DEVMAINT DIAG88 QUICKDSP LANG AMENG ACCT"), split);
        assertTrue(split.stream().allMatch(r -> r.length() <= 71));
        assertTrue(diagnostics.list().isEmpty());
    }

    @Test
    void statementTooLongForOneRecordIsReportedNotWrittenPastColumn80() {
        DirectoryStatementWriter writer = new DirectoryStatementWriter();
        Diagnostics diagnostics = new Diagnostics("out");
        String[] words = new String[20];
        java.util.Arrays.fill(words, "LONGWORD");
        assertEquals(List.of(), writer.write(DirectoryStatement.of("COMMAND", words), diagnostics));
        assertEquals(List.of("out:0:0: error: statement 'COMMAND' needs 188 columns and a directory record has 80; it was "
                + "not written, shorten its operands [DIR-TOO-LONG]"), strings(diagnostics.list()));
    }

    @Test
    void statementBeforeTheFirstEntryIsAnError() {
        UserDirect d = reader.read("d.direct", "* header\n  LINK MAINT 0190 0190 RR\nUSER A PW 1G 2G G\n");
        assertEquals(List.of("d.direct:2:3: error: statement 'LINK' comes before the first USER, IDENTITY, PROFILE or "
                + "SUBCONFIG entry; move it into an entry [DIR-OUTSIDE-ENTRY]"), strings(d.diagnostics()));
    }

    @Test
    void sequenceColumnsAreFlaggedOrIgnored() {
        String record = String.format("%-72s%s", " LINK MAINT 0190 0190 RR", "00000100");
        String text = "USER A PW 1G 2G G\n" + record + "\n";
        assertEquals(List.of("d.direct:2:73: warning: statement text reaches column 80; directory records are exported "
                + "within columns 1-71 and columns 72-80 may be ignored; shorten it, or read with ScanColumns.UP_TO_71 if "
                + "these are sequence numbers [DIR-COLUMNS]"), strings(reader.read("d.direct", text).diagnostics()));
        UserDirect limited = new UserDirectReader(ScanColumns.UP_TO_71).read("d.direct", text);
        assertEquals(List.of("MAINT", "0190", "0190", "RR"), limited.entries().get(0).body().get(0).operandTexts());
    }

    @Test
    void userIdLengthAndDuplicateNames() {
        assertEquals(List.of(
                "d.direct:1:6: error: user id 'LINUXGUEST1' is 11 characters; a user id is at most 8 [DIR-USERID]",
                "d.direct:3:11: error: LINUX01 is already defined at 2:1 (USER); USER, IDENTITY and SUBCONFIG names must be unique, rename one of them [DIR-DUPLICATE-ID]",
                "d.direct:4:19: error: nothing may follow the SUBCONFIG id; remove 'EXTRA' and what follows [DIR-HEADER]"),
                check("USER LINUXGUEST1 PW 1G 2G G\nUSER LINUX01 PW 1G 2G G\nSUBCONFIG LINUX01\nSUBCONFIG MAINT-1 EXTRA\n"));
    }

    @Test
    void storageSizes() {
        assertEquals(List.of(
                "d.direct:1:12: error: storage size '2048' has no unit; add K, M, G, T, P or E, e.g. 2048M [DIR-STORAGE]",
                "d.direct:2:12: error: initial storage 8G is larger than the maximum 4096M; raise the maximum or lower the initial size [DIR-STORAGE]",
                "d.direct:3:15: error: storage size '4X' is not a number followed by K, M, G, T, P or E, e.g. 4G or 2048M [DIR-STORAGE]",
                "d.direct:4:2: error: MAXSTORAGE needs a size, e.g. MAXSTORAGE 4G [DIR-STORAGE]"),
                check("USER A1 PW 2048 4G G\nUSER A2 PW 8G 4096M G\nUSER A3 PW 1G 4X G\n MAXSTORAGE\n STORAGE 2048M\n"));
    }

    @Test
    void mdiskShapes() {
        assertEquals(List.of(
                "d.direct:2:8: error: MDISK virtual device '1000G' is not 1-4 hex digits [DIR-MDISK]",
                "d.direct:3:18: error: MDISK start 'ONE' is not a decimal number [DIR-MDISK]",
                "d.direct:4:27: error: volume label 'LX00001' is 7 characters; a volume label is at most 6 [DIR-MDISK]",
                "d.direct:5:13: error: a V-DISK needs device type FB-512, not '3390' [DIR-MDISK]",
                "d.direct:6:34: error: MDISK access mode 'RX' is not one of R, RR, W, WR, M, MR, MW [DIR-MDISK]",
                "d.direct:7:2: error: MDISK has 3 operands; write 'MDISK vdev devtype start count volser mode' [DIR-MDISK]"),
                check("""
                        USER A PW 1G 2G G
                         MDISK 1000G 3390 0001 100 LX0001 MR
                         MDISK 0100 3390 ONE 100 LX0001 MR
                         MDISK 0101 3390 0001 END LX00001 MR
                         MDISK 0102 3390 V-DISK 8000 MW
                         MDISK 0103 3390 0001 100 LX0001 RX
                         MDISK 0104 3390 T-DISK
                         MDISK 0105 3390 T-DISK 100 W
                         MDISK 0106 FB-512 V-DISK 8000 MWV
                         MDISK 0107 3390 DEVNO 1234 MW
                        """));
    }

    @Test
    void buildAndIncludeNameExistingEntries() {
        assertEquals(List.of(
                "d.direct:3:33: error: BUILD names SUBCONFIG MAINT-2, which is not in this directory; add the SUBCONFIG entry or fix the name [DIR-BUILD]",
                "d.direct:4:3: error: BUILD needs 'BUILD ON member USING SUBCONFIG id' (member may be *) [DIR-BUILD]",
                "d.direct:7:3: error: BUILD belongs in an IDENTITY entry; LINUX01 is a USER entry [DIR-BUILD]",
                "d.direct:8:11: error: INCLUDE names profile LNXDFLT, which is not in this directory; add a PROFILE LNXDFLT entry or fix the name [DIR-INCLUDE]"),
                check("""
                        IDENTITY MAINT PW 256M 1G G
                          BUILD ON SYSA USING SUBCONFIG MAINT-1
                          BUILD ON SYSB USING SUBCONFIG MAINT-2
                          BUILD ON * SUBCONFIG MAINT-1
                        SUBCONFIG MAINT-1
                        USER LINUX01 PW 1G 2G G
                          BUILD ON SYSA USING SUBCONFIG MAINT-1
                          INCLUDE LNXDFLT
                        """));
    }
}
