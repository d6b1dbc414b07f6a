package ssiplan.validation.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.FcpDevice;
import ssiplan.model.FiconSpeed;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.WorkloadProfile;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ReleaseLimits;

/**
 * A large installation for the validation benchmark, valid by construction: members on z15/z16 CECs
 * (two LPARs each), full ISFC mesh with 4 CTCs on 2 CHPIDs per end, shared common/spool volumes in the
 * same slots, member-local sysres and 4 page volumes each, one shared user volume per 10 guests, two
 * VSWITCHes backed by EQID'd OSAs on every member, FCP devices with EQIDs, two user domains, MAINT as
 * an IDENTITY, and Linux guests of 512 MiB-8 GiB, about 60 % logged on, 80 % relocatable.
 *
 * <p>Stands in for {@code ssiplan.model.examples.SyntheticInstallations} until that lands on main.
 */
public final class BenchInstallation {

    private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

    private BenchInstallation() {
    }

    public static Installation generate(int memberCount, int guestCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Installation installation = F.createInstallation();
        installation.setName("Synthetic " + memberCount + "x" + guestCount);
        installation.setSettings(F.createPlanningSettings());
        ReleaseLimits.addMissingDefaults(installation.getSettings());

        SsiCluster cluster = F.createSsiCluster();
        cluster.setName("BIGPLEX");
        cluster.setRelease(ZvmRelease.V7_3);
        cluster.setUserPrefix("020000");
        installation.getClusters().add(cluster);

        List<Member> members = new ArrayList<>();
        List<Cec> cecs = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            if (i % 2 == 0) {
                Cec cec = F.createCec();
                cec.setName("CEC" + (i / 2 + 1));
                cec.setMachineType(i % 4 == 0 ? MachineType.Z15 : MachineType.Z16);
                cec.setMemoryGiB(8192);
                cec.setIflCount(64);
                for (int c = 0; c < 2; c++) {
                    ChannelPath path = F.createChannelPath();
                    path.setChpid(String.format("%02X", 0x40 + c));
                    path.setType(ChannelPathType.FC);
                    path.setSpeed(FiconSpeed.EXPRESS32S);
                    cec.getChannelPaths().add(path);
                }
                installation.getCecs().add(cec);
                cecs.add(cec);
            }
            Cec cec = cecs.get(i / 2);
            Lpar lpar = F.createLpar();
            lpar.setName("LP" + (i + 1));
            lpar.setMemoryGiB(3072);
            lpar.setLogicalProcessors(16);
            cec.getLpars().add(lpar);
            Member member = F.createMember();
            member.setName("VM" + (i + 1));
            member.setSlot(i + 1);
            member.setLpar(lpar);
            member.setRelease(ZvmRelease.V7_3);
            member.setRealMemoryGiB(3072);
            member.setMacPrefix(String.format("0200%02X", i + 1));
            cluster.getMembers().add(member);
            members.add(member);
        }

