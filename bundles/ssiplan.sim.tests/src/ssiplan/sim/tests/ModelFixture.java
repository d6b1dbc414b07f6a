package ssiplan.sim.tests;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.Crypto;
import ssiplan.model.CryptoMode;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DeviceNumber;
import ssiplan.model.FcpDevice;
import ssiplan.model.FiconSpeed;
import ssiplan.model.GuestOs;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.OsaDevice;
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
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.WorkloadProfile;
import ssiplan.model.ZvmRelease;

/**
 * An installation built in code that uses every part of the model the adapter reads, built the way
 * ssiplan.model.tests' SampleInstallation is:
 * <ul>
 * <li>CEC1 (z15: CHPIDs 40, 41 at 16 Gb/s, 42 at 8 Gb/s) with LPAR LP1; CEC2 (z16: CHPIDs 50, 51 at
 * 16 Gb/s) with LP2 and LP3;</li>
 * <li>cluster PLEX1 at 7.3: SYSA (LP1, memory from the LPAR, 48 GiB paging, RSU 2401), SYSB (LP2, 100
 * GiB real, paging from two PAGE volumes, RSU 2302), SYSC (LP3, DOWN), SYSD (no LPAR, ISOLATED);</li>
 * <li>ISFC links SYSA-SYSB (CTCs 4A00 on 40/50 and 4A01 on 42/51), SYSB-SYSC entered from SYSC's side,
 * SYSA-SYSC with one CHPID missing at SYSC's end;</li>
 * <li>OSA-A on SYSA and OSA-B on SYSB (EQID OSAPROD, LAN PRODLAN), FCP1 (EQID FCPSET1) on SYSA and SYSC;</li>
 * <li>VSWITCH VSWPROD (VLAN AWARE 100, uplinks on SYSA and SYSB, LNX1 granted), VSWTEST (no uplinks, open);</li>
 * <li>domain PRODDOM = SYSA, SYSB; profile LNXDFLT (minidisk 0191, IUCV *MSG);</li>
 * <li>LNX1 (Linux, everything relocation looks at), ZOS1 (z/OS, VMRELOCATE OFF, blockers, no workload),
 * MAINT (IDENTITY on SYSA and SYSB).</li>
 * </ul>
 */
final class ModelFixture {

    private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

    final Installation installation = F.createInstallation();
    final SsiCluster cluster = F.createSsiCluster();
    final Cec cec1 = cec("CEC1", MachineType.Z15);
    final Cec cec2 = cec("CEC2", MachineType.Z16);
    final ChannelPath c40 = chpid(cec1, "40", FiconSpeed.EXPRESS16SA);
    final ChannelPath c41 = chpid(cec1, "41", FiconSpeed.EXPRESS16SA);
    final ChannelPath c42 = chpid(cec1, "42", FiconSpeed.EXPRESS8S);
    final ChannelPath c50 = chpid(cec2, "50", FiconSpeed.EXPRESS16SA);
    final ChannelPath c51 = chpid(cec2, "51", FiconSpeed.EXPRESS16SA);
    final Member sysa;
    final Member sysb;
    final Member sysc;
    final Member sysd;
    final DasdVolume common = volume("VMCOM1", VolumeUse.COMMON);
    final DasdVolume shared = volume("LX0001", VolumeUse.USER_SHARED);
    final DasdVolume localA = volume("LOCALA", VolumeUse.USER_LOCAL);
    final DasdVolume pageB1 = volume("PAGEB1", VolumeUse.PAGE);
    final DasdVolume pageB2 = volume("PAGEB2", VolumeUse.PAGE);
    final OsaDevice osaA = F.createOsaDevice();
    final OsaDevice osaB = F.createOsaDevice();
    final FcpDevice fcp = F.createFcpDevice();
    final VirtualSwitch vswprod = F.createVirtualSwitch();
    final VirtualSwitch vswtest = F.createVirtualSwitch();
    final RelocationDomain prodDomain = F.createRelocationDomain();
    final Profile profile = F.createProfile();
    final UserEntry lnx1 = F.createUserEntry();
    final UserEntry zos1 = F.createUserEntry();
    final IdentityEntry maint = F.createIdentityEntry();

