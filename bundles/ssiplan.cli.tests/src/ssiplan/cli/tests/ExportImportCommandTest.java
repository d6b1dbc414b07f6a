package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ssiplan.cli.Exit;
import ssiplan.cli.InstallationFiles;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdVolume;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.UserEntry;
import ssiplan.model.VolumeUse;

class ExportImportCommandTest {

	private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

	@TempDir
	Path dir;

	/** Two members in two LPARs with a link, the PDR on the common volume, one guest. */
	private Path twoMembers() {
		Installation installation = F.createInstallation();
		installation.setName("Two");
		installation.setSettings(F.createPlanningSettings());
		SsiCluster cluster = F.createSsiCluster();
		cluster.setName("TWOPLEX");
		installation.getClusters().add(cluster);
		DasdVolume common = F.createDasdVolume();
		common.setVolser("VMCOM1");
		common.setUse(VolumeUse.COMMON);
		installation.getDasdVolumes().add(common);
		cluster.setPdrVolume(common);
		ssiplan.model.Cec cec = F.createCec();
		cec.setName("CEC1");
		installation.getCecs().add(cec);
		Member[] members = new Member[2];
		for (int i = 0; i < 2; i++) {
			Lpar lpar = F.createLpar();
			lpar.setName("LP" + (i + 1));
			cec.getLpars().add(lpar);
			Member member = F.createMember();
			member.setName("SYS" + (char) ('A' + i));
			member.setSlot(i + 1);
			member.setLpar(lpar);
			CpOwnedSlot slot = F.createCpOwnedSlot();
			slot.setSlot(5);
			slot.setVolume(common);
			member.getCpOwnedSlots().add(slot);
			cluster.getMembers().add(member);
			members[i] = member;
		}
		IsfcLink link = F.createIsfcLink();
		link.setMemberA(members[0]);
		link.setMemberB(members[1]);
		CtcConnection ctc = F.createCtcConnection();
		ctc.setDeviceA("4A00");
		ctc.setDeviceB("5A00");
		link.getCtcConnections().add(ctc);
		cluster.getIsfcLinks().add(link);
		UserEntry guest = F.createUserEntry();
		guest.setUserid("LINUX1");
		guest.setStorageMiB(2048);
		guest.setMaxStorageMiB(4096);
		cluster.getVirtualMachines().add(guest);
		Path file = dir.resolve("two.ssiplan");
		InstallationFiles.save(installation, file);
		return file;
	}

