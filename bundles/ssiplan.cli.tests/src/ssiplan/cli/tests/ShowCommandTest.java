package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ssiplan.cli.Exit;
import ssiplan.model.Installation;
import ssiplan.model.UserEntry;
import ssiplan.model.examples.Examples;
import ssiplan.model.resource.InstallationStore;

class ShowCommandTest {

	@TempDir
	Path dir;

	private Path example(String name) throws Exception {
		Path file = dir.resolve(name + ".ssiplan");
		new InstallationStore().save(Examples.create(name), file);
		return file;
	}

	@Test
	void textShowsClusterMembersLinksVolumesAndGuests() throws Exception {
		CliRun run = CliRun.of("show", example("four-member-two-cec").toString());
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		String out = run.out();
		assertTrue(out.startsWith("Installation PLEXA production"), run::toString);
		assertTrue(out.contains("SSI cluster PLEXA  z/VM 7.3  slots 1=SYSA 2=SYSB 3=SYSC 4=SYSD (4 of 8 free)"), out);
		assertTrue(out.contains("PDR VMCOM1 (3390-9)  USERPREFIX 020000"), out);
		assertTrue(line(out, "    1     SYSA").matches(".*JOINED +ZVMA +CEC1 +z16 +DC1 +7\\.3 +RSU 2402 +192G .*"), line(out, "    1     SYSA"));
		assertTrue(out.contains("ISFC links (6 of 6, full mesh)"), out);
		assertTrue(line(out, "    SYSA-SYSB").matches(" +SYSA-SYSB +4 +40,41,42,43 +41,42,43,40 +Express32S +12800 MB/s"), line(out, "    SYSA-SYSB"));
		assertTrue(out.contains("Multiconfiguration machines (IDENTITY"), out);
		assertTrue(out.contains("MAINT OPERATOR OPERATNS"), out);
		assertTrue(out.contains("Guests on SYSA ("), out);
		assertTrue(line(out, "    LXWAS01").endsWith("yes"), line(out, "    LXWAS01"));
		assertTrue(line(out, "    LXTSM01").contains("no: VMRELOCATE OFF; dedicated 0580 (real device without EQID)"), line(out, "    LXTSM01"));
		assertTrue(line(out, "    LXLIC01").contains("no: domain ORALIC has only SYSD"), line(out, "    LXLIC01"));
		assertTrue(line(out, "    LXLCL01").contains("minidisk 0202 on LXL301 not reached by SYSA, SYSB, SYSD"), line(out, "    LXLCL01"));
		assertTrue(line(out, "    LXTMP01").contains("T-disk 0300"), line(out, "    LXTMP01"));
		assertTrue(line(out, "    ZVMTST1").contains("guest OS z/VM"), line(out, "    ZVMTST1"));
		assertTrue(line(out, "    LXHSI01").contains("dedicated HSI1-F0 without EQID"), line(out, "    LXHSI01"));
		assertTrue(out.contains("DASD volumes ("), out);
		assertTrue(line(out, "  SPOOL").contains("M01S01 (SYSA, slot 10)"), line(out, "  SPOOL"));
		assertTrue(line(out, "  COMMON").contains("VMCOM1 (slot 5)"), line(out, "  COMMON"));
	}

	@Test
	void showsDownMembersSparePartitionsAndMirrors() throws Exception {
		String utility = CliRun.of("show", example("utility-lpar").toString()).out();
		assertTrue(utility.contains("UTIL1 160G (spare)"), utility);
		assertTrue(line(utility, "    2     PRDA2").contains("DOWN"), utility);
		String dr = CliRun.of("show", example("dr-two-sites").toString()).out();
		assertTrue(line(dr, "  COMMON").contains("VMCOM1 (slot 5, mirror SITE2)"), line(dr, "  COMMON"));
		assertTrue(line(dr, "  COMMON").contains("VMCOM1 (offline, mirror SITE1)"), line(dr, "  COMMON"));
	}

	@Test
	void jsonHasTheSameContentAndParses() throws Exception {
		Path file = example("mixed-generations");
		CliRun run = CliRun.of("show", file.toString(), "--json");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		JsonNode root = new ObjectMapper().readTree(run.out());
		assertEquals(List.of("file", "name", "description", "cecs", "clusters", "volumes"), fieldNames(root));
		JsonNode cluster = root.get("clusters").get(0);
		assertEquals("MIXPLEX", cluster.get("name").asText());
		assertEquals("VMCOM1", cluster.get("pdrVolume").asText());
		assertEquals(4, cluster.get("members").size());
		assertEquals("z14", cluster.get("members").get(0).get("machineType").asText());
		assertEquals(6, cluster.get("isfc").get("linkList").size());
		assertEquals(0, cluster.get("isfc").get("missingPairs").size());
		assertEquals("z14", cluster.get("relocationDomains").get(0).get("architecture").asText(), "SSI domain at the common level");
		assertEquals("Z16DOM", cluster.get("relocationDomains").get(2).get("name").asText());
		assertEquals("z16", cluster.get("relocationDomains").get(2).get("architecture").asText());

		Installation installation = new InstallationStore().load(file);
		long guests = installation.getClusters().get(0).getVirtualMachines().stream().filter(UserEntry.class::isInstance).count();
		int listed = 0;
		for (JsonNode group : cluster.get("guestsByMember")) {
			listed += group.get("guests").size();
			for (JsonNode guest : group.get("guests")) {
				assertEquals(guest.get("relocatable").asBoolean(), guest.get("blockers").isEmpty(), guest.toString());
			}
		}
		assertEquals(guests, listed, "every USER entry appears once");
		assertEquals(run.out(), CliRun.of("show", file.toString(), "--json").out(), "stable output");
	}

	@Test
	void missingOrBrokenFileIsAUsageErrorNamingTheFile() throws Exception {
		CliRun missing = CliRun.of("show", dir.resolve("none.ssiplan").toString());
		assertEquals(Exit.USAGE, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("none.ssiplan"), missing::toString);
		Path broken = Files.writeString(dir.resolve("broken.ssiplan"), "<?xml version=\"1.0\"?>\n<ssiplan:Installation xmlns:ssiplan=\"http://ssiplan/model/1.0\">\n<cecs name=\"A\"\n");
		CliRun run = CliRun.of("show", broken.toString(), "--json");
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().matches("(?s).*broken\\.ssiplan:\\d+:\\d+.*"), run::toString);
		assertFalse(run.out().contains("{"), "no half output");
		assertEquals(Exit.USAGE, CliRun.of("show").exitCode());
	}

	private static String line(String text, String prefix) {
		for (String line : text.split("\n")) {
			if (line.startsWith(prefix)) {
				return line;
			}
		}
		return "(no line starting with '" + prefix + "')";
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}
}