    ModelFixture() {
        installation.setName("Test plant");
        installation.setSettings(F.createPlanningSettings());
        installation.getSettings().setMemoryOvercommitLimit(2.5);
        installation.getClusters().add(cluster);
        cluster.setName("PLEX1");
        cluster.setRelease(ZvmRelease.V7_3);

        sysa = member("SYSA", 1, lpar(cec1, "LP1", 64, 8));
        sysa.setRealMemoryGiB(0); // from the LPAR
        sysa.setPagingCapacityGiB(48);
        sysa.setServiceLevel("RSU 2401");
        sysb = member("SYSB", 2, lpar(cec2, "LP2", 128, 16));
        sysb.setRealMemoryGiB(100);
        sysb.setServiceLevel("RSU 2302");
        pageB1.setDeviceType(DasdDeviceType.D3390_9);
        pageB1.setCylinders(10017);
        pageB1.setOwnerMember(sysb);
        pageB2.setDeviceType(DasdDeviceType.EDEV);
        pageB2.setBlocks(2_000_000);
        pageB2.setOwnerMember(sysb);
        cpOwned(sysb, 255, pageB1);
        cpOwned(sysb, 254, pageB2);
        sysc = member("SYSC", 3, lpar(cec2, "LP3", 32, 4));
        sysc.setRealMemoryGiB(32);
        sysc.setInitialState(MemberState.DOWN);
        sysd = member("SYSD", 4, null);
        sysd.setInitialState(MemberState.ISOLATED);
        sysd.setRelease(ZvmRelease.V7_4);

        common.getDeviceNumbers().add(number(sysa, "0200"));
        common.getDeviceNumbers().add(number(sysb, "0300"));
        common.getDeviceNumbers().add(number(sysc, "0400"));
        localA.setOwnerMember(sysa);

        link(sysa, sysb, ctc("4A00", "5A00", c40, c50), ctc("4A01", "5A01", c42, c51));
        link(sysc, sysb, ctc("6C00", "6B00", c51, c50));
        link(sysa, sysc, ctc("4C00", "5C00", c41, null));

        osa(osaA, "OSA-A", sysa, "1000");
        osa(osaB, "OSA-B", sysb, "2000");
        fcp.setName("FCP1");
        fcp.setEqid("FCPSET1");
        fcp.getDeviceNumbers().add(number(sysa, "B000"));
        fcp.getDeviceNumbers().add(number(sysc, "C000"));
        installation.getRealDevices().add(fcp);

        vswprod.setName("VSWPROD");
        vswprod.setVlanMode(VlanMode.AWARE);
        vswprod.setDefaultVlan(100);
        uplink(vswprod, sysa, osaA);
        uplink(vswprod, sysb, osaB);
        cluster.getVirtualSwitches().add(vswprod);
        vswtest.setName("VSWTEST");
        cluster.getVirtualSwitches().add(vswtest);

        prodDomain.setName("PRODDOM");
        prodDomain.getMembers().add(sysa);
        prodDomain.getMembers().add(sysb);
        cluster.getRelocationDomains().add(prodDomain);

        profile.setName("LNXDFLT");
        profile.getMinidisks().add(minidisk("0191", shared));
        profile.getOtherStatements().add("IUCV *MSG");
        cluster.getProfiles().add(profile);

        maint();
        lnx1();
        zos1();
    }

