package ssiplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import ssiplan.model.Installation;
import ssiplan.model.UserEntry;
import ssiplan.model.ZvmRelease;
import ssiplan.validation.Finding;
import ssiplan.validation.MemberLimit;
import ssiplan.validation.Rule;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.Severity;
import ssiplan.validation.ValidationOptions;
import ssiplan.validation.ValidationReport;

/** How validation behaves beyond single rules: per-release limits, options, aggregation, no side effects. */
class ValidationBehaviourTest {

    private static ValidationReport validate(ValidInstallation v) {
        return RuleCatalogue.standard().validate(v.installation);
    }

    @Test
    void validationNeverChangesTheModel() {
        RuleCases.all().forEach((id, breaker) -> {
            ValidInstallation v = new ValidInstallation();
            breaker.accept(v);
            Installation before = EcoreUtil.copy(v.installation);
            assertFalse(validate(v).isEmpty(), id);
            assertTrue(EcoreUtil.equals(before, v.installation), id);
        });
    }

    @Test
    void unconfirmedRulesNeverGiveErrors() {
        for (Rule rule : RuleCatalogue.standard().rules()) {
            boolean unconfirmedOnly = rule.reference().contains("[U") && !rule.reference().contains("[C");
            if (unconfirmedOnly) {
                assertNotEquals(Severity.ERROR, rule.severity(), rule.id() + " rests on an unconfirmed fact");
            }
        }
    }

    @Test
    void fiveMembersAreAnErrorAt72AndAWarningAt73() {
        ValidInstallation at72 = new ValidInstallation();
        at72.cluster.setRelease(ZvmRelease.V7_2);
        RuleCases.extraMember(at72, "SYSE", 5);
        ValidationReport report72 = validate(at72);
        assertEquals(1, report72.findingsOf("SSI-MEMBER-LIMIT").size());
        assertTrue(report72.findingsOf("SSI-MEMBER-LIMIT-U").isEmpty());

        ValidInstallation at73 = new ValidInstallation();
        RuleCases.extraMember(at73, "SYSE", 5);
        ValidationReport report73 = validate(at73);
        assertTrue(report73.findingsOf("SSI-MEMBER-LIMIT").isEmpty());
        assertTrue(report73.findingsOf("SSI-SLOT-RANGE").isEmpty());
        Finding warning = report73.findingsOf("SSI-MEMBER-LIMIT-U").get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertSame(at73.cluster, warning.element());
        assertTrue(warning.message().contains("5 members"), warning.message());
    }

    @Test
    void aConfirmedReleaseLimitSilencesTheWarningAndNineMembersAreStillAnError() {
        ValidInstallation v = new ValidInstallation();
        RuleCases.extraMember(v, "SYSE", 5);
        RuleCases.limitAt(v, ZvmRelease.V7_3).setConfirmed(true);
        assertTrue(validate(v).findingsOf("SSI-MEMBER-LIMIT-U").isEmpty());
        for (int slot = 6; slot <= 9; slot++) {
            RuleCases.extraMember(v, "SYS" + slot, slot);
        }
        ValidationReport report = validate(v);
        assertEquals(1, report.findingsOf("SSI-MEMBER-LIMIT").size());
        assertEquals(1, report.findingsOf("SSI-SLOT-RANGE").size(), () -> RuleCatalogueTest.lines(report.findingsOf("SSI-SLOT-RANGE")));
    }

    @Test
    void optionsOverrideThePlanningSettings() {
        ValidInstallation v = new ValidInstallation();
        v.lnx001.setMaxStorageMiB(200 * 1024);
        v.lnx001.setStorageMiB(200 * 1024);
        assertEquals(1, validate(v).findingsOf("CAP-MEMORY-OVERCOMMIT").size());
        ValidationOptions relaxed = ValidationOptions.builder().memoryOvercommitLimit(2).build();
        assertTrue(RuleCatalogue.standard().validate(v.installation, relaxed).findingsOf("CAP-MEMORY-OVERCOMMIT").isEmpty());
        v.installation.getSettings().setMemoryOvercommitLimit(2);
        assertTrue(validate(v).findingsOf("CAP-MEMORY-OVERCOMMIT").isEmpty());
        ValidationOptions strict = ValidationOptions.builder().memoryOvercommitLimit(1.2).build();
        assertEquals(1, RuleCatalogue.standard().validate(v.installation, strict).findingsOf("CAP-MEMORY-OVERCOMMIT").size());

        ValidationOptions limit = ValidationOptions.builder().memberLimit(ZvmRelease.V7_3, new MemberLimit(3, true)).build();
        assertEquals(1, RuleCatalogue.standard().validate(v.installation, limit).findingsOf("SSI-MEMBER-LIMIT").size());
        ValidationOptions disabled = ValidationOptions.builder().disable("CAP-PAGING").build();
        assertFalse(validate(v).findingsOf("CAP-PAGING").isEmpty());
        assertTrue(RuleCatalogue.standard().validate(v.installation, disabled).findingsOf("CAP-PAGING").isEmpty());
    }

