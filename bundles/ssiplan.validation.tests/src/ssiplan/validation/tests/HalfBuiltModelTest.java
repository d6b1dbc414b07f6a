package ssiplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import ssiplan.model.Installation;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.ValidationReport;

/**
 * The workbench validates while a planner is still drawing: elements with nothing set, references
 * missing, no planning settings. Validation must report, never throw.
 */
class HalfBuiltModelTest {

    @Test
    void anEmptyInstallationWithoutSettingsHasNoFindings() {
        Installation installation = SsiplanFactory.eINSTANCE.createInstallation();
        assertTrue(RuleCatalogue.standard().validate(installation).isEmpty());
    }

    /** Two levels of every containment filled with fresh, unset elements of every concrete class. */
    @Test
    void freshElementsEverywhereAreReportedNotThrown() {
        Installation installation = SsiplanFactory.eINSTANCE.createInstallation();
        fill(installation, 3);
        ValidationReport report = RuleCatalogue.standard().validate(installation);
        assertTrue(report.hasErrors());
        assertFalse(report.findingsOf("SSI-NAME").isEmpty());
        assertFalse(report.findingsOf("SSI-MEMBER-NAME").isEmpty());
        assertFalse(report.findingsOf("SSI-ISLINK-ENDS").isEmpty());
        assertFalse(report.findingsOf("DIR-USERID").isEmpty());
    }

    private static void fill(EObject parent, int depth) {
        if (depth == 0) {
            return;
        }
        for (EReference containment : parent.eClass().getEAllContainments()) {
            List<EObject> children = new ArrayList<>();
            for (EClass type : concreteSubtypes(containment.getEReferenceType())) {
                children.add(EcoreUtil.create(type));
                if (!containment.isMany()) {
                    break;
                }
            }
            if (containment.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) parent.eGet(containment);
                list.addAll(children);
            } else if (!children.isEmpty()) {
                parent.eSet(containment, children.get(0));
            }
            children.forEach(child -> fill(child, depth - 1));
        }
    }

    private static List<EClass> concreteSubtypes(EClass type) {
        List<EClass> types = new ArrayList<>();
        for (var classifier : SsiplanPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c)) {
                types.add(c);
            }
        }
        return types;
    }
}