    private void lnx1() {
        lnx1.setUserid("LNX1");
        lnx1.setStorageMiB(4096);
        lnx1.setMaxStorageMiB(8192);
        lnx1.setVirtualCpus(2);
        lnx1.setRelocatable(true);
        lnx1.setChpidVirtualizationOne(true);
        lnx1.setRelocationDomain(prodDomain);
        lnx1.setHomeMember(sysa);
        lnx1.setTolerableOutageSeconds(30);
        lnx1.setAntiAffinityGroup("WEB");
        lnx1.setProfile(profile);
        lnx1.setIpl("0100");
        lnx1.getMinidisks().add(minidisk("0100", shared));
        lnx1.getMinidisks().add(minidisk("0200", localA));
        Minidisk vdisk = minidisk("0300", null);
        vdisk.setKind(MinidiskKind.VDISK);
        lnx1.getMinidisks().add(vdisk);
        MinidiskLink link = F.createMinidiskLink();
        link.setOwner("MAINT");
        link.setOwnerVaddr("0190");
        link.setVaddr("0190");
        lnx1.getLinks().add(link);
        MinidiskLink dangling = F.createMinidiskLink();
        dangling.setOwner("NOBODY");
        dangling.setOwnerVaddr("0999");
        dangling.setVaddr("0999");
        lnx1.getLinks().add(dangling);
        NicDef nic = F.createNicDef();
        nic.setVaddr("0800");
        nic.setVswitch(vswprod);
        lnx1.getNics().add(nic);
        NicDef uncoupled = F.createNicDef();
        uncoupled.setVaddr("0900");
        lnx1.getNics().add(uncoupled);
        DedicatedDevice dd = F.createDedicatedDevice();
        dd.setVaddr("0A00");
        dd.setDevice(fcp);
        lnx1.getDedicatedDevices().add(dd);
        lnx1.getSegments().add(segment("LNXSEG", SegmentKind.DCSS, SegmentPageType.SR));
        lnx1.getSegments().add(segment("LNXSEG", SegmentKind.DCSS, SegmentPageType.SW));
        Crypto crypto = F.createCrypto();
        crypto.setMode(CryptoMode.APVIRT);
        lnx1.setCrypto(crypto);
        lnx1.getOtherStatements().add("IUCV RACFVM");
        lnx1.getOtherStatements().add("IUCV ALLOW");
        WorkloadProfile w = F.createWorkloadProfile();
        w.setTouchedStorageMiB(3543);
        w.setDirtyPagesPerSecond(12000);
        w.setWritableWorkingSetMiB(1024);
        w.setCpuDemand(0.8);
        w.setStateTransferSeconds(0.25);
        lnx1.setWorkload(w);
        cluster.getVirtualMachines().add(lnx1);
        vswprod.getGrantedUsers().add(lnx1);
    }

    private void zos1() {
        zos1.setUserid("ZOS1");
        zos1.setGuestOs(GuestOs.ZOS);
        zos1.setRelocatable(false);
        zos1.setHomeMember(sysb);
        zos1.setVirtualCpus(1);
        zos1.setIpl("ZOSNSS");
        DedicatedDevice tape = F.createDedicatedDevice();
        tape.setVaddr("0181");
        tape.setRdev("0581");
        zos1.getDedicatedDevices().add(tape);
        Minidisk tdisk = minidisk("0300", null);
        tdisk.setKind(MinidiskKind.TDISK);
        zos1.getMinidisks().add(tdisk);
        zos1.getSegments().add(segment("ZOSSEG", SegmentKind.DCSS, SegmentPageType.EW));
        Crypto crypto = F.createCrypto();
        crypto.setMode(CryptoMode.APDED);
        crypto.getAdapters().add(3);
        zos1.setCrypto(crypto);
        zos1.getOtherStatements().add("CPU 00 BASE DEDICATE");
        cluster.getVirtualMachines().add(zos1);
    }

