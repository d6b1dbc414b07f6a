package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;

import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.provider.SsiplanItemProviderAdapterFactory;

/** The edit layer: readable labels and a property for every attribute and reference. */
class ItemProviderTest {

    private final SsiplanItemProviderAdapterFactory factory = new SsiplanItemProviderAdapterFactory();
    private final SampleInstallation sample = new SampleInstallation();

    @Test
    void labelsReadLikeZvm() {
        assertEquals("SYSA (slot 1)", text(sample.sysa));
        assertEquals("LNX017 4G", text(sample.linuxGuest));
        assertEquals("MAINT 256M (IDENTITY)", text(sample.maint));
        assertEquals("SYSA - SYSB (2 CTCs)", text(sample.linkAb));
        assertEquals("PLEX1 (z/VM 7.3)", text(sample.cluster));
        assertEquals("CEC2 z16 512G", text(sample.cec2));
        assertEquals("VMCOM1 3390-9 COMMON", text(sample.common));
        assertEquals("PRODDOM: SYSB SYSC", text(sample.prodDomain));
        assertEquals("MDISK 0100 LX0001 10016 cyl MR", text(sample.linuxGuest.getMinidisks().get(0)));
        assertEquals("NICDEF 0800 QDIO VSW1", text(sample.linuxGuest.getNics().get(0)));
        assertEquals("CTC 4A00 - 5A00", text(sample.linkAb.getCtcConnections().get(0)));
        assertEquals("OSA1 EQID OSASET1", text(sample.osaA));
    }

    @Test
    void everyConcreteClassHasLabelIconAndPropertyDescriptors() {
        for (EClassifier classifier : SsiplanPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
                continue;
            }
            EObject element = SsiplanFactory.eINSTANCE.create(eClass);
            String label = text(element);
            assertTrue(label != null && !label.isBlank(), eClass.getName());
            assertNotNull(((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getImage(element), eClass.getName());

            IItemPropertySource source = (IItemPropertySource) factory.adapt(element, IItemPropertySource.class);
            Set<Object> described = source.getPropertyDescriptors(element).stream()
                    .map(d -> d.getFeature(element)).collect(Collectors.toSet());
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                boolean containment = feature instanceof org.eclipse.emf.ecore.EReference r && r.isContainment();
                if (!containment) {
                    assertTrue(described.contains(feature), eClass.getName() + "." + feature.getName() + " has no property");
                }
            }
        }
    }

    @Test
    void containedElementsAreTreeChildren() {
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(sample.cluster, ITreeItemContentProvider.class);
        List<?> children = List.copyOf(tree.getChildren(sample.cluster));
        assertTrue(children.contains(sample.sysa));
        assertTrue(children.contains(sample.linuxGuest));
        IItemPropertyDescriptor release = ((IItemPropertySource) factory.adapt(sample.cluster, IItemPropertySource.class))
                .getPropertyDescriptor(sample.cluster, "release");
        assertNotNull(release);
    }

    private String text(EObject element) {
        return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
    }
}
