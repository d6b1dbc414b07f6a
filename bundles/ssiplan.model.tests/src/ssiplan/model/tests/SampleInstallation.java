package ssiplan.model.tests;

import ssiplan.model.AccessMode;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.FiconSpeed;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.OsaDevice;
import ssiplan.model.Profile;
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
 * A small but complete installation built in code: a z15 and a z16, a three-member 7.3 cluster with
 * SYSA on the z15 and SYSB, SYSC on the z16, ISFC links SYSA-SYSB (2 CTCs) and SYSB-SYSC (1 CTC) but
 * none between SYSA and SYSC, a domain PRODDOM = {SYSB, SYSC}, one Linux guest and MAINT.
 */
public final class SampleInstallation {

    private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

    public final Installation installation = F.createInstallation();
    public final Cec cec1 = F.createCec();
    public final Cec cec2 = F.createCec();
    public final SsiCluster cluster = F.createSsiCluster();
    public final Member sysa;
    public final Member sysb;
    public final Member sysc;
    public final DasdVolume common = volume("VMCOM1", VolumeUse.COMMON);
    public final DasdVolume userVolume = volume("LX0001", VolumeUse.USER_SHARED);
    public final OsaDevice osaA = F.createOsaDevice();
    public final VirtualSwitch vswitch = F.createVirtualSwitch();
    public final RelocationDomain prodDomain = F.createRelocationDomain();
    public final UserEntry linuxGuest = F.createUserEntry();
    public final IdentityEntry maint = F.createIdentityEntry();
    public final IsfcLink linkAb = F.createIsfcLink();

    public SampleInstallation() {
        installation.setName("Lab installation");
        installation.setDescription("Two processors, one three-member SSI");
        installation.setSettings(F.createPlanningSettings());
        ReleaseLimits.addMissingDefaults(installation.getSettings());

        cec(cec1, "CEC1", MachineType.Z15);
        cec(cec2, "CEC2", MachineType.Z16);
        ChannelPath a1 = chpid(cec1, "40");
        ChannelPath a2 = chpid(cec1, "41");
        ChannelPath b1 = chpid(cec2, "50");
        ChannelPath b2 = chpid(cec2, "51");

        installation.getClusters().add(cluster);
        cluster.setName("PLEX1");
        cluster.setRelease(ZvmRelease.V7_3);
        cluster.setUserPrefix("02000A");
        cluster.setPdrVolume(common);
        sysa = member("SYSA", 1, lpar(cec1, "LP1"));
        sysb = member("SYSB", 2, lpar(cec2, "LP2"));
        sysc = member("SYSC", 3, lpar(cec2, "LP3"));

        CpOwnedSlot slot = F.createCpOwnedSlot();
        slot.setSlot(5);
        slot.setVolume(common);
        sysa.getCpOwnedSlots().add(slot);
        common.getDeviceNumbers().add(deviceNumber(sysa, "0200"));
        common.getDeviceNumbers().add(deviceNumber(sysb, "0300"));

        linkAb.setMemberA(sysa);
        linkAb.setMemberB(sysb);
        linkAb.getCtcConnections().add(ctc("4A00", "5A00", a1, b1));
        linkAb.getCtcConnections().add(ctc("4A01", "5A01", a2, b2));
        cluster.getIsfcLinks().add(linkAb);
        IsfcLink linkBc = F.createIsfcLink();
        linkBc.setMemberA(sysb);
        linkBc.setMemberB(sysc);
        linkBc.getCtcConnections().add(ctc("5B00", "5C00", b1, b2));
        cluster.getIsfcLinks().add(linkBc);

        osaA.setName("OSA1");
        osaA.setEqid("OSASET1");
        osaA.setLanSegment("PRODLAN");
        osaA.getDeviceNumbers().add(deviceNumber(sysa, "1000"));
        installation.getRealDevices().add(osaA);

        vswitch.setName("VSW1");
        VswitchUplink uplink = F.createVswitchUplink();
        uplink.setMember(sysa);
        uplink.getOsaDevices().add(osaA);
        vswitch.getUplinks().add(uplink);
        cluster.getVirtualSwitches().add(vswitch);

        prodDomain.setName("PRODDOM");
        prodDomain.getMembers().add(sysb);
        prodDomain.getMembers().add(sysc);
        cluster.getRelocationDomains().add(prodDomain);

        Profile profile = F.createProfile();
        profile.setName("LNXDFLT");
        profile.getOtherStatements().add("SPOOL 000C 2540 READER *");
        cluster.getProfiles().add(profile);

        linuxGuest.setUserid("LNX017");
        linuxGuest.setStorageMiB(4096);
        linuxGuest.setMaxStorageMiB(8192);
        linuxGuest.setVirtualCpus(2);
        linuxGuest.setRelocatable(true);
        linuxGuest.setRelocationDomain(prodDomain);
        linuxGuest.setProfile(profile);
        linuxGuest.setHomeMember(sysb);
        linuxGuest.setTolerableOutageSeconds(30);
        Minidisk disk = F.createMinidisk();
        disk.setVaddr("0100");
        disk.setVolume(userVolume);
        disk.setStart(1);
        disk.setSize(10016);
        linuxGuest.getMinidisks().add(disk);
        MinidiskLink link = F.createMinidiskLink();
        link.setOwner("MAINT");
        link.setOwnerVaddr("0190");
        link.setVaddr("0190");
        link.setMode(AccessMode.RR);
        linuxGuest.getLinks().add(link);
        NicDef nic = F.createNicDef();
        nic.setVaddr("0800");
        nic.setType(NicType.QDIO);
        nic.setVswitch(vswitch);
        linuxGuest.getNics().add(nic);
        WorkloadProfile workload = F.createWorkloadProfile();
        workload.setTouchedStorageMiB(3543);
        workload.setDirtyPagesPerSecond(12000);
        workload.setWritableWorkingSetMiB(1024);
        workload.setCpuDemand(0.8);
        linuxGuest.setWorkload(workload);
        cluster.getVirtualMachines().add(linuxGuest);
        vswitch.getGrantedUsers().add(linuxGuest);

        maint.setUserid("MAINT");
        maint.setStorageMiB(256);
        maint.setMaxStorageMiB(1024);
        maint.setPrivilegeClasses("ABCDEFG");
        Subconfig sub = F.createSubconfig();
        sub.setName("MAINT-1");
        sub.setMember(sysa);
        maint.getSubconfigs().add(sub);
        cluster.getVirtualMachines().add(maint);
    }

