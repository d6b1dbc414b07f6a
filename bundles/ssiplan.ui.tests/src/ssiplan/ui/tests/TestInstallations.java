package ssiplan.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ssiplan.model.Cec;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ReleaseLimits;
import ssiplan.model.resource.InstallationStore;

/** Installations the workbench tests open: four members on two CECs, fully meshed ISFC links. */
public final class TestInstallations {

	private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

	private TestInstallations() {
	}

	public static Installation fourMembersTwoCecs() {
		Installation installation = F.createInstallation();
		installation.setName("UI test site");
		installation.setSettings(F.createPlanningSettings());
		ReleaseLimits.addMissingDefaults(installation.getSettings());
		Cec cec1 = cec(installation, "CEC1", MachineType.Z15);
		Cec cec2 = cec(installation, "CEC2", MachineType.Z16);
		SsiCluster cluster = F.createSsiCluster();
		cluster.setName("PLEXT");
		cluster.setRelease(ZvmRelease.V7_3);
		installation.getClusters().add(cluster);
		Member[] members = {
				member(cluster, "SYSA", 1, lpar(cec1, "LPA")), member(cluster, "SYSB", 2, lpar(cec1, "LPB")),
				member(cluster, "SYSC", 3, lpar(cec2, "LPC")), member(cluster, "SYSD", 4, lpar(cec2, "LPD")) };
		for (int a = 0; a < members.length; a++) {
			for (int b = a + 1; b < members.length; b++) {
				IsfcLink link = F.createIsfcLink();
				link.setMemberA(members[a]);
				link.setMemberB(members[b]);
				cluster.getIsfcLinks().add(link);
			}
		}
		return installation;
	}

	/** Writes {@code installation} to a new file in a fresh temporary folder. */
	public static Path write(Installation installation, String fileName) throws IOException {
		Path file = Files.createTempDirectory("ssiplan-ui-test").resolve(fileName);
		new InstallationStore().save(installation, file);
		return file;
	}

	private static Cec cec(Installation installation, String name, MachineType type) {
		Cec cec = F.createCec();
		cec.setName(name);
		cec.setMachineType(type);
		cec.setMemoryGiB(512);
		cec.setIflCount(20);
		installation.getCecs().add(cec);
		return cec;
	}

	private static Lpar lpar(Cec cec, String name) {
		Lpar lpar = F.createLpar();
		lpar.setName(name);
		lpar.setMemoryGiB(64);
		lpar.setLogicalProcessors(8);
		cec.getLpars().add(lpar);
		return lpar;
	}

	private static Member member(SsiCluster cluster, String name, int slot, Lpar lpar) {
		Member member = F.createMember();
		member.setName(name);
		member.setSlot(slot);
		member.setLpar(lpar);
		member.setRealMemoryGiB(64);
		cluster.getMembers().add(member);
		return member;
	}
}
