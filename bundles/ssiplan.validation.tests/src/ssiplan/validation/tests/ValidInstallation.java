package ssiplan.validation.tests;

import java.util.ArrayList;
import java.util.List;

import ssiplan.model.AccessMode;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DeviceNumber;
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
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.Profile;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SegmentKind;
import ssiplan.model.SegmentPageType;
import ssiplan.model.SegmentUse;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ReleaseLimits;

/**
 * A correct installation built in code, rich enough that every rule has something to look at: two CECs
 * (z15, z16) with two LPARs each, a four-member 7.3 cluster with a full ISFC mesh (2 CTCs on 2 CHPIDs per
 * link), shared PDR/common and spool volumes in the same CP_Owned slots, member-local sysres and page
 * volumes, a VSWITCH backed by EQID'd OSAs on one LAN on every member, FCP devices with an EQID on every
 * member, a user-defined domain, relocatable and non-relocatable Linux guests, and IDENTITY MAINT.
 * Tests break one thing each and expect exactly the rule that catches it.
 */
public final class ValidInstallation {

    static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

    public final Installation installation = F.createInstallation();
    public final Cec cec1 = cec("CEC1", MachineType.Z15);
    public final Cec cec2 = cec("CEC2", MachineType.Z16);
    public final SsiCluster cluster = F.createSsiCluster();
    public final List<Member> members = new ArrayList<>();
    public final Member sysa;
    public final Member sysb;
    public final Member sysc;
    public final Member sysd;
    public final DasdVolume common = volume("VMCOM1", VolumeUse.COMMON, null);
    public final DasdVolume spool = volume("VMSPL1", VolumeUse.SPOOL, null);
    public final DasdVolume userShared = volume("LX0001", VolumeUse.USER_SHARED, null);
    public final List<DasdVolume> sysres = new ArrayList<>();
    public final List<DasdVolume> page = new ArrayList<>();
    public final DasdVolume userLocal;
    public final List<OsaDevice> osas = new ArrayList<>();
    public final List<FcpDevice> fcps = new ArrayList<>();
    public final VirtualSwitch vswitch = F.createVirtualSwitch();
    public final VirtualSwitch internalSwitch = F.createVirtualSwitch();
    public final RelocationDomain prodDomain = F.createRelocationDomain();
    public final Profile profile = F.createProfile();
    /** Relocatable, SSI domain, on SYSA: minidisk on the shared volume, NIC on VSW1, dedicated FCP, a shared DCSS. */
    public final UserEntry lnx001;
    /** Relocatable, in PRODDOM, on SYSB, anti-affinity group WEB. */
    public final UserEntry lnx002;
    /** Not relocatable, on SYSA: a local minidisk, a T-disk, a dedicated tape, anti-affinity group WEB. */
    public final UserEntry lnx003;
    public final IdentityEntry maint = F.createIdentityEntry();
    public final List<IsfcLink> links = new ArrayList<>();

