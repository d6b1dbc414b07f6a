package ssiplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ssiplan.model.Installation;
import ssiplan.model.examples.Examples;
import ssiplan.model.examples.SyntheticInstallations;
import ssiplan.validation.Finding;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.ValidationReport;

/** The bundled examples and the synthetic generator are valid plans: no errors (warnings are allowed). */
class ExamplesValidateTest {

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    static List<Finding> errors(ValidationReport report) {
        return report.errors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyBundledExampleValidatesWithoutErrors(String name) {
        ValidationReport report = RuleCatalogue.standard().validate(Examples.create(name));
        System.out.println(name + ": " + report.summary() + "\n" + RuleCatalogueTest.lines(report.findings()));
        assertTrue(errors(report).isEmpty(), () -> name + " has errors:\n" + RuleCatalogueTest.lines(errors(report)));
    }

    @Test
    void syntheticInstallationsValidateWithoutErrors() {
        for (int members : new int[] { 2, 4, 8 }) {
            Installation installation = SyntheticInstallations.generate(members, 500, 7);
            ValidationReport report = RuleCatalogue.standard().validate(installation);
            System.out.println("synthetic " + members + "x500: " + report.summary() + "\n" + RuleCatalogueTest.lines(report.findings()));
            assertTrue(errors(report).isEmpty(), () -> members + " members:\n" + RuleCatalogueTest.lines(errors(report)));
        }
    }

    @Test
    void examplesAreNotTriviallyEmpty() {
        assertTrue(Examples.names().size() >= 4);
    }
}
