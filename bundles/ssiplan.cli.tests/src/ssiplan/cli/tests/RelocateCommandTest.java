package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ssiplan.cli.Exit;

/** {@code ssiplan relocate}: TEST and MOVE in words and JSON, exit codes, and what it says about bad input. */
class RelocateCommandTest {

	@TempDir
	Path dir;

	private String file;

	@BeforeEach
	void writePlant() {
		file = new RelocationPlant().saveTo(dir.resolve("plant.ssiplan")).toString();
	}

	private static JsonNode json(CliRun run) throws IOException {
		return new ObjectMapper().readTree(run.out());
	}

	private static List<String> codes(JsonNode reasons) {
		List<String> out = new ArrayList<>();
		reasons.forEach(r -> out.add(r.get("code").asText()));
		return out;
	}

	@Test
	void testOfAnEligibleGuestSaysSoAndExitsZero() {
		CliRun run = CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSB", "--test");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("VMRELOCATE TEST LNX1 TO SYSB"), run::toString);
		assertTrue(run.out().contains("User LNX1 is eligible for relocation from SYSA to SYSB"), run::toString);
	}

	@Test
	void testOfAnIneligibleGuestListsEachReasonWithCodeAndMessageAndExitsOne() {
		CliRun run = CliRun.of("relocate", file, "--guest", "lnx2", "--to", "SYSB", "--test");
		assertEquals(Exit.NO, run.exitCode(), run::toString);
		assertTrue(run.out().contains("User LNX2 is not eligible for relocation from SYSA to SYSB for the following reason(s):"),
				run::toString);
		assertTrue(run.out().contains("LGR-VMRELOCATE-OFF  LNX2 has VMRELOCATE OFF"), run::toString);
		assertTrue(run.out().contains("LGR-TDISK           LNX2: virtual device 0300 is a T-disk"), run::toString);
	}

	@Test
	void testJsonHasTheReasonsAndNoPasses() throws IOException {
		JsonNode j = json(CliRun.of("relocate", file, "--guest", "LNX2", "--to", "SYSB", "--test", "--json"));
		assertEquals("TEST", j.get("action").asText());
		assertEquals("LNX2", j.get("guest").asText());
		assertEquals("SYSA", j.get("from").asText());
		assertEquals("SYSB", j.get("to").asText());
		assertFalse(j.get("eligible").asBoolean());
		assertEquals("not eligible", j.get("outcome").asText());
		assertEquals(List.of("LGR-VMRELOCATE-OFF", "LGR-TDISK"), codes(j.get("reasons")));
		assertTrue(j.get("reasons").get(1).get("message").asText().contains("T-disk"));
		assertTrue(j.get("relocationSeconds").isNull());
		assertEquals(0, j.get("passes").size());
	}

