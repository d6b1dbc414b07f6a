package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.model.ImportResult;
import ssiplan.sysconfig.model.InstallationImporter;
import ssiplan.sysconfig.model.SystemConfigExporter;
import ssiplan.sysconfig.model.UserDirectExporter;

/** Export, import the exported files, export again: the files are identical and the model's SSI content survives. */
class RoundTripTest {

    static Stream<String> installations() {
        return Installations.clusters().keySet().stream();
    }

    private record Files(String config, String directory) {
    }

    private static Files export(SsiCluster cluster, String name) {
        return new Files(new SystemConfigExporter().export(cluster, name + ".ssiplan").text(),
                new UserDirectExporter().export(cluster, name + ".ssiplan").text());
    }

    private static ImportResult reimport(Files files, String name) {
        return new InstallationImporter().importText(name + ".config", files.config(), name + ".direct", files.directory());
    }

    @ParameterizedTest
    @MethodSource("installations")
    void exportImportExportGivesTheSameFiles(String name) {
        SsiCluster original = Installations.clusters().get(name).get();
        Files first = export(original, name);
        ImportResult imported = reimport(first, name);
        Files second = export(imported.cluster(), name);
        assertEquals(first.config(), second.config(), firstDifference(first.config(), second.config()));
        assertEquals(first.directory(), second.directory(), firstDifference(first.directory(), second.directory()));
    }

    static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "first difference at line " + (i + 1) + ": expected [" + x + "] but was [" + y + "]";
            }
        }
        return "same";
    }

    @ParameterizedTest
    @MethodSource("installations")
    void importOfTheExportReproducesTheSsiContent(String name) {
        SsiCluster original = Installations.clusters().get(name).get();
        ImportResult imported = reimport(export(original, name), name);
        assertEquals(SsiContent.of(original), SsiContent.of(imported.cluster()));
    }

    @ParameterizedTest
    @MethodSource("installations")
    void importOfTheExportHasNoReadingErrors(String name) {
        SsiCluster original = Installations.clusters().get(name).get();
        ImportResult imported = reimport(export(original, name), name);
        // Rule catalogue findings about the model (e.g. lab's missing SYSA-SYSC link) are expected; reading,
        // statement-check and mapping errors are not.
        var catalogue = ssiplan.validation.RuleCatalogue.standard();
        assertFalse(imported.diagnostics().stream().anyMatch(d -> d.severity() == ssiplan.sysconfig.diagnostic.Severity.ERROR
                && catalogue.rule(d.ruleId()).isEmpty()), imported.diagnostics().toString());
    }
}
