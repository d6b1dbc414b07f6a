package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ssiplan.cli.Exit;
import ssiplan.cli.InstallationFiles;
import ssiplan.model.Member;
import ssiplan.model.SsiplanFactory;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.tests.ValidInstallation;

class ValidateCommandTest {

	@TempDir
	Path dir;

	private Path save(ValidInstallation installation, String name) {
		Path file = dir.resolve(name);
		InstallationFiles.save(installation.installation, file);
		return file;
	}

	/** Slot collision, a missing ISFC link and an OSA without EQID: three errors, each with its element. */
	private Path broken() {
		ValidInstallation v = new ValidInstallation();
		v.sysb.setSlot(1);
		v.cluster.getIsfcLinks().remove(v.links.get(5)); // SYSC - SYSD
		v.osas.get(2).setEqid(null);
		return save(v, "broken.ssiplan");
	}

	@Test
	void correctInstallationExitsZero() {
		Path file = save(new ValidInstallation(), "good.ssiplan");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains(file + ": 0 errors, 0 warnings, 0 infos"), run::toString);
	}

	@Test
	void brokenInstallationNamesEachRuleAndElementAndExitsOne() {
		Path file = broken();
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(Exit.NO, run.exitCode(), run::toString);
		assertTrue(run.out().contains("ERROR SSI-SLOT-DUPLICATE SYSB (slot 1): members SYSA and SYSB both occupy SSI slot 1"), run::toString);
		assertTrue(run.out().contains("ERROR SSI-ISLINK-MESH SYSC (slot 3): members SYSC and SYSD have no ISFC link"), run::toString);
		assertTrue(run.out().contains("ERROR LGR-EQID OSA-SYSC: OSA OSA-SYSC backs VSWITCH VSW1 on SYSC but has no EQID"), run::toString);
		assertTrue(run.out().contains(file + ": 3 errors, 0 warnings, 0 infos"), run::toString);
	}

	@Test
	void jsonListsRuleSeverityElementMessageAndQuickFix() throws IOException {
		Path file = broken();
		CliRun run = CliRun.of("validate", file.toString(), "--json");
		assertEquals(Exit.NO, run.exitCode(), run::toString);
		JsonNode findings = new ObjectMapper().readTree(run.out());
		assertTrue(findings.isArray());
		Set<String> rules = new HashSet<>();
		for (JsonNode finding : findings) {
			rules.add(finding.get("rule").asText());
			assertEquals("ERROR", finding.get("severity").asText());
			assertFalse(finding.get("element").get("label").asText().isBlank(), finding::toString);
			assertFalse(finding.get("element").get("id").asText().isBlank(), finding::toString);
			assertTrue(finding.get("element").get("path").asText().startsWith("/@"), finding::toString);
			assertFalse(finding.get("message").asText().isBlank());
			assertTrue(finding.has("quickFix"));
		}
		assertEquals(Set.of("SSI-SLOT-DUPLICATE", "SSI-ISLINK-MESH", "LGR-EQID"), rules);
		for (JsonNode finding : findings) {
			switch (finding.get("rule").asText()) {
			case "SSI-SLOT-DUPLICATE" -> {
				assertEquals("move SYSB to slot 2", finding.get("quickFix").asText());
				assertEquals("Member", finding.get("element").get("type").asText());
				assertEquals("SYSA (slot 1)", finding.get("related").get(0).get("label").asText());
			}
			case "SSI-ISLINK-MESH" -> assertEquals("add an ISFC link SYSC - SYSD", finding.get("quickFix").asText());
			default -> assertTrue(finding.get("quickFix").isNull(), finding::toString);
			}
		}
	}

	@Test
	void corruptFileExitsTwoWithFileLineColumn() throws IOException {
		Path file = dir.resolve("corrupt.ssiplan");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<ssiplan:Installation xmlns:ssiplan=\"http://ssiplan/model/1.0\">\n  <cecs name=\"A\"\n</ssiplan:Installation>\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains(file + ":4:"), run::toString);
	}

	@Test
	void missingFileArgumentIsAUsageError() {
		CliRun run = CliRun.of("validate");
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("FILE"), run::toString);
	}

	@Test
	void releaseLimitOptionDecidesBetweenWarningAndError() {
		ValidInstallation v = new ValidInstallation();
		Member syse = fifthMember(v);
		v.lnx001.setRelocationDomain(v.prodDomain); // keeps SYSE out of every relocatable guest's domain
		Path file = save(v, "five.ssiplan");

		CliRun unconfirmed = CliRun.of("validate", file.toString(), "--disable", "SSI-ISLINK-MESH,SSI-ISFC-COLLECTION");
		assertEquals(Exit.OK, unconfirmed.exitCode(), unconfirmed::toString);
		assertTrue(unconfirmed.out().contains("WARNING SSI-MEMBER-LIMIT-U PLEX1 (z/VM 7.3)"), unconfirmed::toString);

		CliRun confirmed = CliRun.of("validate", file.toString(), "--disable", "SSI-ISLINK-MESH,SSI-ISFC-COLLECTION", "--release-limit", "7.3=8,confirmed");
		assertEquals(Exit.OK, confirmed.exitCode(), confirmed::toString);
		assertFalse(confirmed.out().contains("SSI-MEMBER-LIMIT"), confirmed::toString);

		CliRun four = CliRun.of("validate", file.toString(), "--disable", "SSI-ISLINK-MESH,SSI-ISFC-COLLECTION", "--release-limit", "7.3=4");
		assertEquals(Exit.NO, four.exitCode(), four::toString);
		assertTrue(four.out().contains("ERROR SSI-MEMBER-LIMIT PLEX1 (z/VM 7.3): SSI cluster PLEX1 has 5 members but z/VM 7.3 allows 4"),
				four::toString);
		assertTrue(four.out().contains("ERROR SSI-SLOT-RANGE " + "SYSE (slot 5)"), four::toString);
		assertEquals(5, syse.getSlot());
	}

	@Test
	void overcommitOptionOverridesThePlanningSettings() {
		ValidInstallation v = new ValidInstallation();
		v.lnx001.setMaxStorageMiB(200 * 1024);
		v.lnx001.setStorageMiB(200 * 1024);
		Path file = save(v, "busy.ssiplan");
		assertTrue(CliRun.of("validate", file.toString()).out().contains("WARNING CAP-MEMORY-OVERCOMMIT SYSA (slot 1)"));
		CliRun relaxed = CliRun.of("validate", file.toString(), "--overcommit", "2.5");
		assertFalse(relaxed.out().contains("CAP-MEMORY-OVERCOMMIT"), relaxed::toString);
	}

	@Test
	void badOptionsAreUsageErrors() {
		Path file = save(new ValidInstallation(), "good.ssiplan");
		for (String[] args : new String[][] { { "--release-limit", "7.9=8" }, { "--release-limit", "7.3=many" },
				{ "--release-limit", "7.3=8,maybe" }, { "--overcommit", "-1" }, { "--disable", "NO-SUCH-RULE" } }) {
			CliRun run = CliRun.of("validate", file.toString(), args[0], args[1]);
			assertEquals(Exit.USAGE, run.exitCode(), run::toString);
			assertTrue(run.err().contains(args[0]), run::toString);
		}
	}

	@Test
	void listRulesPrintsTheWholeCatalogue() {
		CliRun run = CliRun.of("validate", "--list-rules");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertEquals(RuleCatalogue.standard().rules().size(), run.out().lines().count());
		assertTrue(run.out().contains("SSI-ISLINK-MESH"), run::toString);
	}

	private static Member fifthMember(ValidInstallation v) {
		Member member = SsiplanFactory.eINSTANCE.createMember();
		member.setName("SYSE");
		member.setSlot(5);
		member.setMacPrefix("020005");
		member.setRealMemoryGiB(64);
		var lpar = SsiplanFactory.eINSTANCE.createLpar();
		lpar.setName("LP5");
		lpar.setMemoryGiB(64);
		v.cec2.getLpars().add(lpar);
		member.setLpar(lpar);
		v.cluster.getMembers().add(member);
		ValidInstallation.reach(v.common, member, "0200");
		ValidInstallation.reach(v.spool, member, "0210");
		ValidInstallation.cpOwned(member, 5, v.common);
		ValidInstallation.cpOwned(member, 10, v.spool);
		return member;
	}
}