    private void cec(Cec cec, String name, MachineType type) {
        cec.setName(name);
        cec.setMachineType(type);
        cec.setMemoryGiB(512);
        cec.setIflCount(20);
        installation.getCecs().add(cec);
    }

    private static ChannelPath chpid(Cec cec, String id) {
        ChannelPath path = F.createChannelPath();
        path.setChpid(id);
        path.setType(ChannelPathType.FC);
        path.setSpeed(FiconSpeed.EXPRESS16SA);
        cec.getChannelPaths().add(path);
        return path;
    }

    private static Lpar lpar(Cec cec, String name) {
        Lpar lpar = F.createLpar();
        lpar.setName(name);
        lpar.setMemoryGiB(64);
        lpar.setLogicalProcessors(8);
        cec.getLpars().add(lpar);
        return lpar;
    }

    private Member member(String name, int slot, Lpar lpar) {
        Member member = F.createMember();
        member.setName(name);
        member.setSlot(slot);
        member.setLpar(lpar);
        member.setServiceLevel("RSU 2401");
        member.setRealMemoryGiB(64);
        member.setMacPrefix("02000" + slot);
        cluster.getMembers().add(member);
        return member;
    }

    private DasdVolume volume(String volser, VolumeUse use) {
        DasdVolume volume = F.createDasdVolume();
        volume.setVolser(volser);
        volume.setDeviceType(DasdDeviceType.D3390_9);
        volume.setCylinders(10017);
        volume.setUse(use);
        installation.getDasdVolumes().add(volume);
        return volume;
    }

    private static DeviceNumber deviceNumber(Member member, String rdev) {
        DeviceNumber number = F.createDeviceNumber();
        number.setMember(member);
        number.setRdev(rdev);
        return number;
    }

    private static CtcConnection ctc(String a, String b, ChannelPath chpidA, ChannelPath chpidB) {
        CtcConnection ctc = F.createCtcConnection();
        ctc.setDeviceA(a);
        ctc.setDeviceB(b);
        ctc.setChpidA(chpidA);
        ctc.setChpidB(chpidB);
        return ctc;
    }
}
