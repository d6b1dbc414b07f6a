package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.UserEntry;
import ssiplan.model.resource.InstallationStore;
import ssiplan.model.resource.SsiplanResource;
import ssiplan.model.resource.SsiplanResourceFactory;

class PersistenceRoundTripTest {

    @TempDir
    Path dir;

    private final InstallationStore store = new InstallationStore();

    @Test
    void savedInstallationReloadsEqualWithTheSameIds() throws Exception {
        SampleInstallation sample = new SampleInstallation();
        Path file = dir.resolve("lab.ssiplan");
        store.save(sample.installation, file);
        List<String> savedIds = ids(sample.installation);

        Installation loaded = store.load(file);

        assertTrue(EcoreUtil.equals(sample.installation, loaded), "reloaded model differs from the saved one");
        assertEquals(savedIds, ids(loaded));
        assertEquals(savedIds.size(), new HashSet<>(savedIds).size(), "ids are unique");
        UserEntry guest = (UserEntry) loaded.getClusters().get(0).getVirtualMachines().get(0);
        assertEquals("SYSB", guest.getHomeMember().getName());
        assertEquals(guest.getHomeMember(), guest.getRelocationDomain().getMembers().get(0));
        assertEquals(loaded.getCecs().get(1).getLpars().get(0), guest.getHomeMember().getLpar());
    }

    @Test
    void everyElementGetsAUuidWhenAttachedAndKeepsItAcrossSaves() throws Exception {
        SampleInstallation sample = new SampleInstallation();
        Path file = dir.resolve("lab.ssiplan");
        store.save(sample.installation, file);
        for (String id : ids(sample.installation)) {
            assertNotNull(id);
            assertTrue(id.startsWith("_") && id.length() == 23, "EMF UUID expected, got " + id);
        }
        String memberId = id(sample.sysa);

        Member added = SsiplanFactory.eINSTANCE.createMember();
        added.setName("SYSD");
        added.setSlot(4);
        sample.cluster.getMembers().add(added);
        assertNotNull(id(added), "an element added to a saved model gets its id on creation");
        store.save(sample.installation, file);

        Installation reloaded = store.load(file);
        Member sysa = reloaded.getClusters().get(0).getMembers().get(0);
        assertEquals(memberId, id(sysa));
        assertEquals(id(added), id(reloaded.getClusters().get(0).getMembers().get(3)));
    }

    @Test
    void fileIsReadableXmiWithIdReferences() throws Exception {
        SampleInstallation sample = new SampleInstallation();
        Path file = dir.resolve("lab.ssiplan");
        store.save(sample.installation, file);
        String xml = Files.readString(file, StandardCharsets.UTF_8);

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertTrue(xml.contains("xmlns:ssiplan=\"http://ssiplan/model/1.0\""));
        assertTrue(xml.contains("<members xmi:id=\"" + id(sample.sysa) + "\""));
        assertTrue(xml.contains("homeMember=\"" + id(sample.sysb) + "\""), "references are written as ids");
        assertFalse(xml.contains("href="), "a self-contained file has no cross-document hrefs");
    }

    @Test
    void factoryRegistersForStandaloneUse() throws Exception {
        ResourceSet resourceSet = SsiplanResourceFactory.register(new ResourceSetImpl());
        var resource = resourceSet.createResource(org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("x.ssiplan").toString()));
        assertTrue(resource instanceof SsiplanResource);
        resource.getContents().add(new SampleInstallation().installation);
        resource.save(null);
        assertTrue(Files.size(dir.resolve("x.ssiplan")) > 0);
        assertEquals(Boolean.TRUE, ((java.util.Map<?, ?>) ((XMLResource) resource).getDefaultLoadOptions()
                .get(XMLResource.OPTION_PARSER_FEATURES)).get("http://apache.org/xml/features/disallow-doctype-decl"));
    }

    @Test
    void pluginRegistryKnowsTheExtensionWhenRunningInEclipse() {
        Assumptions.assumeTrue(EMFPlugin.IS_ECLIPSE_RUNNING, "only under OSGi (Tycho surefire, the workbench)");
        // The registry holds a lazy descriptor; getFactory resolves it the way a resource set does.
        assertTrue(Resource.Factory.Registry.INSTANCE.getFactory(org.eclipse.emf.common.util.URI.createFileURI("/any/plan.ssiplan"))
                instanceof SsiplanResourceFactory);
        assertTrue(new ResourceSetImpl().createResource(org.eclipse.emf.common.util.URI.createFileURI("/any/plan.ssiplan"))
                instanceof SsiplanResource);
        assertTrue(EPackage.Registry.INSTANCE.getEPackage(ssiplan.model.SsiplanPackage.eNS_URI) != null);
    }

    static List<String> ids(Installation installation) {
        List<String> ids = new ArrayList<>();
        ids.add(id(installation));
        for (TreeIterator<EObject> all = installation.eAllContents(); all.hasNext();) {
            ids.add(id(all.next()));
        }
        return ids;
    }

    static String id(EObject object) {
        return ((XMLResource) object.eResource()).getID(object);
    }

    static Set<Path> filesIn(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return new HashSet<>(files.map(Path::getFileName).toList());
        }
    }
}
