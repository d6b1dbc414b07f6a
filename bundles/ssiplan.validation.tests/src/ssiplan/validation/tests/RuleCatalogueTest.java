package ssiplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ssiplan.validation.Finding;
import ssiplan.validation.Rule;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.Rules;
import ssiplan.validation.ValidationReport;

/** Every rule of the catalogue: silent on a correct installation, reported when its case breaks it. */
class RuleCatalogueTest {

    static Stream<String> ruleIds() {
        return RuleCatalogue.standard().rules().stream().map(Rule::id);
    }

    @Test
    void correctInstallationHasNoFindingsAtAll() {
        ValidationReport report = RuleCatalogue.standard().validate(new ValidInstallation().installation);
        assertTrue(report.isEmpty(), () -> "expected no findings, got:\n" + lines(report.findings()));
    }

    @ParameterizedTest(name = "{0} silent on a correct installation")
    @MethodSource("ruleIds")
    void silentOnCorrectInstallation(String id) {
        ValidationReport report = RuleCatalogue.standard().validate(new ValidInstallation().installation);
        assertTrue(report.findingsOf(id).isEmpty(), () -> lines(report.findingsOf(id)));
    }

    @ParameterizedTest(name = "{0} reported when broken")
    @MethodSource("ruleIds")
    void reportedWhenItsCaseBreaksTheInstallation(String id) {
        ValidInstallation installation = new ValidInstallation();
        var breaker = RuleCases.all().get(id);
        assertNotNull(breaker, "rule " + id + " has no trigger case in RuleCases");
        breaker.accept(installation);
        ValidationReport report = RuleCatalogue.standard().validate(installation.installation);
        List<Finding> found = report.findingsOf(id);
        assertFalse(found.isEmpty(), () -> id + " not reported; the report had:\n" + lines(report.findings()));
        Rule rule = RuleCatalogue.standard().rule(id).orElseThrow();
        for (Finding finding : found) {
            assertEquals(rule.severity(), finding.severity());
            assertNotNull(finding.element(), () -> id + " finding without an element: " + finding);
            assertFalse(finding.message().isBlank());
        }
    }

    /** A finding offers a quick fix only for rules whose fix is mechanical, so tools can list the fixable rules. */
    @Test
    void quickFixesComeOnlyFromRulesThatDeclareOne() {
        Set<String> offending = new java.util.TreeSet<>();
        Set<String> declaredButNeverOffered = new java.util.TreeSet<>();
        RuleCatalogue.standard().rules().stream().filter(r -> r.quickFix().isPresent()).forEach(r -> declaredButNeverOffered.add(r.id()));
        RuleCases.all().values().forEach(breaker -> {
            ValidInstallation installation = new ValidInstallation();
            breaker.accept(installation);
            for (Finding finding : RuleCatalogue.standard().validate(installation.installation).findings()) {
                if (finding.quickFix().isPresent()) {
                    declaredButNeverOffered.remove(finding.ruleId());
                    if (finding.rule().quickFix().isEmpty()) {
                        offending.add(finding.ruleId());
                    }
                }
            }
        });
        assertTrue(offending.isEmpty(), "findings with a quick fix whose rule declares none: " + offending);
        assertTrue(declaredButNeverOffered.isEmpty(), "rules declaring a quick fix no trigger case offers: " + declaredButNeverOffered);
    }

    @Test
    void everyRuleHasATriggerCaseAndEveryCaseARule() {
        Set<String> ids = ruleIds().collect(Collectors.toSet());
        Set<String> cases = RuleCases.all().keySet();
        Set<String> withoutCase = new HashSet<>(ids);
        withoutCase.removeAll(cases);
        Set<String> withoutRule = new HashSet<>(cases);
        withoutRule.removeAll(ids);
        assertTrue(withoutCase.isEmpty(), "rules without a trigger case: " + withoutCase);
        assertTrue(withoutRule.isEmpty(), "cases for rules not in the catalogue: " + withoutRule);
    }

    @Test
    void everyRuleConstantIsInTheCatalogue() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field field : Rules.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Rule.class) {
                Rule rule = (Rule) field.get(null);
                if (RuleCatalogue.standard().rule(rule.id()).isEmpty()) {
                    missing.add(rule.id());
                }
            }
        }
        assertTrue(missing.isEmpty(), "rules no check reports: " + missing);
    }

    @Test
    void idsAreStableStyleAndDescriptionsOneLine() {
        for (Rule rule : RuleCatalogue.standard().rules()) {
            assertTrue(rule.id().matches("[A-Z]+(-[A-Z0-9]+)+"), rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
            assertFalse(rule.description().contains("\n"), rule.id());
        }
    }

    static String lines(List<Finding> findings) {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