        DasdVolume common = volume(installation, "VMCOM1", VolumeUse.COMMON, null);
        cluster.setPdrVolume(common);
        List<DasdVolume> spools = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            spools.add(volume(installation, "VMSPL" + (s + 1), VolumeUse.SPOOL, null));
        }
        for (Member member : members) {
            reachAndOwn(common, member, "0200", 5);
            for (int s = 0; s < spools.size(); s++) {
                reachAndOwn(spools.get(s), member, String.format("021%X", s), 10 + s);
            }
            DasdVolume res = volume(installation, String.format("M%02dRES", member.getSlot()), VolumeUse.SYSRES, member);
            reachAndOwn(res, member, "0100", 1);
            for (int p = 0; p < 4; p++) {
                DasdVolume page = volume(installation, String.format("M%02dP%02d", member.getSlot(), p + 1), VolumeUse.PAGE, member);
                page.setDeviceType(DasdDeviceType.D3390_54);
                page.setCylinders(65520);
                reachAndOwn(page, member, String.format("011%X", p), 255 - p);
            }
        }
        List<DasdVolume> userVolumes = new ArrayList<>();
        for (int u = 0; u < Math.max(1, guestCount / 10); u++) {
            DasdVolume volume = volume(installation, String.format("LX%04X", u), VolumeUse.USER_SHARED, null);
            for (Member member : members) {
                volume.getDeviceNumbers().add(number(member, String.format("%04X", 0x2000 + u)));
            }
            userVolumes.add(volume);
        }

        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                IsfcLink link = F.createIsfcLink();
                link.setMemberA(members.get(i));
                link.setMemberB(members.get(j));
                for (int k = 0; k < 4; k++) {
                    CtcConnection ctc = F.createCtcConnection();
                    ctc.setDeviceA(String.format("4%X%02X", j, k));
                    ctc.setDeviceB(String.format("4%X%02X", i, k));
                    ctc.setChpidA(cecs.get(i / 2).getChannelPaths().get(k % 2));
                    ctc.setChpidB(cecs.get(j / 2).getChannelPaths().get(k % 2));
                    link.getCtcConnections().add(ctc);
                }
                cluster.getIsfcLinks().add(link);
            }
        }

        List<VirtualSwitch> switches = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            VirtualSwitch vswitch = F.createVirtualSwitch();
            vswitch.setName("VSW" + (s + 1));
            vswitch.setPortAssignment(PortAssignment.USERBASED);
            for (Member member : members) {
                OsaDevice osa = F.createOsaDevice();
                osa.setName("OSA" + (s + 1) + "-" + member.getName());
                osa.setEqid("OSASET" + (s + 1));
                osa.setLanSegment(s == 0 ? "PRODLAN" : "BACKUPLAN");
                osa.getDeviceNumbers().add(number(member, String.format("%X000", 1 + s)));
                installation.getRealDevices().add(osa);
                VswitchUplink uplink = F.createVswitchUplink();
                uplink.setMember(member);
                uplink.getOsaDevices().add(osa);
                vswitch.getUplinks().add(uplink);
            }
            cluster.getVirtualSwitches().add(vswitch);
            switches.add(vswitch);
        }
        List<FcpDevice> fcps = new ArrayList<>();
        for (Member member : members) {
            FcpDevice fcp = F.createFcpDevice();
            fcp.setName("FCP-" + member.getName());
            fcp.setEqid("SANA");
            fcp.setFabric("FABRICA");
            fcp.getDeviceNumbers().add(number(member, "B000"));
            installation.getRealDevices().add(fcp);
            fcps.add(fcp);
        }

        RelocationDomain east = domain(cluster, "EAST", members.subList(0, (members.size() + 1) / 2));
        RelocationDomain west = domain(cluster, "WEST", members.subList(members.size() / 2, members.size()));

        IdentityEntry maint = F.createIdentityEntry();
        maint.setUserid("MAINT");
        maint.setStorageMiB(256);
        maint.setMaxStorageMiB(1024);
        maint.setPrivilegeClasses("ABCDEFG");
        maint.setGuestOs(ssiplan.model.GuestOs.CMS);
        for (Member member : members) {
            Subconfig sub = F.createSubconfig();
            sub.setName("MAINT-" + member.getSlot());
            sub.setMember(member);
            maint.getSubconfigs().add(sub);
        }
        cluster.getVirtualMachines().add(maint);

        int[] sizes = { 512, 1024, 2048, 2048, 4096, 4096, 8192 };
        for (int g = 0; g < guestCount; g++) {
            UserEntry guest = F.createUserEntry();
            guest.setUserid(String.format("L%05d", g));
            int storage = sizes[random.nextInt(sizes.length)];
            guest.setStorageMiB(storage);
            guest.setMaxStorageMiB(storage * 2);
            guest.setVirtualCpus(1 + random.nextInt(4));
            boolean relocatable = random.nextInt(10) < 8;
            guest.setRelocatable(relocatable);
            guest.setChpidVirtualizationOne(relocatable);
            RelocationDomain domain = switch (random.nextInt(4)) {
                case 0 -> east;
                case 1 -> west;
                default -> null;
            };
            guest.setRelocationDomain(relocatable ? domain : null);
            if (random.nextInt(10) < 6) {
                List<Member> candidates = domain == null || !relocatable ? members : domain.getMembers();
                guest.setHomeMember(candidates.get(random.nextInt(candidates.size())));
            }
            Minidisk root = F.createMinidisk();
            root.setVaddr("0100");
            root.setKind(MinidiskKind.MDISK);
            root.setVolume(userVolumes.get(random.nextInt(userVolumes.size())));
            root.setStart(1 + random.nextInt(5000));
            root.setSize(3338);
            guest.getMinidisks().add(root);
            if (random.nextBoolean()) {
                Minidisk swap = F.createMinidisk();
                swap.setVaddr("0101");
                swap.setKind(MinidiskKind.VDISK);
                swap.setSize(2_097_152);
                guest.getMinidisks().add(swap);
            }
            NicDef nic = F.createNicDef();
            nic.setVaddr("0600");
            nic.setType(NicType.QDIO);
            nic.setVswitch(switches.get(random.nextInt(switches.size())));
            nic.setMacId(String.format("%06X", g + 1));
            guest.getNics().add(nic);
            if (random.nextInt(20) == 0) {
                DedicatedDevice fcp = F.createDedicatedDevice();
                fcp.setVaddr("B000");
                fcp.setDevice(fcps.get(random.nextInt(fcps.size())));
                guest.getDedicatedDevices().add(fcp);
            }
            WorkloadProfile workload = F.createWorkloadProfile();
            workload.setTouchedStorageMiB(storage * (50 + random.nextInt(50)) / 100);
            workload.setDirtyPagesPerSecond(random.nextInt(20_000));
            workload.setWritableWorkingSetMiB(storage / 4);
            workload.setCpuDemand(random.nextDouble() * guest.getVirtualCpus());
            guest.setWorkload(workload);
            cluster.getVirtualMachines().add(guest);
        }
        return installation;
    }

    private static RelocationDomain domain(SsiCluster cluster, String name, List<Member> members) {
        RelocationDomain domain = F.createRelocationDomain();
        domain.setName(name);
        domain.getMembers().addAll(members);
        cluster.getRelocationDomains().add(domain);
        return domain;
    }

    private static DasdVolume volume(Installation installation, String volser, VolumeUse use, Member owner) {
        DasdVolume volume = F.createDasdVolume();
        volume.setVolser(volser);
        volume.setDeviceType(DasdDeviceType.D3390_9);
        volume.setCylinders(10017);
        volume.setUse(use);
        volume.setOwnerMember(owner);
        installation.getDasdVolumes().add(volume);
        return volume;
    }

    private static void reachAndOwn(DasdVolume volume, Member member, String rdev, int slot) {
        volume.getDeviceNumbers().add(number(member, rdev));
        ValidInstallation.cpOwned(member, slot, volume);
    }

    private static ssiplan.model.DeviceNumber number(Member member, String rdev) {
        return ValidInstallation.number(member, rdev);
    }
}
