package ssiplan.cli.tests;

import java.nio.file.Path;

import ssiplan.cli.InstallationFiles;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdVolume;
import ssiplan.model.FiconSpeed;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.NicDef;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.WorkloadProfile;

/**
 * A three-member installation for the relocate command, built in code: SYSA and SYSB on a z15,
 * SYSC on a z16, a full ISFC mesh of 4 CTCs over 2 FICON Express8S CHPIDs per link, VSWITCH
 * VSWPROD, a shared user volume LX0001 and domain PRODDOM = SYSA, SYSB. Guests on SYSA:
 * LNX1 (light Linux, 1 GiB touched), JAVA1 (4 GiB, rewrites all it touched faster than the link
 * sends it: about 8 s quiesced), LNX2 (VMRELOCATE OFF with a T-disk), PROD1 (in PRODDOM).
 */
final class RelocationPlant {

	private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

	final Installation installation = F.createInstallation();
	final SsiCluster cluster = F.createSsiCluster();
	private final DasdVolume shared = F.createDasdVolume();
	private final VirtualSwitch vswitch = F.createVirtualSwitch();
	private final RelocationDomain prod = F.createRelocationDomain();
	private final Member sysa;
	private int nextRdev = 0x4A00;

	RelocationPlant() {
		installation.setName("Relocation plant");
		installation.setSettings(F.createPlanningSettings());
		installation.getClusters().add(cluster);
		cluster.setName("PLEX1");
		Cec z15 = cec("CEC1", MachineType.Z15);
		Cec z16 = cec("CEC2", MachineType.Z16);
		sysa = member("SYSA", 1, z15);
		Member sysb = member("SYSB", 2, z15);
		Member sysc = member("SYSC", 3, z16);
		link(sysa, sysb);
		link(sysa, sysc);
		link(sysb, sysc);
		shared.setVolser("LX0001");
		shared.setUse(VolumeUse.USER_SHARED);
		installation.getDasdVolumes().add(shared);
		vswitch.setName("VSWPROD");
		cluster.getVirtualSwitches().add(vswitch);
		prod.setName("PRODDOM");
		prod.getMembers().add(sysa);
		prod.getMembers().add(sysb);
		cluster.getRelocationDomains().add(prod);

		guest("LNX1", 4096, 1024, 5_000, 1024);
		guest("JAVA1", 4096, 3600, 200_000, 3600);
		UserEntry lnx2 = guest("LNX2", 2048, 512, 0, 512);
		lnx2.setRelocatable(false);
		Minidisk tdisk = F.createMinidisk();
		tdisk.setVaddr("0300");
		tdisk.setKind(MinidiskKind.TDISK);
		lnx2.getMinidisks().add(tdisk);
		UserEntry prod1 = guest("PROD1", 2048, 512, 100, 512);
		prod1.setRelocationDomain(prod);
	}

	Path saveTo(Path file) {
		InstallationFiles.save(installation, file);
		return file;
	}

	private Cec cec(String name, MachineType type) {
		Cec cec = F.createCec();
		cec.setName(name);
		cec.setMachineType(type);
		for (String id : new String[] { "40", "41" }) {
			ChannelPath p = F.createChannelPath();
			p.setChpid(id);
			p.setType(ChannelPathType.FC);
			p.setSpeed(FiconSpeed.EXPRESS8S);
			cec.getChannelPaths().add(p);
		}
		installation.getCecs().add(cec);
		return cec;
	}

	private Member member(String name, int slot, Cec cec) {
		Lpar lpar = F.createLpar();
		lpar.setName("LP" + slot);
		lpar.setMemoryGiB(256);
		lpar.setLogicalProcessors(16);
		cec.getLpars().add(lpar);
		Member m = F.createMember();
		m.setName(name);
		m.setSlot(slot);
		m.setLpar(lpar);
		m.setPagingCapacityGiB(128);
		m.setServiceLevel("RSU 2401");
		cluster.getMembers().add(m);
		return m;
	}

	/** Four CTCs, alternating over CHPIDs 40 and 41 of each end's CEC. */
	private void link(Member a, Member b) {
		IsfcLink l = F.createIsfcLink();
		l.setMemberA(a);
		l.setMemberB(b);
		Cec ca = (Cec) a.getLpar().eContainer();
		Cec cb = (Cec) b.getLpar().eContainer();
		for (int i = 0; i < 4; i++) {
			CtcConnection c = F.createCtcConnection();
			String dev = String.format("%04X", nextRdev++);
			c.setDeviceA(dev);
			c.setDeviceB(dev);
			c.setChpidA(ca.getChannelPaths().get(i % 2));
			c.setChpidB(cb.getChannelPaths().get(i % 2));
			l.getCtcConnections().add(c);
		}
		cluster.getIsfcLinks().add(l);
	}

	private UserEntry guest(String userid, int storageMiB, int touchedMiB, double dirty, int wssMiB) {
		UserEntry g = F.createUserEntry();
		g.setUserid(userid);
		g.setStorageMiB(storageMiB);
		g.setMaxStorageMiB(storageMiB);
		g.setVirtualCpus(2);
		g.setRelocatable(true);
		g.setChpidVirtualizationOne(true);
		g.setHomeMember(sysa);
		Minidisk disk = F.createMinidisk();
		disk.setVaddr("0100");
		disk.setVolume(shared);
		disk.setSize(1000);
		g.getMinidisks().add(disk);
		NicDef nic = F.createNicDef();
		nic.setVaddr("0600");
		nic.setVswitch(vswitch);
		g.getNics().add(nic);
		WorkloadProfile w = F.createWorkloadProfile();
		w.setTouchedStorageMiB(touchedMiB);
		w.setDirtyPagesPerSecond(dirty);
		w.setWritableWorkingSetMiB(wssMiB);
		w.setCpuDemand(0.5);
		g.setWorkload(w);
		cluster.getVirtualMachines().add(g);
		return g;
	}
}