	@Test
	void exportSysconfigWritesToStandardOutputWithoutDashO() {
		Path model = twoMembers();
		CliRun run = CliRun.of("export", "sysconfig", model.toString());
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains("SSI TWOPLEX PDR_VOLUME VMCOM1 SLOT 1 SYSA SLOT 2 SYSB\n"), run::toString);
		assertTrue(run.out().contains("ACTIVATE ISLINK 4A00 NODE SYSB\n") && run.out().contains("ACTIVATE ISLINK 5A00 NODE SYSA\n"),
				run::toString);
		// Defaults written for what the model lacks are reported as file:line:col: severity: message [rule].
		assertTrue(run.err().contains("two.ssiplan:0:0: warning: member SYSA has no system residence volume"), run::toString);
		assertTrue(run.err().contains("[EXPORT-MISSING]"), run::toString);
	}

	@Test
	void exportWithDashOWritesTheSameTextToTheFile() throws IOException {
		Path model = twoMembers();
		Path out = dir.resolve("out/SYSTEM.CONFIG");
		CliRun toFile = CliRun.of("export", "sysconfig", model.toString(), "-o", out.toString());
		assertEquals(Exit.OK, toFile.exitCode(), toFile::toString);
		assertEquals("", toFile.out());
		assertEquals(CliRun.of("export", "sysconfig", model.toString()).out(), Files.readString(out));
		assertEquals(1, Files.list(out.getParent()).count(), "no temporary file left behind");
	}

	@Test
	void exportDirectoryFlagsThePasswordPlaceholder() {
		CliRun run = CliRun.of("export", "directory", twoMembers().toString());
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().contains("USER LINUX1 CHANGE-ME 2G 4G G\n"), run::toString);
		assertTrue(run.err().contains("warning: 1 USER/IDENTITY entry has the password placeholder CHANGE-ME"), run::toString);
	}

	@Test
	void exportOfAMissingModelIsExitTwo() {
		CliRun run = CliRun.of("export", "sysconfig", dir.resolve("absent.ssiplan").toString());
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("absent.ssiplan"), run::toString);
	}

	@Test
	void exportWithoutSubcommandIsAUsageError() {
		CliRun run = CliRun.of("export");
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("sysconfig") && run.err().contains("directory"), run::toString);
	}

	@Test
	void exportedFilesImportCleanlyAndExportTheSame() throws IOException {
		Path model = twoMembers();
		Path config = dir.resolve("SYSTEM.CONFIG");
		Path direct = dir.resolve("USER.DIRECT");
		assertEquals(Exit.OK, CliRun.of("export", "sysconfig", model.toString(), "-o", config.toString()).exitCode());
		assertEquals(Exit.OK, CliRun.of("export", "directory", model.toString(), "-o", direct.toString()).exitCode());
		Path imported = dir.resolve("imported.ssiplan");
		CliRun run = CliRun.of("import", "sysconfig", config.toString(), "--directory", direct.toString(), "-o",
				imported.toString(), "--quiet");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Imported SSI cluster TWOPLEX: 2 members, 1 ISFC links"), run::toString);
		assertEquals("TWOPLEX", InstallationFiles.load(imported).getClusters().get(0).getName());
		// The header names the model file, so export the import under the same name and compare.
		Path again = dir.resolve("again").resolve("two.ssiplan");
		Files.createDirectories(again.getParent());
		Files.copy(imported, again);
		assertEquals(Files.readString(config), CliRun.of("export", "sysconfig", again.toString()).out());
		assertEquals(Files.readString(direct), CliRun.of("export", "directory", again.toString()).out());
	}

	@Test
	void importReportsErrorsWithFileLineColumnAndExitsOne() throws IOException {
		Path config = dir.resolve("BAD.CONFIG");
		Files.writeString(config, """
				System_Identifier LPAR LP1 SYSA
				SSI PLEX PDR_VOLUME VMCOM1 SLOT 1 SYSA SLOT 9 SYSB
				CP_Owned Slot 5 VMCOM1
				Features ,
				  Disable Auto_Warm_IPL
				""");
		Path out = dir.resolve("bad.ssiplan");
		CliRun run = CliRun.of("import", "sysconfig", config.toString(), "-o", out.toString());
		assertEquals(Exit.NO, run.exitCode(), run::toString);
		assertTrue(run.err().contains(config + ":2:45: error: SLOT 9 is outside 1-8; use a slot from 1 to 8 [SSI-SLOT-RANGE]"),
				run::toString);
		assertTrue(run.err().contains(config + ":4:1: info: statement 'FEATURES' is kept as written (SSI Planner does not "
				+ "model it) [IMPORT-KEPT]"), run::toString);
		assertTrue(Files.exists(out), "the model is saved so it can be fixed");
	}

	@Test
	void importJsonListsTheFindings() throws IOException {
		Path config = dir.resolve("ONE.CONFIG");
		Files.writeString(config, "System_Identifier LPAR LP1 SYSA\nSSI ONE PDR_VOLUME VMCOM1 SLOT 1 SYSA\nCP_Owned Slot 5 VMCOM1\n");
		CliRun run = CliRun.of("import", "sysconfig", config.toString(), "-o", dir.resolve("one.ssiplan").toString(), "--json");
		assertEquals(Exit.OK, run.exitCode(), run::toString);
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals("ONE", json.get("cluster").asText());
		assertEquals(1, json.get("members").asInt());
		assertEquals(0, json.get("errors").asInt());
		assertTrue(json.get("diagnostics").size() > 0);
		assertFalse(json.get("diagnostics").get(0).get("rule").asText().isEmpty());
	}

	@Test
	void importOfAMissingFileIsExitTwo() {
		CliRun run = CliRun.of("import", "sysconfig", dir.resolve("NOPE.CONFIG").toString(), "-o", dir.resolve("x.ssiplan").toString());
		assertEquals(Exit.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("NOPE.CONFIG:0:0: error: cannot read the file"), run::toString);
		assertFalse(Files.exists(dir.resolve("x.ssiplan")));
	}
}