    private void maint() {
        maint.setUserid("MAINT");
        maint.setStorageMiB(256);
        maint.setMaxStorageMiB(1024);
        maint.setGuestOs(GuestOs.CMS);
        maint.setIpl("CMS");
        maint.getMinidisks().add(minidisk("0190", common));
        Subconfig onA = F.createSubconfig();
        onA.setName("MAINT-1");
        onA.setMember(sysa);
        onA.getMinidisks().add(minidisk("0191", localA));
        maint.getSubconfigs().add(onA);
        Subconfig onB = F.createSubconfig();
        onB.setName("MAINT-2");
        onB.setMember(sysb);
        maint.getSubconfigs().add(onB);
        cluster.getVirtualMachines().add(maint);
    }

    private Cec cec(String name, MachineType type) {
        Cec cec = F.createCec();
        cec.setName(name);
        cec.setMachineType(type);
        installation.getCecs().add(cec);
        return cec;
    }

    private static ChannelPath chpid(Cec cec, String id, FiconSpeed speed) {
        ChannelPath p = F.createChannelPath();
        p.setChpid(id);
        p.setType(ChannelPathType.FC);
        p.setSpeed(speed);
        cec.getChannelPaths().add(p);
        return p;
    }

    private static Lpar lpar(Cec cec, String name, int gib, int processors) {
        Lpar lpar = F.createLpar();
        lpar.setName(name);
        lpar.setMemoryGiB(gib);
        lpar.setLogicalProcessors(processors);
        cec.getLpars().add(lpar);
        return lpar;
    }

    private Member member(String name, int slot, Lpar lpar) {
        Member m = F.createMember();
        m.setName(name);
        m.setSlot(slot);
        m.setLpar(lpar);
        cluster.getMembers().add(m);
        return m;
    }

    private DasdVolume volume(String volser, VolumeUse use) {
        DasdVolume v = F.createDasdVolume();
        v.setVolser(volser);
        v.setUse(use);
        v.setCylinders(10017);
        installation.getDasdVolumes().add(v);
        return v;
    }

    private static void cpOwned(Member m, int slot, DasdVolume v) {
        CpOwnedSlot s = F.createCpOwnedSlot();
        s.setSlot(slot);
        s.setVolume(v);
        m.getCpOwnedSlots().add(s);
    }

    private static DeviceNumber number(Member m, String rdev) {
        DeviceNumber n = F.createDeviceNumber();
        n.setMember(m);
        n.setRdev(rdev);
        return n;
    }

    private void link(Member a, Member b, CtcConnection... ctcs) {
        IsfcLink l = F.createIsfcLink();
        l.setMemberA(a);
        l.setMemberB(b);
        for (CtcConnection c : ctcs) {
            l.getCtcConnections().add(c);
        }
        cluster.getIsfcLinks().add(l);
    }

    private static CtcConnection ctc(String devA, String devB, ChannelPath a, ChannelPath b) {
        CtcConnection c = F.createCtcConnection();
        c.setDeviceA(devA);
        c.setDeviceB(devB);
        c.setChpidA(a);
        c.setChpidB(b);
        return c;
    }

    private void osa(OsaDevice osa, String name, Member m, String rdev) {
        osa.setName(name);
        osa.setEqid("OSAPROD");
        osa.setLanSegment("PRODLAN");
        osa.getDeviceNumbers().add(number(m, rdev));
        installation.getRealDevices().add(osa);
    }

    private static void uplink(VirtualSwitch vs, Member m, OsaDevice osa) {
        VswitchUplink u = F.createVswitchUplink();
        u.setMember(m);
        u.getOsaDevices().add(osa);
        vs.getUplinks().add(u);
    }

    private static Minidisk minidisk(String vaddr, DasdVolume v) {
        Minidisk md = F.createMinidisk();
        md.setVaddr(vaddr);
        md.setKind(MinidiskKind.MDISK);
        md.setVolume(v);
        md.setStart(1);
        md.setSize(100);
        return md;
    }

    private static SegmentUse segment(String name, SegmentKind kind, SegmentPageType type) {
        SegmentUse s = F.createSegmentUse();
        s.setName(name);
        s.setKind(kind);
        s.setPageType(type);
        return s;
    }
}
