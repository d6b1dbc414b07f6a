package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.config.SystemConfig;
import ssiplan.sysconfig.config.SystemConfigReader;
import ssiplan.sysconfig.config.check.CheckOptions;
import ssiplan.sysconfig.config.check.SystemConfigChecks;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Severity;
import ssiplan.sysconfig.directory.UserDirect;
import ssiplan.sysconfig.directory.UserDirectReader;
import ssiplan.sysconfig.directory.check.UserDirectChecks;
import ssiplan.sysconfig.model.Export;
import ssiplan.sysconfig.model.SystemConfigExporter;
import ssiplan.sysconfig.model.UserDirectExporter;

/** Golden-file tests for both writers on every installation, and what every exported file must satisfy. */
class ExportTest {

    static Stream<String> installations() {
        return Installations.clusters().keySet().stream();
    }

    private static SsiCluster cluster(String name) {
        return Installations.clusters().get(name).get();
    }

    @ParameterizedTest
    @MethodSource("installations")
    void systemConfigMatchesGoldenFile(String name) {
        Export export = new SystemConfigExporter().export(cluster(name), name + ".ssiplan");
        Golden.assertMatches(name + ".config", export.text());
    }

    @ParameterizedTest
    @MethodSource("installations")
    void userDirectMatchesGoldenFile(String name) {
        Export export = new UserDirectExporter().export(cluster(name), name + ".ssiplan");
        Golden.assertMatches(name + ".direct", export.text());
    }

    @ParameterizedTest
    @MethodSource("installations")
    void everyRecordIsAtMost80ColumnsAndStatementTextWithin71(String name) {
        for (Export export : List.of(new SystemConfigExporter().export(cluster(name), name),
                new UserDirectExporter().export(cluster(name), name))) {
            List<String> records = export.records();
            for (int i = 0; i < records.size(); i++) {
                assertTrue(records.get(i).length() <= 71, name + " record " + (i + 1) + " is " + records.get(i).length()
                        + " columns: " + records.get(i));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("installations")
    void exportedFilesReadWithoutErrors(String name) {
        String config = new SystemConfigExporter().export(cluster(name), name).text();
        SystemConfig read = new SystemConfigReader().read(name + ".config", config);
        List<Diagnostic> problems = new java.util.ArrayList<>(read.diagnostics());
        problems.addAll(new SystemConfigChecks(new CheckOptions(8)).check(read));
        assertTrue(problems.stream().noneMatch(d -> d.severity() != Severity.INFO), problems.toString());
        String directory = new UserDirectExporter().export(cluster(name), name).text();
        UserDirect dir = new UserDirectReader().read(name + ".direct", directory);
        List<Diagnostic> dirProblems = new java.util.ArrayList<>(dir.diagnostics());
        dirProblems.addAll(new UserDirectChecks().check(dir));
        assertTrue(dirProblems.stream().noneMatch(d -> d.severity() != Severity.INFO), dirProblems.toString());
    }

    @Test
    void passwordsAreNeverInventedAndThePlaceholderIsFlagged() {
        Export export = new UserDirectExporter().export(cluster("four-member"), "four-member.ssiplan");
        long users = export.records().stream().filter(r -> r.startsWith("USER ") || r.startsWith("IDENTITY ")).count();
        assertEquals(users, export.records().stream().filter(r -> (r.startsWith("USER ") || r.startsWith("IDENTITY "))
                && r.split(" ")[2].equals(UserDirectExporter.PASSWORD_PLACEHOLDER)).count());
        assertTrue(export.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING
                && d.ruleId().equals("EXPORT-PASSWORD") && d.message().startsWith(users + " USER/IDENTITY entries have the "
                        + "password placeholder CHANGE-ME")), export.diagnostics().toString());
    }

    @Test
    void everyMemberPairGetsActivateIslinkOnBothSides() {
        String text = new SystemConfigExporter().export(cluster("four-member"), "x").text();
        String[] members = {"VMSYS1", "VMSYS2", "VMSYS3", "VMSYS4"};
        for (String member : members) {
            String block = text.substring(text.indexOf(member + ": BEGIN"), text.indexOf(member + ": END"));
            for (String partner : members) {
                if (!partner.equals(member)) {
                    assertTrue(block.contains("NODE " + partner + "\n"), member + " block lacks NODE " + partner + ":\n" + block);
                }
            }
        }
    }

    @Test
    void systemIdentifierLinesComeBeforeTheSsiStatement() {
        List<String> records = new SystemConfigExporter().export(cluster("four-member"), "x").records();
        int lastIdentifier = -1;
        int ssi = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith("SYSTEM_IDENTIFIER")) {
                lastIdentifier = i;
            }
            if (records.get(i).startsWith("SSI ")) {
                ssi = i;
            }
        }
        assertTrue(lastIdentifier >= 0 && ssi > lastIdentifier, records.toString());
    }

    @Test
    void missingLinkAndDefaultsAreReportedNotHidden() {
        Export export = new SystemConfigExporter().export(cluster("lab"), "lab.ssiplan");
        assertTrue(export.diagnostics().stream().anyMatch(d -> d.message().equals("members SYSA and SYSC have no ISFC link, "
                + "so no ACTIVATE ISLINK connects them; an SSI cluster needs a link between every pair of members, add one")),
                export.diagnostics().toString());
        assertFalse(export.hasErrors(), export.diagnostics().toString());
    }
}