	@Test
	void moveShowsEachPassTheQuiesceTheTimeAndTheEndingCode() {
		CliRun run = CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSC");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		String out = run.out();
		assertTrue(out.startsWith("VMRELOCATE MOVE LNX1 TO SYSC SYNCHRONOUS"), out);
		assertTrue(out.contains("Relocation of LNX1 from SYSA to SYSC started (MAXTOTAL NOLIMIT, MAXQUIESCE 10 s)"), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("\\s+1\\s+262,144\\s+\\d+\\.\\d{3}")), "pass 1 sends the touched 1 GiB: " + out);
		assertTrue(out.lines().anyMatch(l -> l.matches("\\s+\\d+\\s+quiesced\\s+[\\d,]+\\s+\\d+\\.\\d{3}")), out);
		assertTrue(out.contains("Quiesce time: ") && out.contains("Relocation time: "), out);
		assertTrue(out.contains("Outcome: completed (ending code 00, relocation completed); LNX1 now runs on SYSC"), out);
	}

	@Test
	void moveJsonHasPassesThatAddUp() throws IOException {
		JsonNode j = json(CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSB", "--json"));
		assertEquals("MOVE", j.get("action").asText());
		assertTrue(j.get("eligible").asBoolean());
		assertEquals(0, j.get("reasons").size());
		assertEquals("completed", j.get("outcome").asText());
		assertEquals("00", j.get("endingCode").asText());
		assertEquals("SYSB", j.get("guestRunsOn").asText());
		JsonNode passes = j.get("passes");
		assertTrue(passes.size() >= 3, j::toString);
		long pages = 0;
		double seconds = 0;
		for (JsonNode p : passes) {
			pages += p.get("pages").asLong();
			seconds += p.get("seconds").asDouble();
		}
		assertEquals(262_144, passes.get(0).get("pages").asLong());
		assertEquals(j.get("pagesSent").asLong(), pages);
		assertTrue(j.get("relocationSeconds").asDouble() >= seconds - 1e-5, j::toString);
		assertTrue(j.get("quiesceSeconds").asDouble() > 0);
		assertTrue(passes.get(passes.size() - 1).get("quiesced").asBoolean());
		assertEquals("NOLIMIT", j.get("options").get("maxTotalSeconds").asText());
		assertEquals(10, j.get("options").get("maxQuiesceSeconds").asDouble());
	}

	@Test
	void maxQuiesceBreachedIsCancelledWithCode05AndTheGuestStaysOnTheSource() throws IOException {
		CliRun normal = CliRun.of("relocate", file, "--guest", "JAVA1", "--to", "SYSB");
		assertEquals(Exit.OK, normal.exitCode(), normal::toString);
		CliRun run = CliRun.of("relocate", file, "--guest", "JAVA1", "--to", "SYSB", "--maxquiesce", "1");
		assertEquals(Exit.NO, run.exitCode(), run::toString);
		assertTrue(run.out().contains("MAXQUIESCE 1 s"), run::toString);
		assertTrue(run.out().contains("Outcome: cancelled (ending code 05, MAXQUIESCE time exceeded"), run::toString);
		assertTrue(run.out().contains("JAVA1 continues to run on SYSA"), run::toString);
		JsonNode j = json(CliRun.of("relocate", file, "--guest", "JAVA1", "--to", "SYSB", "--maxquiesce", "1", "--json"));
		assertEquals("cancelled", j.get("outcome").asText());
		assertEquals("05", j.get("endingCode").asText());
		assertEquals("SYSA", j.get("guestRunsOn").asText());
		assertEquals(1.0, j.get("quiesceSeconds").asDouble(), 1e-6);
	}

	@Test
	void maxTotalBreachedIsCode04() throws IOException {
		JsonNode j = json(CliRun.of("relocate", file, "--guest", "JAVA1", "--to", "SYSB", "--maxtotal", "3", "--json"));
		assertEquals("04", j.get("endingCode").asText());
		assertEquals(3.0, j.get("relocationSeconds").asDouble(), 1e-6);
		assertEquals(3.0, j.get("options").get("maxTotalSeconds").asDouble());
	}

	@Test
	void immediateMakesOnePassBeforeTheQuiesce() throws IOException {
		JsonNode j = json(CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSB", "--immediate", "--json"));
		assertEquals("completed", j.get("outcome").asText());
		assertEquals(3, j.get("passes").size());
		assertFalse(j.get("passes").get(0).get("quiesced").asBoolean());
		assertTrue(j.get("options").get("immediate").asBoolean());
		assertEquals("NOLIMIT", j.get("options").get("maxQuiesceSeconds").asText());
	}

	@Test
	void forceDomainAllowsAnOutOfDomainMove() {
		CliRun refused = CliRun.of("relocate", file, "--guest", "PROD1", "--to", "SYSC");
		assertEquals(Exit.NO, refused.exitCode(), refused::toString);
		assertTrue(refused.out().contains("LGR-DOMAIN"), refused::toString);
		assertTrue(refused.out().contains("the relocation was not started"), refused::toString);
		assertTrue(refused.out().contains("PROD1 continues to run on SYSA"), refused::toString);
		CliRun forced = CliRun.of("relocate", file, "--guest", "PROD1", "--to", "SYSC", "--force", "domain");
		assertEquals(Exit.OK, forced.exitCode(), forced::toString);
		assertTrue(forced.out().contains("FORCE DOMAIN"), forced::toString);
		CliRun tested = CliRun.of("relocate", file, "--guest", "PROD1", "--to", "SYSC", "--test", "--force", "DOMAIN", "ARCHITECTURE");
		assertEquals(Exit.OK, tested.exitCode(), tested::toString);
	}

	@Test
	void unknownGuestOrMemberIsAUsageErrorThatNamesWhatExists() {
		CliRun guest = CliRun.of("relocate", file, "--guest", "NOSUCH", "--to", "SYSB");
		assertEquals(Exit.USAGE, guest.exitCode(), guest::toString);
		assertTrue(guest.err().contains("no guest NOSUCH") && guest.err().contains("LNX1, JAVA1, LNX2, PROD1"), guest::toString);
		CliRun member = CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSQ");
		assertEquals(Exit.USAGE, member.exitCode(), member::toString);
		assertTrue(member.err().contains("no member SYSQ") && member.err().contains("SYSA, SYSB, SYSC"), member::toString);
	}

	@Test
	void badOperandsAndUnreadableFilesAreUsageErrors() throws IOException {
		assertUsage(CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSB", "--maxquiesce", "0"), "--maxquiesce 0");
		assertUsage(CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSB", "--maxtotal", "soon"), "NOLIMIT");
		assertUsage(CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSB", "--force", "MEMORY"), "ARCHITECTURE, DOMAIN or STORAGE");
		assertUsage(CliRun.of("relocate", file, "--to", "SYSB"), "--guest");
		assertUsage(CliRun.of("relocate", dir.resolve("absent.ssiplan").toString(), "--guest", "LNX1", "--to", "SYSB"), "absent.ssiplan");
		Path broken = dir.resolve("broken.ssiplan");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<ssiplan:Installation xmlns:ssiplan=\"http://ssiplan/model/1.0\"\n");
		assertUsage(CliRun.of("relocate", broken.toString(), "--guest", "LNX1", "--to", "SYSB"), broken + ":");
	}

	private static void assertUsage(CliRun run, String says) {
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains(says), () -> "'" + says + "' in " + run);
	}

	@Test
	void aModelTheSimulationCannotUseIsAUsageErrorNamingTheElement() throws IOException {
		RelocationPlant plant = new RelocationPlant();
		plant.cluster.getIsfcLinks().get(0).getCtcConnections().get(0).setChpidA(null);
		plant.cluster.getIsfcLinks().get(0).getCtcConnections().get(0).setChpidB(null);
		Path f = plant.saveTo(dir.resolve("nochpid.ssiplan"));
		assertUsage(CliRun.of("relocate", f.toString(), "--guest", "LNX1", "--to", "SYSB"), "ISFC link SYSA-SYSB");
	}

	@Test
	void theFileIsOnlyRead() throws IOException {
		byte[] before = Files.readAllBytes(Path.of(file));
		CliRun.of("relocate", file, "--guest", "LNX1", "--to", "SYSB");
		CliRun.of("relocate", file, "--guest", "JAVA1", "--to", "SYSC", "--maxquiesce", "1", "--json");
		assertArrayEquals(before, Files.readAllBytes(Path.of(file)));
		assertFalse(Files.exists(Path.of(file + ".bak")), "nothing was saved");
	}

	@Test
	void theFourMemberExampleRelocatesAGuestAndRefusesAFixedOne() throws IOException {
		Path example = dir.resolve("four.ssiplan");
		ssiplan.cli.InstallationFiles.save(ssiplan.model.examples.Examples.create("four-member-two-cec"), example);
		CliRun move = CliRun.of("relocate", example.toString(), "--guest", "LXDNS01", "--to", "SYSB", "--json");
		assertEquals(Exit.OK, move.exitCode(), move::toString);
		JsonNode j = json(move);
		assertEquals("SYSA", j.get("from").asText());
		assertEquals("completed", j.get("outcome").asText());
		CliRun fixed = CliRun.of("relocate", example.toString(), "--guest", "LXTMP01", "--to", "SYSA", "--test");
		assertEquals(Exit.NO, fixed.exitCode(), fixed::toString);
		assertTrue(fixed.out().contains("LGR-TDISK") && fixed.out().contains("LGR-VMRELOCATE-OFF"), fixed::toString);
	}

	@Test
	void aFileWithSeveralClustersUsesTheGuestsClusterOrTheOneNamed() throws IOException {
		RelocationPlant plant = new RelocationPlant();
		ssiplan.model.SsiCluster other = ssiplan.model.SsiplanFactory.eINSTANCE.createSsiCluster();
		other.setName("PLEX2");
		plant.installation.getClusters().add(other);
		Path f = plant.saveTo(dir.resolve("two.ssiplan"));
		CliRun found = CliRun.of("relocate", f.toString(), "--guest", "LNX1", "--to", "SYSB", "--test");
		assertEquals(Exit.OK, found.exitCode(), found::toString);
		CliRun named = CliRun.of("relocate", f.toString(), "--guest", "LNX1", "--to", "SYSB", "--test", "--cluster", "plex1");
		assertEquals(Exit.OK, named.exitCode(), named::toString);
		assertUsage(CliRun.of("relocate", f.toString(), "--guest", "LNX1", "--to", "SYSB", "--cluster", "PLEX9"), "PLEX1, PLEX2");
		assertUsage(CliRun.of("relocate", f.toString(), "--guest", "NOSUCH", "--to", "SYSB"), "PLEX1, PLEX2");
	}
}
