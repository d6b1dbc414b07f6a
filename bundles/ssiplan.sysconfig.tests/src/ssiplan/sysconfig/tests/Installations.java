package ssiplan.sysconfig.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import ssiplan.model.AccessMode;
import ssiplan.model.Cec;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
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
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.Subconfig;
import ssiplan.model.SystemResidence;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchTransport;
import ssiplan.model.VswitchUplink;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ReleaseLimits;
import ssiplan.model.examples.Examples;

/**
 * The installations the exporter and round-trip tests run on: every bundled example
 * ({@code ssiplan.model.examples.Examples}) and two built here: {@code lab} mirrors ssiplan.model.tests'
 * SampleInstallation (three members, SYSA-SYSC link missing, sparse settings), {@code four-member} is a
 * complete two-CEC cluster with every statement kind the exporter writes.
 */
final class Installations {

    private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

    private Installations() {
    }

    static Map<String, Supplier<Installation>> all() {
        Map<String, Supplier<Installation>> all = new LinkedHashMap<>();
        all.put("lab", Installations::lab);
        all.put("four-member", Installations::fourMember);
        for (String example : Examples.names()) {
            all.put(example, () -> Examples.create(example));
        }
        return all;
    }

    /**
     * Every cluster of every installation: the installation's name, or name-CLUSTER when it has several
     * (each cluster has its own SYSTEM CONFIG and USER DIRECT).
     */
    static Map<String, Supplier<SsiCluster>> clusters() {
        Map<String, Supplier<SsiCluster>> clusters = new LinkedHashMap<>();
        all().forEach((name, installation) -> {
            List<SsiCluster> list = installation.get().getClusters();
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                String key = list.size() == 1 ? name : name + "-" + list.get(i).getName().toLowerCase(java.util.Locale.ROOT);
                clusters.put(key, () -> installation.get().getClusters().get(index));
            }
        });
        return clusters;
    }

    static Installation lab() {
        Installation installation = installation("Lab installation");
        Cec cec1 = cec(installation, "CEC1", MachineType.Z15);
        Cec cec2 = cec(installation, "CEC2", MachineType.Z16);
        SsiCluster cluster = cluster(installation, "PLEX1", "02000A");
        DasdVolume common = volume(installation, "VMCOM1", VolumeUse.COMMON, null);
        DasdVolume user = volume(installation, "LX0001", VolumeUse.USER_SHARED, null);
        cluster.setPdrVolume(common);
        Member sysa = member(cluster, "SYSA", 1, lpar(cec1, "LP1"));
        Member sysb = member(cluster, "SYSB", 2, lpar(cec2, "LP2"));
        member(cluster, "SYSC", 3, lpar(cec2, "LP3"));
        slot(sysa, 5, common);
        link(cluster, sysa, sysb, "4A00", "5A00", "4A01", "5A01");
        link(cluster, sysb, cluster.getMembers().get(2), "5B00", "5C00");
        OsaDevice osa = osa(installation, "OSA1", "OSASET1", sysa, "1000");
        VirtualSwitch vswitch = F.createVirtualSwitch();
        vswitch.setName("VSW1");
        uplink(vswitch, sysa, osa);
        cluster.getVirtualSwitches().add(vswitch);
        RelocationDomain prod = domain(cluster, "PRODDOM", sysb, cluster.getMembers().get(2));
        Profile profile = F.createProfile();
        profile.setName("LNXDFLT");
        profile.getOtherStatements().add("SPOOL 000C 2540 READER *");
        cluster.getProfiles().add(profile);
        UserEntry linux = F.createUserEntry();
        linux.setUserid("LNX017");
        linux.setStorageMiB(4096);
        linux.setMaxStorageMiB(8192);
        linux.setVirtualCpus(2);
        linux.setRelocatable(true);
        linux.setRelocationDomain(prod);
        linux.setProfile(profile);
        linux.getMinidisks().add(mdisk("0100", user, 1, 10016, AccessMode.MR));
        linux.getLinks().add(link("MAINT", "0190", "0190", AccessMode.RR));
        linux.getNics().add(nic("0800", vswitch, null));
        cluster.getVirtualMachines().add(linux);
        IdentityEntry maint = F.createIdentityEntry();
        maint.setUserid("MAINT");
        maint.setStorageMiB(256);
        maint.setMaxStorageMiB(1024);
        maint.setPrivilegeClasses("ABCDEFG");
        Subconfig sub = F.createSubconfig();
        sub.setName("MAINT-1");
        sub.setMember(sysa);
        maint.getSubconfigs().add(sub);
        cluster.getVirtualMachines().add(maint);
        return installation;
    }

    static Installation fourMember() {
        Installation installation = installation("Two sites, one SSI");
        Cec east = cec(installation, "EASTCEC", MachineType.Z15);
        Cec west = cec(installation, "WESTCEC", MachineType.Z16);
        SsiCluster cluster = cluster(installation, "PRODSSI", "020000");
        DasdVolume common = volume(installation, "VMCOM1", VolumeUse.COMMON, null);
        DasdVolume release = volume(installation, "730RL1", VolumeUse.RELEASE, null);
        DasdVolume spool1 = volume(installation, "VMSPL1", VolumeUse.SPOOL, null);
        DasdVolume spool2 = volume(installation, "VMSPL2", VolumeUse.SPOOL, null);
        DasdVolume shared1 = volume(installation, "LX0001", VolumeUse.USER_SHARED, null);
        DasdVolume shared2 = volume(installation, "LX0002", VolumeUse.USER_SHARED, null);
        cluster.setPdrVolume(common);
        String[] names = {"VMSYS1", "VMSYS2", "VMSYS3", "VMSYS4"};
        Member[] members = new Member[4];
        for (int i = 0; i < 4; i++) {
            members[i] = member(cluster, names[i], i + 1, lpar(i < 2 ? east : west, "ZVM" + (i + 1)));
            Member m = members[i];
            DasdVolume sysres = volume(installation, "M0" + (i + 1) + "RES", VolumeUse.SYSRES, m);
            DasdVolume page = volume(installation, "M0" + (i + 1) + "P01", VolumeUse.PAGE, m);
            DasdVolume tdisk = volume(installation, "M0" + (i + 1) + "T01", VolumeUse.TDISK, m);
            slot(m, 1, sysres);
            slot(m, 5, common);
            slot(m, 10, spool1);
            slot(m, 11, spool2);
            slot(m, 254, tdisk);
            slot(m, 255, page);
        }
        SystemResidence residence = F.createSystemResidence();
        DasdVolume sysres1 = installation.getDasdVolumes().stream().filter(v -> v.getVolser().equals("M01RES")).findFirst().get();
        residence.setCheckpointVolume(sysres1);
        residence.setCheckpointStart(21);
        residence.setCheckpointSize(9);
        residence.setWarmstartVolume(sysres1);
        residence.setWarmstartStart(30);
        residence.setWarmstartSize(12);
        members[0].setSystemResidence(residence);
        DasdVolume local = volume(installation, "LXL001", VolumeUse.USER_LOCAL, members[2]);
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                String a = String.format("%X%X00", 4 + i, j);
                String b = String.format("%X%X00", 4 + j, i);
                String a2 = String.format("%X%X01", 4 + i, j);
                String b2 = String.format("%X%X01", 4 + j, i);
                link(cluster, members[i], members[j], a, b, a2, b2);
            }
        }
        VirtualSwitch prod = F.createVirtualSwitch();
        prod.setName("VSWPROD");
        prod.setTransport(VswitchTransport.ETHERNET);
        prod.setVlanMode(VlanMode.AWARE);
        prod.setDefaultVlan(100);
        prod.setPortAssignment(PortAssignment.PORTBASED);
        prod.setOtherOperands("NATIVE 1 PORTTYPE TRUNK");
        for (int i = 0; i < 4; i++) {
            OsaDevice first = osa(installation, "OSA" + (i + 1) + "A", "OSAPROD", members[i], (1 + i) + "000");
            OsaDevice second = osa(installation, "OSA" + (i + 1) + "B", "OSAPROD", members[i], (1 + i) + "100");
            VswitchUplink uplink = uplink(prod, members[i], first, second);
            if (i == 0) {
                uplink.setOtherOperands("CONTROLLER *");
            }
        }
        cluster.getVirtualSwitches().add(prod);
        VirtualSwitch internal = F.createVirtualSwitch();
        internal.setName("VSWINT");
        internal.setTransport(VswitchTransport.IP);
        cluster.getVirtualSwitches().add(internal);
        RelocationDomain eastDomain = domain(cluster, "EAST", members[0], members[1]);
        domain(cluster, "WEST", members[2], members[3]);
        cluster.getConfigStatements().add(kept("", "FEATURES", "Features ,\n  Disable ,\n    Auto_Warm_IPL ,\n"
                + "  MaxUsers noLimit"));
        cluster.getConfigStatements().add(kept("VMSYS1", "OPERATOR_CONSOLES", "Operator_Consoles 0020 0021"));
        cluster.getConfigStatements().add(kept("", "SYSTEM_IDENTIFIER_DEFAULT", "System_Identifier_Default VMSYS1"));
        cluster.getDirectoryStatements().add("DIRECTORY 0123 3390 VMCOM1");

        Profile profile = F.createProfile();
        profile.setName("LNXDFLT");
        profile.getLinks().add(link("MAINT", "0190", "0190", AccessMode.RR));
        profile.getOtherStatements().add("CONSOLE 0009 3215 T");
        profile.getOtherStatements().add("SPOOL 000C 2540 READER *");
        profile.getNics().add(nic("0600", prod, null));
        cluster.getProfiles().add(profile);
        for (int n = 1; n <= 3; n++) {
            UserEntry linux = F.createUserEntry();
            linux.setUserid("LNX00" + n);
            linux.setStorageMiB(n * 2048);
            linux.setMaxStorageMiB(n * 4096);
            linux.setVirtualCpus(n);
            linux.setRelocatable(n != 3);
            linux.setRelocationDomain(n == 1 ? eastDomain : null);
            linux.setChpidVirtualizationOne(n != 3);
            linux.setIpl("0100");
            linux.setProfile(profile);
            linux.getMinidisks().add(mdisk("0100", n == 3 ? shared2 : shared1, 1 + (n - 1) * 10016, 10016, AccessMode.MR));
            Minidisk swap = F.createMinidisk();
            swap.setVaddr("0101");
            swap.setKind(MinidiskKind.VDISK);
            swap.setSize(1048576);
            swap.setMode(AccessMode.MW);
            linux.getMinidisks().add(swap);
            linux.getNics().add(nic("0700", prod, String.format("0A00%02X", n)));
            linux.getOtherStatements().add("ACCOUNT 1 LINUX");
            cluster.getVirtualMachines().add(linux);
        }
        UserEntry batch = F.createUserEntry();
        batch.setUserid("BATCH1");
        batch.setStorageMiB(1024);
        batch.setMaxStorageMiB(2048);
        batch.setIpl("CMS");
        batch.getMinidisks().add(mdisk("0191", local, 1, 100, AccessMode.MR));
        cluster.getVirtualMachines().add(batch);
        IdentityEntry maint = F.createIdentityEntry();
        maint.setUserid("MAINT");
        maint.setStorageMiB(256);
        maint.setMaxStorageMiB(1024);
        maint.setPrivilegeClasses("ABCDEFG");
        maint.setIpl("CMS PARM AUTOCR");
        for (int i = 0; i < 4; i++) {
            Subconfig sub = F.createSubconfig();
            sub.setName("MAINT-" + (i + 1));
            sub.setMember(members[i]);
            String label = "M0" + (i + 1) + "RES";
            DasdVolume sysres = installation.getDasdVolumes().stream().filter(v -> v.getVolser().equals(label))
                    .findFirst().get();
            sub.getMinidisks().add(mdisk("0CF1", sysres, 39, 120, AccessMode.MR));
            maint.getSubconfigs().add(sub);
        }
        cluster.getVirtualMachines().add(maint);
        return installation;
    }

    private static ssiplan.model.ConfigStatement kept(String qualifier, String keyword, String text) {
        ssiplan.model.ConfigStatement kept = F.createConfigStatement();
        kept.setQualifier(qualifier);
        kept.setKeyword(keyword);
        kept.setText(text);
        return kept;
    }

    private static Installation installation(String name) {
        Installation installation = F.createInstallation();
        installation.setName(name);
        installation.setSettings(F.createPlanningSettings());
        ReleaseLimits.addMissingDefaults(installation.getSettings());
        return installation;
    }

    private static SsiCluster cluster(Installation installation, String name, String userPrefix) {
        SsiCluster cluster = F.createSsiCluster();
        cluster.setName(name);
        cluster.setRelease(ZvmRelease.V7_3);
        cluster.setUserPrefix(userPrefix);
        installation.getClusters().add(cluster);
        return cluster;
    }

    private static Cec cec(Installation installation, String name, MachineType type) {
        Cec cec = F.createCec();
        cec.setName(name);
        cec.setMachineType(type);
        cec.setMemoryGiB(512);
        installation.getCecs().add(cec);
        return cec;
    }

    private static Lpar lpar(Cec cec, String name) {
        Lpar lpar = F.createLpar();
        lpar.setName(name);
        lpar.setMemoryGiB(64);
        cec.getLpars().add(lpar);
        return lpar;
    }

    private static Member member(SsiCluster cluster, String name, int slot, Lpar lpar) {
        Member member = F.createMember();
        member.setName(name);
        member.setSlot(slot);
        member.setLpar(lpar);
        member.setMacPrefix("02000" + slot);
        cluster.getMembers().add(member);
        return member;
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

    private static void slot(Member member, int number, DasdVolume volume) {
        CpOwnedSlot slot = F.createCpOwnedSlot();
        slot.setSlot(number);
        slot.setVolume(volume);
        member.getCpOwnedSlots().add(slot);
    }

    private static void link(SsiCluster cluster, Member a, Member b, String... devicePairs) {
        IsfcLink link = F.createIsfcLink();
        link.setMemberA(a);
        link.setMemberB(b);
        for (int i = 0; i < devicePairs.length; i += 2) {
            CtcConnection ctc = F.createCtcConnection();
            ctc.setDeviceA(devicePairs[i]);
            ctc.setDeviceB(devicePairs[i + 1]);
            link.getCtcConnections().add(ctc);
        }
        cluster.getIsfcLinks().add(link);
    }

    private static OsaDevice osa(Installation installation, String name, String eqid, Member member, String rdev) {
        OsaDevice osa = F.createOsaDevice();
        osa.setName(name);
        osa.setEqid(eqid);
        DeviceNumber number = F.createDeviceNumber();
        number.setMember(member);
        number.setRdev(rdev);
        osa.getDeviceNumbers().add(number);
        installation.getRealDevices().add(osa);
        return osa;
    }

    private static VswitchUplink uplink(VirtualSwitch vswitch, Member member, OsaDevice... osas) {
        VswitchUplink uplink = F.createVswitchUplink();
        uplink.setMember(member);
        for (OsaDevice osa : osas) {
            uplink.getOsaDevices().add(osa);
        }
        vswitch.getUplinks().add(uplink);
        return uplink;
    }

    private static RelocationDomain domain(SsiCluster cluster, String name, Member... members) {
        RelocationDomain domain = F.createRelocationDomain();
        domain.setName(name);
        for (Member member : members) {
            domain.getMembers().add(member);
        }
        cluster.getRelocationDomains().add(domain);
        return domain;
    }

    private static Minidisk mdisk(String vaddr, DasdVolume volume, int start, int size, AccessMode mode) {
        Minidisk disk = F.createMinidisk();
        disk.setVaddr(vaddr);
        disk.setKind(MinidiskKind.MDISK);
        disk.setVolume(volume);
        disk.setStart(start);
        disk.setSize(size);
        disk.setMode(mode);
        return disk;
    }

    private static MinidiskLink link(String owner, String ownerVaddr, String vaddr, AccessMode mode) {
        MinidiskLink link = F.createMinidiskLink();
        link.setOwner(owner);
        link.setOwnerVaddr(ownerVaddr);
        link.setVaddr(vaddr);
        link.setMode(mode);
        return link;
    }

    private static NicDef nic(String vaddr, VirtualSwitch vswitch, String macId) {
        NicDef nic = F.createNicDef();
        nic.setVaddr(vaddr);
        nic.setType(NicType.QDIO);
        nic.setVswitch(vswitch);
        nic.setMacId(macId);
        return nic;
    }
}
