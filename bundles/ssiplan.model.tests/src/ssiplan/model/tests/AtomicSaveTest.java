package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.model.Member;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.resource.AtomicFileReplacement;
import ssiplan.model.resource.InstallationStore;

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void secondSaveKeepsThePreviousVersionAsBak() throws Exception {
        InstallationStore store = new InstallationStore();
        SampleInstallation sample = new SampleInstallation();
        Path file = dir.resolve("lab.ssiplan");
        store.save(sample.installation, file);
        assertFalse(Files.exists(InstallationStore.backupOf(file)), "nothing to back up on the first save");
        byte[] first = Files.readAllBytes(file);

        sample.installation.setName("Renamed");
        store.save(sample.installation, file);

        assertEquals(dir.resolve("lab.ssiplan.bak"), InstallationStore.backupOf(file));
        assertArrayEquals(first, Files.readAllBytes(InstallationStore.backupOf(file)));
        assertEquals("Renamed", store.load(file).getName());
        assertEquals(Set.of(Path.of("lab.ssiplan"), Path.of("lab.ssiplan.bak")), PersistenceRoundTripTest.filesIn(dir));
    }

    @Test
    void writerFailingHalfwayLeavesFileAndBakUntouched() throws Exception {
        InstallationStore good = new InstallationStore();
        SampleInstallation sample = new SampleInstallation();
        Path file = dir.resolve("lab.ssiplan");
        good.save(sample.installation, file);
        sample.installation.setName("Second");
        good.save(sample.installation, file);
        byte[] current = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(InstallationStore.backupOf(file));

        // A disk that fills up after the first bytes: part of the document is written, then the write fails.
        InstallationStore failing = new InstallationStore() {
            @Override
            protected void write(Resource resource, OutputStream out) throws IOException {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ssiplan:Installation".getBytes());
                out.flush();
                throw new IOException("No space left on device");
            }
        };
        sample.installation.setName("Third");
        IOException e = assertThrows(IOException.class, () -> failing.save(sample.installation, file));
        assertEquals("No space left on device", e.getMessage());

        assertArrayEquals(current, Files.readAllBytes(file), "target must not be truncated");
        assertArrayEquals(backup, Files.readAllBytes(InstallationStore.backupOf(file)), ".bak is untouched by a failed save");
        assertEquals(Set.of(Path.of("lab.ssiplan"), Path.of("lab.ssiplan.bak")), PersistenceRoundTripTest.filesIn(dir),
                "no temporary file is left behind");
        assertEquals("Second", good.load(file).getName());
    }

    @Test
    void modelThatCannotBeSerialisedFailsWithoutTouchingTheFile() throws Exception {
        InstallationStore store = new InstallationStore();
        SampleInstallation sample = new SampleInstallation();
        Path file = dir.resolve("lab.ssiplan");
        store.save(sample.installation, file);
        byte[] before = Files.readAllBytes(file);

        // A reference to a member that is in no resource cannot be written as an id: EMF fails mid-save.
        Member stray = SsiplanFactory.eINSTANCE.createMember();
        stray.setName("STRAY");
        sample.linuxGuest.setHomeMember(stray);
        assertThrows(IOException.class, () -> store.save(sample.installation, file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(InstallationStore.backupOf(file)));
        assertEquals(Set.of(Path.of("lab.ssiplan")), PersistenceRoundTripTest.filesIn(dir));
    }

    @Test
    void saveKeepsTheFilePermissions() throws Exception {
        InstallationStore store = new InstallationStore();
        SampleInstallation sample = new SampleInstallation();
        Path file = dir.resolve("lab.ssiplan");
        store.save(sample.installation, file);
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        store.save(sample.installation, file);
        assertTrue(Files.getPosixFilePermissions(file)
                .equals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----")));
    }

    @Test
    void plainWriteReplacesWithoutBakAndAFailedOneLeavesTheOldContent() throws Exception {
        Path file = dir.resolve("lab.layout.json");
        AtomicFileReplacement.write(file, "first".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AtomicFileReplacement.write(file, "second".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("second", Files.readString(file));
        assertEquals(Set.of(Path.of("lab.layout.json")), PersistenceRoundTripTest.filesIn(dir), "no .bak, no temporary left");
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(file));

        assertThrows(IOException.class, () -> AtomicFileReplacement.write(file, out -> {
            out.write("half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("second", Files.readString(file));
        assertEquals(Set.of(Path.of("lab.layout.json")), PersistenceRoundTripTest.filesIn(dir));
    }
}
