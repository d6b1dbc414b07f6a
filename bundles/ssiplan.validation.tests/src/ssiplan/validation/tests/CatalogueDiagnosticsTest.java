package ssiplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ssiplan.model.SsiplanPackage;
import ssiplan.validation.CatalogueDiagnostics;
import ssiplan.validation.Finding;
import ssiplan.validation.RuleCatalogue;

class CatalogueDiagnosticsTest {

    @AfterEach
    void unregister() {
        EValidator.Registry.INSTANCE.remove(SsiplanPackage.eINSTANCE);
    }

    @Test
    void emfDiagnosticianRunsTheCatalogueOncePerInstallation() {
        CatalogueDiagnostics.register();
        ValidInstallation v = new ValidInstallation();
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(v.installation).getSeverity());

        v.sysb.setSlot(1);
        v.sysc.setMacPrefix("020001");
        Diagnostic result = Diagnostician.INSTANCE.validate(v.installation);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertEquals(2, result.getChildren().size(), result::toString);
        Diagnostic slot = result.getChildren().get(0);
        assertTrue(slot.getMessage().startsWith("SSI-SLOT-DUPLICATE: members SYSA and SYSB"), slot.getMessage());
        assertEquals(CatalogueDiagnostics.SOURCE, slot.getSource());
        assertSame(v.sysb, slot.getData().get(0));
        assertTrue(slot.getData().get(slot.getData().size() - 1) instanceof Finding);
        assertEquals(Diagnostic.WARNING, result.getChildren().get(1).getSeverity());
    }

    @Test
    void aReportBecomesOneDiagnosticTree() {
        ValidInstallation v = new ValidInstallation();
        v.lnx001.setChpidVirtualizationOne(false);
        Diagnostic diagnostic = CatalogueDiagnostics.toDiagnostic(RuleCatalogue.standard().validate(v.installation), v.installation);
        assertEquals(Diagnostic.INFO, diagnostic.getSeverity());
        assertEquals("SSI Planner rule catalogue: 0 errors, 0 warnings, 1 info", diagnostic.getMessage());
        assertSame(v.lnx001, diagnostic.getChildren().get(0).getData().get(0));
    }
}
