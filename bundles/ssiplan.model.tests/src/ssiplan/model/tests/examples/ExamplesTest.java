package ssiplan.model.tests.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ssiplan.model.Installation;
import ssiplan.model.examples.Examples;
import ssiplan.model.resource.InstallationStore;
import ssiplan.model.resource.SsiplanResourceFactory;

class ExamplesTest {

    @TempDir
    Path dir;

    private final InstallationStore store = new InstallationStore();

    static Stream<String> names() {
        return Examples.names().stream();
    }

    @Test
    void namesAreTheFourBundledExamplesInContractOrder() {
        assertEquals(List.of("four-member-two-cec", "dr-two-sites", "utility-lpar", "mixed-generations"), Examples.names());
        for (String name : Examples.names()) {
            assertFalse(Examples.description(name).isBlank(), name);
        }
    }

    @Test
    void unknownNameIsRejectedWithTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Examples.create("three-member"));
        assertTrue(e.getMessage().contains("three-member"), e.getMessage());
        for (String name : Examples.names()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Examples.description(null));
    }

    @ParameterizedTest
    @MethodSource("names")
    void createsAFreshDetachedInstallationEachTime(String name) {
        Installation first = Examples.create(name);
        Installation second = Examples.create(name);
        assertNotSame(first, second);
        assertNull(first.eResource(), "not attached to a resource");
        assertTrue(EcoreUtil.equals(first, second), "same content each time");
    }

    @ParameterizedTest
    @MethodSource("names")
    void followsTheSsiRules(String name) {
        Installation installation = Examples.create(name);
        assertEquals(List.of(), SsiInvariants.check(installation));
        assertEquals(List.of(), SsiInvariants.overlappingExtents(installation));
    }

    @ParameterizedTest
    @MethodSource("names")
    void savesReloadsEqualWithTheSameIds(String name) throws Exception {
        Installation installation = Examples.create(name);
        Path file = dir.resolve(name + ".ssiplan");
        store.save(installation, file);

        Installation loaded = store.load(file);

        assertTrue(EcoreUtil.equals(installation, loaded), "reloaded model differs from the saved one");
        assertEquals(ids(installation), ids(loaded));
        assertEquals(ids(loaded).size(), ids(loaded).stream().distinct().count(), "ids are unique");
        for (String id : ids(loaded)) {
            assertTrue(id.matches("_[A-Za-z0-9_-]{22}"), "EMF UUID form expected, got " + id);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void savingTwoBuildsGivesIdenticalBytes(String name) throws Exception {
        Path first = dir.resolve("first.ssiplan");
        Path second = dir.resolve("second.ssiplan");
        store.save(Examples.create(name), first);
        store.save(Examples.create(name), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        Installation loaded = store.load(first);
        Path again = dir.resolve("again.ssiplan");
        store.save(loaded, again);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again), "load + save changes nothing");
    }

    @Test
    void examplesHaveDifferentIds() {
        List<String> a = ids(Examples.create("four-member-two-cec"));
        List<String> b = ids(Examples.create("mixed-generations"));
        assertTrue(a.stream().noneMatch(b::contains), "two examples share element ids");
    }

    /** Element ids in containment order; an installation not yet saved is put into a resource to get them. */
    static List<String> ids(Installation installation) {
        if (installation.eResource() == null) {
            SsiplanResourceFactory.register(new ResourceSetImpl()).createResource(URI.createFileURI("/tmp/ids.ssiplan"))
                    .getContents().add(installation);
        }
        List<String> ids = new ArrayList<>();
        ids.add(EcoreUtil.getURI(installation).fragment());
        for (var all = installation.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            ids.add(EcoreUtil.getURI(element).fragment());
        }
        return ids;
    }
}