    @Test
    void aVolumeOutOfReachIsReportedOnceNamingTheGuests() {
        ValidInstallation v = new ValidInstallation();
        for (int i = 0; i < 12; i++) {
            UserEntry guest = EcoreUtil.copy(v.lnx001);
            guest.setUserid(String.format("LNX1%02d", i));
            guest.getNics().get(0).setMacId(String.format("0001%02d", i));
            v.cluster.getVirtualMachines().add(guest);
        }
        v.userShared.getDeviceNumbers().removeIf(n -> n.getMember() == v.sysd);
        List<Finding> findings = validate(v).findingsOf("LGR-MINIDISK-REACH");
        assertEquals(1, findings.size(), () -> RuleCatalogueTest.lines(findings));
        Finding finding = findings.get(0);
        assertSame(v.userShared, finding.element());
        assertTrue(finding.message().startsWith("volume LX0001 has no device number on SYSD, but relocatable LNX001, "),
                finding.message());
        assertTrue(finding.message().contains(" and 8 more have minidisks on it"), finding.message());
        assertTrue(finding.relatedElements().contains(v.sysd));
        assertEquals(14, finding.relatedElements().size()); // 13 guests and SYSD; LNX002's domain PRODDOM lacks SYSD
    }

    @Test
    void findingsForAnElementIncludeThoseWhereItIsRelated() {
        ValidInstallation v = new ValidInstallation();
        v.sysb.setSlot(1);
        ValidationReport report = validate(v);
        Finding collision = report.findingsOf("SSI-SLOT-DUPLICATE").get(0);
        assertSame(v.sysb, collision.element());
        assertEquals("move SYSB to slot 2", collision.quickFix().orElseThrow());
        assertTrue(report.findingsFor(v.sysa).contains(collision));
        assertTrue(report.findingsFor(v.sysb).contains(collision));
        assertTrue(report.findingsFor(v.sysc).isEmpty());
    }

    @Test
    void spoolSlotMismatchSaysWhichSlotToUse() {
        ValidInstallation v = new ValidInstallation();
        v.sysc.getCpOwnedSlots().stream().filter(s -> s.getVolume() == v.spool).forEach(s -> s.setSlot(11));
        Finding finding = validate(v).findingsOf("SSI-SPOOL-SLOT").get(0);
        assertEquals("spool volume VMSPL1 is in different CP_Owned slots (SYSA 10, SYSB 10, SYSC 11, SYSD 10); a spool volume"
                + " needs the same slot on every member: use slot 10 on SYSC", finding.message());
        assertEquals("renumber the CP_Owned slot of VMSPL1 to 10 on SYSC", finding.quickFix().orElseThrow());
        assertEquals(List.<EObject>of(v.sysc), finding.relatedElements());
    }

    @Test
    void reportPutsErrorsFirstAndCountsBySeverity() {
        ValidInstallation v = new ValidInstallation();
        v.lnx001.setChpidVirtualizationOne(false); // INFO
        v.sysb.setMacPrefix("020001"); // WARNING
        v.sysb.setSlot(1); // ERROR
        ValidationReport report = validate(v);
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
                report.findings().stream().map(Finding::severity).toList());
        assertEquals("1 error, 1 warning, 1 info", report.summary());
    }

    @Test
    void aKeptDefineOfAModelledSwitchIsADuplicate() {
        ValidInstallation v = new ValidInstallation();
        ValidInstallation.keep(v.cluster, "SYSB", "DEFINE", "SYSB: DEFine VSWITCH VSWOTHER RDEV 2000");
        assertTrue(validate(v).findingsOf("NET-VSWITCH-DUPLICATE").isEmpty());
        var kept = ValidInstallation.keep(v.cluster, "SYSB", "DEFINE", "SYSB: DEFine VSWITCH vsw1 RDEV 2000 /* second */");
        Finding finding = validate(v).findingsOf("NET-VSWITCH-DUPLICATE").get(0);
        assertSame(kept, finding.element());
        assertEquals(List.<EObject>of(v.vswitch), finding.relatedElements());
    }

    @Test
    void portBasedSwitchesRelocateFrom63() {
        ValidInstallation v = new ValidInstallation();
        v.vswitch.setPortAssignment(ssiplan.model.PortAssignment.PORTBASED);
        assertTrue(validate(v).findingsOf("LGR-VSWITCH-PORTBASED").isEmpty());
        v.cluster.setRelease(ZvmRelease.V6_3);
        v.members.forEach(m -> m.setRelease(ZvmRelease.V6_3));
        assertTrue(validate(v).findingsOf("LGR-VSWITCH-PORTBASED").isEmpty());
        v.cluster.setRelease(ZvmRelease.V6_2);
        assertEquals(1, validate(v).findingsOf("LGR-VSWITCH-PORTBASED").size());
    }
}