    public ValidInstallation() {
        installation.setName("Validation fixture");
        installation.setSettings(F.createPlanningSettings());
        ReleaseLimits.addMissingDefaults(installation.getSettings());

        installation.getClusters().add(cluster);
        cluster.setName("PLEX1");
        cluster.setRelease(ZvmRelease.V7_3);
        cluster.setUserPrefix("020000");
        cluster.setPdrVolume(common);

        sysa = member("SYSA", 1, lpar(cec1, "LP1"));
        sysb = member("SYSB", 2, lpar(cec1, "LP2"));
        sysc = member("SYSC", 3, lpar(cec2, "LP3"));
        sysd = member("SYSD", 4, lpar(cec2, "LP4"));

        for (Member member : members) {
            reach(common, member, "0200");
            reach(spool, member, "0210");
            reach(userShared, member, "0300");
            cpOwned(member, 5, common);
            cpOwned(member, 10, spool);
            DasdVolume res = volume("M0" + member.getSlot() + "RES", VolumeUse.SYSRES, member);
            reach(res, member, "0100");
            cpOwned(member, 1, res);
            sysres.add(res);
            DasdVolume pg = volume("M0" + member.getSlot() + "P01", VolumeUse.PAGE, member);
            reach(pg, member, "0110");
            cpOwned(member, 255, pg);
            page.add(pg);
        }
        userLocal = volume("LXL001", VolumeUse.USER_LOCAL, sysa);
        reach(userLocal, sysa, "0310");

        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                links.add(link(members.get(i), members.get(j)));
            }
        }

        vswitch.setName("VSW1");
        vswitch.setPortAssignment(PortAssignment.USERBASED);
        internalSwitch.setName("VSWINT");
        for (Member member : members) {
            OsaDevice osa = F.createOsaDevice();
            osa.setName("OSA-" + member.getName());
            osa.setEqid("OSAPROD");
            osa.setLanSegment("PRODLAN");
            osa.getDeviceNumbers().add(number(member, "1000"));
            installation.getRealDevices().add(osa);
            osas.add(osa);
            VswitchUplink uplink = F.createVswitchUplink();
            uplink.setMember(member);
            uplink.getOsaDevices().add(osa);
            vswitch.getUplinks().add(uplink);

            FcpDevice fcp = F.createFcpDevice();
            fcp.setName("FCP-" + member.getName());
            fcp.setEqid("SANA");
            fcp.setFabric("FABRICA");
            fcp.getDeviceNumbers().add(number(member, "B000"));
            installation.getRealDevices().add(fcp);
            fcps.add(fcp);
        }
        cluster.getVirtualSwitches().add(vswitch);
        cluster.getVirtualSwitches().add(internalSwitch);

        prodDomain.setName("PRODDOM");
        prodDomain.getMembers().addAll(List.of(sysa, sysb, sysc));
        cluster.getRelocationDomains().add(prodDomain);

        profile.setName("LNXDFLT");
        MinidiskLink link = F.createMinidiskLink();
        link.setOwner("MAINT");
        link.setOwnerVaddr("0190");
        link.setVaddr("0190");
        link.setMode(AccessMode.RR);
        profile.getLinks().add(link);
        cluster.getProfiles().add(profile);

        lnx001 = guest("LNX001", sysa, true);
        lnx001.getMinidisks().add(minidisk("0100", userShared));
        lnx001.getNics().add(nic("0600", vswitch, "000001"));
        DedicatedDevice fcp = F.createDedicatedDevice();
        fcp.setVaddr("B000");
        fcp.setDevice(fcps.get(0));
        lnx001.getDedicatedDevices().add(fcp);
        SegmentUse dcss = F.createSegmentUse();
        dcss.setName("LNXDCSS");
        dcss.setKind(SegmentKind.DCSS);
        dcss.setPageType(SegmentPageType.SR);
        lnx001.getSegments().add(dcss);

        lnx002 = guest("LNX002", sysb, true);
        lnx002.setRelocationDomain(prodDomain);
        lnx002.setAntiAffinityGroup("WEB");
        lnx002.getMinidisks().add(minidisk("0100", userShared));
        lnx002.getNics().add(nic("0600", vswitch, "000002"));
        lnx002.getNics().add(nic("0700", internalSwitch, null));

        lnx003 = guest("LNX003", sysa, false);
        lnx003.setAntiAffinityGroup("WEB");
        lnx003.getMinidisks().add(minidisk("0100", userLocal));
        Minidisk tdisk = F.createMinidisk();
        tdisk.setVaddr("0200");
        tdisk.setKind(MinidiskKind.TDISK);
        tdisk.setSize(100);
        lnx003.getMinidisks().add(tdisk);
        DedicatedDevice tape = F.createDedicatedDevice();
        tape.setVaddr("0181");
        tape.setRdev("0580");
        lnx003.getDedicatedDevices().add(tape);
        lnx003.getNics().add(nic("0600", vswitch, null));

        keep(cluster, "", "FEATURES", "Features ,\n   Disable Set_Privclass ,\n   Enable Clear_TDisk");
        keep(cluster, "SYSA", "DEVICES", "SYSA: Devices Offline_at_IPL 0500-05FF  /* tapes */");

        maint.setUserid("MAINT");
        maint.setStorageMiB(256);
        maint.setMaxStorageMiB(1024);
        maint.setPrivilegeClasses("ABCDEFG");
        maint.setGuestOs(ssiplan.model.GuestOs.CMS);
        for (Member member : members) {
            Subconfig sub = F.createSubconfig();
            sub.setName("MAINT-" + member.getSlot());
            sub.setMember(member);
            sub.getMinidisks().add(minidisk("0CF1", sysres.get(member.getSlot() - 1)));
            maint.getSubconfigs().add(sub);
        }
        cluster.getVirtualMachines().add(maint);
    }

    /** A SYSTEM CONFIG statement kept verbatim, as an import leaves it. */
    public static ssiplan.model.ConfigStatement keep(SsiCluster cluster, String qualifier, String keyword, String text) {
        ssiplan.model.ConfigStatement statement = F.createConfigStatement();
        statement.setQualifier(qualifier);
        statement.setKeyword(keyword);
        statement.setText(text);
        cluster.getConfigStatements().add(statement);
        return statement;
    }

    private Cec cec(String name, MachineType type) {
        Cec cec = F.createCec();
        cec.setName(name);
        cec.setMachineType(type);
        cec.setMemoryGiB(1024);
        cec.setIflCount(20);
        for (String id : List.of("40", "41")) {
            ChannelPath path = F.createChannelPath();
            path.setChpid(id);
            path.setType(ChannelPathType.FC);
            path.setSpeed(FiconSpeed.EXPRESS16SA);
            cec.getChannelPaths().add(path);
        }
        installation.getCecs().add(cec);
        return cec;
    }

    private static Lpar lpar(Cec cec, String name) {
        Lpar lpar = F.createLpar();
        lpar.setName(name);
        lpar.setMemoryGiB(128);
        lpar.setLogicalProcessors(8);
        cec.getLpars().add(lpar);
        return lpar;
    }

    private Member member(String name, int slot, Lpar lpar) {
        Member member = F.createMember();
        member.setName(name);
        member.setSlot(slot);
        member.setLpar(lpar);
        member.setRelease(ZvmRelease.V7_3);
        member.setServiceLevel("RSU 2401");
        member.setRealMemoryGiB(128);
        member.setMacPrefix("02000" + slot);
        cluster.getMembers().add(member);
        members.add(member);
        return member;
    }

    private DasdVolume volume(String volser, VolumeUse use, Member owner) {
        DasdVolume volume = F.createDasdVolume();
        volume.setVolser(volser);
        volume.setDeviceType(DasdDeviceType.D3390_9);
        volume.setCylinders(10017);
        volume.setUse(use);
        volume.setOwnerMember(owner);
        installation.getDasdVolumes().add(volume);
        return volume;
    }

    static DeviceNumber number(Member member, String rdev) {
        DeviceNumber number = F.createDeviceNumber();
        number.setMember(member);
        number.setRdev(rdev);
        return number;
    }

    public static void reach(DasdVolume volume, Member member, String rdev) {
        volume.getDeviceNumbers().add(number(member, rdev));
    }

    public static CpOwnedSlot cpOwned(Member member, int slot, DasdVolume volume) {
        CpOwnedSlot entry = F.createCpOwnedSlot();
        entry.setSlot(slot);
        entry.setVolume(volume);
        member.getCpOwnedSlots().add(entry);
        return entry;
    }

    /** A link with two CTCs on the two CHPIDs of each end's CEC; device 4jnk at member i for partner j. */
    private IsfcLink link(Member a, Member b) {
        IsfcLink link = F.createIsfcLink();
        link.setMemberA(a);
        link.setMemberB(b);
        for (int k = 0; k < 2; k++) {
            CtcConnection ctc = F.createCtcConnection();
            ctc.setDeviceA("4" + b.getSlot() + "0" + k);
            ctc.setDeviceB("4" + a.getSlot() + "0" + k);
            ctc.setChpidA(cecOf(a).getChannelPaths().get(k));
            ctc.setChpidB(cecOf(b).getChannelPaths().get(k));
            link.getCtcConnections().add(ctc);
        }
        cluster.getIsfcLinks().add(link);
        return link;
    }

    public static Cec cecOf(Member member) {
        return (Cec) member.getLpar().eContainer();
    }

    private UserEntry guest(String userid, Member home, boolean relocatable) {
        UserEntry guest = F.createUserEntry();
        guest.setUserid(userid);
        guest.setStorageMiB(4096);
        guest.setMaxStorageMiB(8192);
        guest.setVirtualCpus(2);
        guest.setRelocatable(relocatable);
        guest.setChpidVirtualizationOne(relocatable);
        guest.setHomeMember(home);
        guest.setProfile(profile);
        cluster.getVirtualMachines().add(guest);
        vswitch.getGrantedUsers().add(guest);
        return guest;
    }

    static Minidisk minidisk(String vaddr, DasdVolume volume) {
        Minidisk disk = F.createMinidisk();
        disk.setVaddr(vaddr);
        disk.setKind(MinidiskKind.MDISK);
        disk.setVolume(volume);
        disk.setStart(1);
        disk.setSize(1000);
        return disk;
    }

    static NicDef nic(String vaddr, VirtualSwitch vswitch, String macId) {
        NicDef nic = F.createNicDef();
        nic.setVaddr(vaddr);
        nic.setType(NicType.QDIO);
        nic.setVswitch(vswitch);
        nic.setMacId(macId);
        return nic;
    }
}
