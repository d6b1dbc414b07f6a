package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.model.Installation;
import ssiplan.model.resource.InstallationLoadException;
import ssiplan.model.resource.InstallationStore;
import ssiplan.model.resource.LoadProblem;

/** A broken file is rejected as a whole, with file:line:col and what is wrong. */
class MalformedFileTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ssiplan:Installation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ssiplan="http://ssiplan/model/1.0" xmi:id="_inst" name="LAB">
            """;
    private static final String TAIL = """
              <settings xmi:id="_set"/>
            </ssiplan:Installation>
            """;

    @TempDir
    Path dir;

    private final InstallationStore store = new InstallationStore();

    @Test
    void wellFormedHandWrittenFileLoadsAndGetsIdsWhereMissing() throws Exception {
        Path file = write("ok.ssiplan", HEAD + """
                  <clusters xmi:id="_c" name="PLEX1">
                    <members xmi:id="_m1" name="SYSA" slot="1"/>
                    <members name="SYSB" slot="2"/>
                    <virtualMachines xsi:type="ssiplan:UserEntry" xmi:id="_g" userid="LNX1" homeMember="_m1"/>
                  </clusters>
                """ + TAIL);
        Installation loaded = store.load(file);
        assertEquals("SYSA", ((ssiplan.model.UserEntry) loaded.getClusters().get(0).getVirtualMachines().get(0)).getHomeMember().getName());
        String assigned = PersistenceRoundTripTest.id(loaded.getClusters().get(0).getMembers().get(1));
        assertTrue(assigned != null && assigned.startsWith("_"), "an element without xmi:id gets one on load");
        assertEquals("_m1", PersistenceRoundTripTest.id(loaded.getClusters().get(0).getMembers().get(0)));
    }

    @Test
    void badXmlNamesLineAndColumn() throws Exception {
        Path file = write("bad.ssiplan", HEAD + """
                  <clusters xmi:id="_c" name=PLEX1>
                  </clusters>
                """ + TAIL);
        LoadProblem problem = single(file);
        assertEquals(3, problem.line());
        assertEquals(30, problem.column());
        assertTrue(problem.toString().startsWith(file + ":3:30: "), problem.toString());
    }

    @Test
    void unknownElementIsAnError() throws Exception {
        Path file = write("unknown.ssiplan", HEAD + """
                  <clusters xmi:id="_c" name="PLEX1">
                    <memberz xmi:id="_m1" name="SYSA"/>
                  </clusters>
                """ + TAIL);
        LoadProblem problem = first(file);
        assertEquals(4, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.message().contains("memberz"), problem.message());
        assertTrue(problem.toString().startsWith(file + ":4:"), problem.toString());
    }

    @Test
    void unknownAttributeIsAnError() throws Exception {
        Path file = write("attr.ssiplan", HEAD + """
                  <clusters xmi:id="_c" name="PLEX1" colour="red"/>
                """ + TAIL);
        LoadProblem problem = first(file);
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("colour"), problem.message());
    }

    @Test
    void danglingReferenceIsAnError() throws Exception {
        Path file = write("dangling.ssiplan", HEAD + """
                  <clusters xmi:id="_c" name="PLEX1">
                    <members xmi:id="_m1" name="SYSA" slot="1"/>
                    <virtualMachines xsi:type="ssiplan:UserEntry" xmi:id="_g" userid="LNX1" homeMember="_gone"/>
                  </clusters>
                """ + TAIL);
        LoadProblem problem = first(file);
        assertEquals(5, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.message().contains("_gone"), problem.message());
    }

    @Test
    void badEnumLiteralIsAnError() throws Exception {
        Path file = write("enum.ssiplan", HEAD + """
                  <clusters xmi:id="_c" name="PLEX1" release="9.9"/>
                """ + TAIL);
        LoadProblem problem = first(file);
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("9.9"), problem.message());
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        Path file = write("xxe.ssiplan", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE ssiplan:Installation [ <!ENTITY xxe SYSTEM "%s"> ]>
                <ssiplan:Installation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ssiplan="http://ssiplan/model/1.0" name="&xxe;"/>
                """.formatted(secret.toUri()));
        InstallationLoadException e = assertThrows(InstallationLoadException.class, () -> store.load(file));
        LoadProblem problem = e.getProblems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("DOCTYPE"), problem.message());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void externalDtdIsRefused() throws Exception {
        Path file = write("dtd.ssiplan", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE ssiplan:Installation SYSTEM "http://127.0.0.1:9/evil.dtd">
                <ssiplan:Installation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ssiplan="http://ssiplan/model/1.0"/>
                """);
        assertEquals(2, single(file).line());
    }

    @Test
    void referenceToAnotherFileIsRefused() throws Exception {
        write("other.ssiplan", HEAD + TAIL);
        Path file = write("cross.ssiplan", HEAD + """
                  <clusters xmi:id="_c" name="PLEX1">
                    <virtualMachines xsi:type="ssiplan:UserEntry" xmi:id="_g" userid="LNX1" homeMember="other.ssiplan#_m1"/>
                  </clusters>
                """ + TAIL);
        LoadProblem problem = first(file);
        assertTrue(problem.message().contains("homeMember") && problem.message().contains("other.ssiplan"), problem.message());
    }

    @Test
    void unknownNamespaceIsAnErrorAndIsNotFetched() throws Exception {
        Path file = write("ns.ssiplan", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ssiplan:Installation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ssiplan="http://127.0.0.1:9/other"/>
                """);
        LoadProblem problem = first(file);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("http://127.0.0.1:9/other"), problem.message());
    }

    @Test
    void wrongRootIsAnError() throws Exception {
        Path file = write("root.ssiplan", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ssiplan:Member xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ssiplan="http://ssiplan/model/1.0" name="SYSA"/>
                """);
        LoadProblem problem = single(file);
        assertTrue(problem.message().contains("Installation") && problem.message().contains("Member"), problem.message());
    }

    @Test
    void missingFileIsAnError() {
        Path file = dir.resolve("absent.ssiplan");
        LoadProblem problem = single(file);
        assertEquals(file + ": file does not exist", problem.toString());
    }

    @Test
    void emptyFileIsAnError() throws Exception {
        Path file = write("empty.ssiplan", "");
        LoadProblem problem = single(file);
        assertEquals(1, problem.line());
    }

    private LoadProblem single(Path file) {
        InstallationLoadException e = assertThrows(InstallationLoadException.class, () -> store.load(file));
        assertEquals(1, e.getProblems().size(), e.getMessage());
        return e.getProblems().get(0);
    }

    private LoadProblem first(Path file) {
        InstallationLoadException e = assertThrows(InstallationLoadException.class, () -> store.load(file));
        return e.getProblems().get(0);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
