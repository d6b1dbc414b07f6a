package ssiplan.model.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.AccessMode;
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
import ssiplan.model.HiperSocketsDevice;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.ProcessorType;
import ssiplan.model.Profile;
import ssiplan.model.RealDevice;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchTransport;
import ssiplan.model.VswitchType;
import ssiplan.model.VswitchUplink;
import ssiplan.model.WorkloadProfile;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ReleaseLimits;

/**
 * Builds installations the way a z/VM systems programmer lays them out, so that the bundled examples
 * and the synthetic generator follow the same conventions and stay correct by construction:
 * IBM's CP_Owned layout (sysres slot 1, common slot 5, spool from 10 up, page and T-disk from 255 down),
 * the same real device number for a shared volume on every member, FICON CTCs of an ISFC link
 * spread over the CHPIDs of each end with the same device number at both ends, and minidisk extents
 * allocated from cylinder 1 upwards without overlap.
 */
final class InstallationBuilder {

    static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

    final Installation installation = F.createInstallation();
    private final Map<DasdVolume, Integer> nextFreeCylinder = new HashMap<>();
    private final Map<Member, Integer> nextPageSlot = new HashMap<>();
    private final Map<Member, Integer> nextDasdRdev = new HashMap<>();

    InstallationBuilder(String name, String description) {
        installation.setName(name);
        installation.setDescription(description);
        installation.setSettings(F.createPlanningSettings());
        ReleaseLimits.addMissingDefaults(installation.getSettings());
    }

    // ---- processors ------------------------------------------------------------------------------

    Cec cec(String name, MachineType type, String serial, String site, int memoryGiB, int cps, int ifls) {
        Cec cec = F.createCec();
        cec.setName(name);
        cec.setMachineType(type);
        cec.setSerial(serial);
        cec.setSite(site);
        cec.setMemoryGiB(memoryGiB);
        cec.setCpCount(cps);
        cec.setIflCount(ifls);
        installation.getCecs().add(cec);
        return cec;
    }

    ChannelPath chpid(Cec cec, String chpid, ChannelPathType type, FiconSpeed speed, String pchid) {
        ChannelPath path = F.createChannelPath();
        path.setChpid(chpid);
        path.setType(type);
        if (speed != null) {
            path.setSpeed(speed);
        }
        path.setPchid(pchid);
        cec.getChannelPaths().add(path);
        return path;
    }

    /** FICON CHPIDs of one speed for FCTC traffic, consecutive from {@code firstChpid}. */
    List<ChannelPath> ficonChpids(Cec cec, int firstChpid, int count, FiconSpeed speed, int firstPchid) {
        List<ChannelPath> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add(chpid(cec, hex2(firstChpid + i), ChannelPathType.FC, speed, hex3(firstPchid + 4 * i)));
        }
        return paths;
    }

    Lpar lpar(Cec cec, String name, int memoryGiB, int logicalProcessors) {
        Lpar lpar = F.createLpar();
        lpar.setName(name);
        lpar.setMemoryGiB(memoryGiB);
        lpar.setLogicalProcessors(logicalProcessors);
        lpar.setProcessorType(ProcessorType.IFL);
        cec.getLpars().add(lpar);
        return lpar;
    }

    // ---- cluster and members -----------------------------------------------------------------------

    SsiCluster cluster(String name, ZvmRelease release, String userPrefix) {
        SsiCluster cluster = F.createSsiCluster();
        cluster.setName(name);
        cluster.setRelease(release);
        cluster.setUserPrefix(userPrefix);
        installation.getClusters().add(cluster);
        return cluster;
    }

    /**
     * A member; {@code lpar} may be null for a member that is defined in the SSI statement but has no
     * partition of its own yet (it is IPLed in whatever spare LPAR is free when it is needed).
     */
    Member member(SsiCluster cluster, String name, int slot, Lpar lpar, int realMemoryGiB, String serviceLevel,
            String macPrefix, MemberState initialState) {
        Member member = F.createMember();
        member.setName(name);
        member.setSlot(slot);
        member.setLpar(lpar);
        member.setRelease(cluster.getRelease());
        member.setServiceLevel(serviceLevel);
        member.setMacPrefix(macPrefix);
        member.setRealMemoryGiB(realMemoryGiB);
        member.setInitialState(initialState);
        cluster.getMembers().add(member);
        return member;
    }

    // ---- DASD ---------------------------------------------------------------------------------------

    DasdVolume volume(String volser, DasdDeviceType type, VolumeUse use, Member owner, String site) {
        DasdVolume volume = F.createDasdVolume();
        volume.setVolser(volser);
        volume.setDeviceType(type);
        volume.setCylinders(cylinders(type));
        volume.setUse(use);
        volume.setOwnerMember(owner);
        volume.setSite(site);
        installation.getDasdVolumes().add(volume);
        return volume;
    }

    /** Makes {@code volume} reachable from each of {@code members} at real device {@code rdev}. */
    DasdVolume reach(DasdVolume volume, String rdev, List<Member> members) {
        for (Member member : members) {
            volume.getDeviceNumbers().add(deviceNumber(member, rdev));
        }
        return volume;
    }

    void cpOwned(Member member, int slot, DasdVolume volume) {
        CpOwnedSlot entry = F.createCpOwnedSlot();
        entry.setSlot(slot);
        entry.setVolume(volume);
        member.getCpOwnedSlots().add(entry);
    }

    /** Puts the shared volumes in every member's CP_Owned list at the same slot (required for spool [C]). */
    void cpOwnedEverywhere(SsiCluster cluster, int slot, DasdVolume volume) {
        for (Member member : cluster.getMembers()) {
            cpOwned(member, slot, volume);
        }
    }

    /**
     * The member-local CP-owned volumes of IBM's layout: the sysres in slot 1 and {@code pageVolumes}
     * paging volumes from slot 255 downward, then {@code tdiskVolumes} T-disk volumes below them.
     * Volsers follow IBM's installer: M01RES, M01P01… for slot 1's member.
     */
    /** The common, release and user-volume pool of a one-site cluster (see {@link #oneSiteDasd}). */
    record SharedDasd(DasdVolume common, DasdVolume release, List<DasdVolume> userVolumes) {
    }

    /**
     * IBM's DASD layout for a cluster at one site, the same on every member: VMCOM1 (common volume, PDR,
     * CP_Owned slot 5) and 730RL1 at 9000/9001, one spool volume per member (slot 9 + member slot, device
     * 901n), each member's own page and T-disk volumes at 9n00, and {@code userVolumes} shared user volumes
     * LX0001... at 9500 upward. Creation order is fixed, so the elements' ids stay stable.
     */
    SharedDasd oneSiteDasd(SsiCluster plex, List<Member> all, String site, int pageVolumes, int tdiskVolumes,
            int userVolumeCount) {
        DasdVolume common = reach(volume("VMCOM1", DasdDeviceType.D3390_9, VolumeUse.COMMON, null, site), "9000", all);
        plex.setPdrVolume(common);
        cpOwnedEverywhere(plex, 5, common);
        DasdVolume release = reach(volume("730RL1", DasdDeviceType.D3390_9, VolumeUse.RELEASE, null, site), "9001", all);
        for (Member member : all) {
            DasdVolume spool = volume(String.format("M%02dS01", member.getSlot()), DasdDeviceType.D3390_27, VolumeUse.SPOOL,
                    member, site);
            reach(spool, "901" + member.getSlot(), all);
            cpOwnedEverywhere(plex, 9 + member.getSlot(), spool);
        }
        for (Member member : all) {
            localCpOwnedVolumes(member, "9" + member.getSlot() + "00", pageVolumes, DasdDeviceType.D3390_54, tdiskVolumes, site);
        }
        List<DasdVolume> userVolumes = new ArrayList<>();
        for (int i = 1; i <= userVolumeCount; i++) {
            userVolumes.add(reach(volume(String.format("LX%04d", i), DasdDeviceType.D3390_54, VolumeUse.USER_SHARED, null, site),
                    String.format("95%02X", i - 1), all));
        }
        return new SharedDasd(common, release, userVolumes);
    }

    void localCpOwnedVolumes(Member member, String rdevBase, int pageVolumes, DasdDeviceType pageType, int tdiskVolumes,
            String site) {
        localCpOwnedVolumes(member, String.format("M%02d", member.getSlot()), rdevBase, pageVolumes, pageType, tdiskVolumes, site);
    }

    /** As above with volsers starting with {@code prefix} (3 characters) where several clusters share the DASD. */
    void localCpOwnedVolumes(Member member, String prefix, String rdevBase, int pageVolumes, DasdDeviceType pageType,
            int tdiskVolumes, String site) {
        int rdev = Integer.parseInt(rdevBase, 16);
        nextDasdRdev.put(member, rdev);
        DasdVolume sysres = volume(prefix + "RES", DasdDeviceType.D3390_9, VolumeUse.SYSRES, member, site);
        reach(sysres, nextRdev(member), List.of(member));
        cpOwned(member, 1, sysres);
        nextPageSlot.put(member, 255);
        pageVolumes(member, prefix, pageVolumes, pageType, site);
        for (int i = 1; i <= tdiskVolumes; i++) {
            DasdVolume tdisk = volume(prefix + "T" + String.format("%02d", i), DasdDeviceType.D3390_9, VolumeUse.TDISK, member, site);
            reach(tdisk, nextRdev(member), List.of(member));
            cpOwned(member, takePageSlot(member), tdisk);
        }
    }

    /** Adds {@code count} more paging volumes to {@code member}, in the next slots downward from 255. */
    void pageVolumes(Member member, String prefix, int count, DasdDeviceType pageType, String site) {
        int existing = (int) member.getCpOwnedSlots().stream().filter(s -> s.getVolume().getUse() == VolumeUse.PAGE).count();
        for (int i = existing + 1; i <= existing + count; i++) {
            DasdVolume page = volume(prefix + "P" + String.format("%02d", i), pageType, VolumeUse.PAGE, member, site);
            reach(page, nextRdev(member), List.of(member));
            cpOwned(member, takePageSlot(member), page);
        }
    }

    /** A member-local user volume (for minidisks that exist on one member only). */
    DasdVolume localUserVolume(Member member, String volser, DasdDeviceType type, String site) {
        DasdVolume volume = volume(volser, type, VolumeUse.USER_LOCAL, member, site);
        return reach(volume, nextRdev(member), List.of(member));
    }

    private String nextRdev(Member member) {
        int rdev = nextDasdRdev.merge(member, 1, Integer::sum) - 1;
        return hex4(rdev);
    }

    private int takePageSlot(Member member) {
        return nextPageSlot.merge(member, -1, Integer::sum) + 1;
    }

    /** Allocates {@code size} cylinders on {@code volume}; cylinder 0 holds the label and allocation map. */
    Minidisk minidisk(VirtualMachine owner, String vaddr, DasdVolume volume, int size, AccessMode mode) {
        int start = nextFreeCylinder.getOrDefault(volume, 1);
        if (start + size > volume.getCylinders()) {
            throw new IllegalStateException("volume " + volume.getVolser() + " has no room for " + size + " cylinders");
        }
        nextFreeCylinder.put(volume, start + size);
        return minidiskAt(owner, vaddr, volume, start, size, mode);
    }

    /** Same as {@link #minidisk(VirtualMachine, String, DasdVolume, int, AccessMode)} for a SUBCONFIG. */
    Minidisk minidisk(Subconfig owner, String vaddr, DasdVolume volume, int size, AccessMode mode) {
        int start = nextFreeCylinder.getOrDefault(volume, 1);
        if (start + size > volume.getCylinders()) {
            throw new IllegalStateException("volume " + volume.getVolser() + " has no room for " + size + " cylinders");
        }
        nextFreeCylinder.put(volume, start + size);
        Minidisk disk = newMinidisk(vaddr, volume, start, size, mode);
        owner.getMinidisks().add(disk);
        return disk;
    }

    /** Free cylinders left on {@code volume}. */
    int freeCylinders(DasdVolume volume) {
        return volume.getCylinders() - nextFreeCylinder.getOrDefault(volume, 1);
    }

    private Minidisk minidiskAt(VirtualMachine owner, String vaddr, DasdVolume volume, int start, int size, AccessMode mode) {
        Minidisk disk = newMinidisk(vaddr, volume, start, size, mode);
        owner.getMinidisks().add(disk);
        return disk;
    }

    private static Minidisk newMinidisk(String vaddr, DasdVolume volume, int start, int size, AccessMode mode) {
        Minidisk disk = F.createMinidisk();
        disk.setVaddr(vaddr);
        disk.setKind(MinidiskKind.MDISK);
        disk.setVolume(volume);
        disk.setStart(start);
        disk.setSize(size);
        disk.setMode(mode);
        return disk;
    }

    static Minidisk temporaryDisk(VirtualMachine owner, String vaddr, int cylinders) {
        Minidisk disk = F.createMinidisk();
        disk.setVaddr(vaddr);
        disk.setKind(MinidiskKind.TDISK);
        disk.setSize(cylinders);
        disk.setMode(AccessMode.MR);
        owner.getMinidisks().add(disk);
        return disk;
    }

    static Minidisk virtualDisk(VirtualMachine owner, String vaddr, int blocks) {
        Minidisk disk = F.createMinidisk();
        disk.setVaddr(vaddr);
        disk.setKind(MinidiskKind.VDISK);
        disk.setSize(blocks);
        disk.setMode(AccessMode.MW);
        owner.getMinidisks().add(disk);
        return disk;
    }

    // ---- ISFC -----------------------------------------------------------------------------------

    /**
     * A full mesh of ISFC links between {@code members} (n(n-1)/2 links [C]), each made of
     * {@code ctcsPerLink} FICON CTCs. CTC k of a link runs on CHPID k (mod count) of each end's CEC,
     * so the devices of one link are spread over several CHPIDs of one speed; within one CEC the B end
     * uses the next CHPID so that the two ends do not share a channel. Device numbers are the same at
     * both ends (IBM's recommendation [C]): {@code E}, the lower slot, the higher slot, the CTC index.
     */
    void fullMesh(SsiCluster cluster, List<Member> members, Map<Cec, List<ChannelPath>> ctcChpids, int ctcsPerLink) {
        fullMesh(cluster, members, ctcChpids, ctcsPerLink, 'E');
    }

    /** As {@link #fullMesh(SsiCluster, List, Map, int)} with CTC device numbers starting with {@code prefix}. */
    void fullMesh(SsiCluster cluster, List<Member> members, Map<Cec, List<ChannelPath>> ctcChpids, int ctcsPerLink,
            char prefix) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                link(cluster, members.get(i), members.get(j), ctcChpids, ctcsPerLink, prefix);
            }
        }
    }

    IsfcLink link(SsiCluster cluster, Member a, Member b, Map<Cec, List<ChannelPath>> ctcChpids, int ctcs, char prefix) {
        List<ChannelPath> pathsA = ctcChpids.get(cecOf(a, ctcChpids));
        List<ChannelPath> pathsB = ctcChpids.get(cecOf(b, ctcChpids));
        boolean sameCec = pathsA == pathsB;
        IsfcLink link = F.createIsfcLink();
        link.setMemberA(a);
        link.setMemberB(b);
        int low = Math.min(a.getSlot(), b.getSlot());
        int high = Math.max(a.getSlot(), b.getSlot());
        for (int k = 0; k < ctcs; k++) {
            CtcConnection ctc = F.createCtcConnection();
            String device = prefix + Integer.toHexString(low).toUpperCase() + Integer.toHexString(high).toUpperCase()
                    + Integer.toHexString(k).toUpperCase();
            ctc.setDeviceA(device);
            ctc.setDeviceB(device);
            ctc.setChpidA(pathsA.get(k % pathsA.size()));
            ctc.setChpidB(pathsB.get((k + (sameCec ? 1 : 0)) % pathsB.size()));
            link.getCtcConnections().add(ctc);
        }
        cluster.getIsfcLinks().add(link);
        return link;
    }

    /**
     * The CEC whose CTC CHPIDs serve {@code member}: its LPAR's CEC, or for a member without an LPAR
     * (a standby member for a spare partition) the CEC registered for it with {@link #standbyCec}.
     */
    private Cec cecOf(Member member, Map<Cec, List<ChannelPath>> ctcChpids) {
        if (member.getLpar() != null && member.getLpar().eContainer() instanceof Cec cec) {
            return cec;
        }
        Cec cec = standbyCecs.get(member);
        if (cec == null || !ctcChpids.containsKey(cec)) {
            throw new IllegalStateException("member " + member.getName() + " has no CEC for its CTCs");
        }
        return cec;
    }

    private final Map<Member, Cec> standbyCecs = new HashMap<>();

    /** Says on which CEC a member without its own LPAR will be IPLed (for its CTC and OSA ends). */
    void standbyCec(Member member, Cec cec) {
        standbyCecs.put(member, cec);
    }

    // ---- real devices and virtual switches --------------------------------------------------------

    OsaDevice osa(String name, String eqid, String lanSegment, ChannelPath chpid, String rdev, List<Member> members) {
        OsaDevice osa = F.createOsaDevice();
        osa.setName(name);
        osa.setEqid(eqid);
        osa.setLanSegment(lanSegment);
        osa.setChpid(chpid);
        addDeviceNumbers(osa, rdev, members);
        installation.getRealDevices().add(osa);
        return osa;
    }

    FcpDevice fcp(String name, String eqid, String fabric, ChannelPath chpid, String rdev, List<Member> members) {
        FcpDevice fcp = F.createFcpDevice();
        fcp.setName(name);
        fcp.setEqid(eqid);
        fcp.setFabric(fabric);
        fcp.setChpid(chpid);
        addDeviceNumbers(fcp, rdev, members);
        installation.getRealDevices().add(fcp);
        return fcp;
    }

    HiperSocketsDevice hiperSockets(String name, String eqid, String lanSegment, ChannelPath chpid, String rdev,
            List<Member> members) {
        HiperSocketsDevice device = F.createHiperSocketsDevice();
        device.setName(name);
        device.setEqid(eqid);
        device.setLanSegment(lanSegment);
        device.setChpid(chpid);
        addDeviceNumbers(device, rdev, members);
        installation.getRealDevices().add(device);
        return device;
    }

    private static void addDeviceNumbers(RealDevice device, String rdev, List<Member> members) {
        for (Member member : members) {
            device.getDeviceNumbers().add(deviceNumber(member, rdev));
        }
    }

    VirtualSwitch vswitch(SsiCluster cluster, String name, VlanMode vlanMode, int defaultVlan, PortAssignment assignment) {
        VirtualSwitch vswitch = F.createVirtualSwitch();
        vswitch.setName(name);
        vswitch.setType(VswitchType.QDIO);
        vswitch.setTransport(VswitchTransport.ETHERNET);
        vswitch.setVlanMode(vlanMode);
        vswitch.setDefaultVlan(defaultVlan);
        vswitch.setPortAssignment(assignment);
        cluster.getVirtualSwitches().add(vswitch);
        return vswitch;
    }

    void uplink(VirtualSwitch vswitch, Member member, OsaDevice... osas) {
        VswitchUplink uplink = F.createVswitchUplink();
        uplink.setMember(member);
        for (OsaDevice osa : osas) {
            uplink.getOsaDevices().add(osa);
        }
        vswitch.getUplinks().add(uplink);
    }

    RelocationDomain domain(SsiCluster cluster, String name, Member... members) {
        RelocationDomain domain = F.createRelocationDomain();
        domain.setName(name);
        for (Member member : members) {
            domain.getMembers().add(member);
        }
        cluster.getRelocationDomains().add(domain);
        return domain;
    }

    // ---- directory ------------------------------------------------------------------------------

    /** IBM's Linux default profile: console and unit-record spooling, nothing member-specific. */
    Profile linuxProfile(SsiCluster cluster, String name) {
        Profile profile = F.createProfile();
        profile.setName(name);
        profile.getOtherStatements().add("CLASS G");
        profile.getOtherStatements().add("CONSOLE 0009 3215 T");
        profile.getOtherStatements().add("SPOOL 000C 2540 READER *");
        profile.getOtherStatements().add("SPOOL 000D 2540 PUNCH A");
        profile.getOtherStatements().add("SPOOL 000E 1403 A");
        cluster.getProfiles().add(profile);
        return profile;
    }

    /**
     * A relocatable Linux guest (single-configuration USER, VMRELOCATE ON, OPTION CHPIDVIRTUALIZATION
     * ONE), logged on to {@code home} at plan start (null: logged off).
     */
    UserEntry linuxGuest(SsiCluster cluster, String userid, int storageMiB, int maxStorageMiB, int virtualCpus,
            WorkloadShape shape, Member home, Profile profile) {
        UserEntry guest = F.createUserEntry();
        guest.setUserid(userid);
        guest.setStorageMiB(storageMiB);
        guest.setMaxStorageMiB(maxStorageMiB);
        guest.setVirtualCpus(virtualCpus);
        guest.setCpuType(ProcessorType.IFL);
        guest.setPrivilegeClasses("G");
        guest.setGuestOs(GuestOs.LINUX);
        guest.setRelocatable(true);
        guest.setChpidVirtualizationOne(true);
        guest.setProfile(profile);
        guest.setIpl("0100");
        guest.setHomeMember(home);
        guest.setWorkload(shape.profileFor(storageMiB, virtualCpus));
        cluster.getVirtualMachines().add(guest);
        return guest;
    }

    /** A NICDEF on {@code vswitch}; a user-based switch also gets the SET VSWITCH GRANT for the guest. */
    NicDef nic(VirtualMachine guest, String vaddr, VirtualSwitch vswitch, int vlan, String macId) {
        NicDef nic = F.createNicDef();
        nic.setVaddr(vaddr);
        nic.setType(NicType.QDIO);
        nic.setVswitch(vswitch);
        nic.setVlan(vlan);
        nic.setMacId(macId);
        boolean firstNicOnSwitch = guest.getNics().stream().noneMatch(n -> n.getVswitch() == vswitch);
        guest.getNics().add(nic);
        if (vswitch.getPortAssignment() == PortAssignment.USERBASED && firstNicOnSwitch) {
            // addUnique: the grant list is unique, and a plain add would scan it for every guest.
            ((InternalEList<VirtualMachine>) vswitch.getGrantedUsers()).addUnique(guest);
        }
        return nic;
    }

    static DedicatedDevice dedicate(VirtualMachine guest, String vaddr, RealDevice device, String rdev) {
        DedicatedDevice dedicated = F.createDedicatedDevice();
        dedicated.setVaddr(vaddr);
        dedicated.setDevice(device);
        dedicated.setRdev(rdev);
        guest.getDedicatedDevices().add(dedicated);
        return dedicated;
    }

    static Crypto sharedCrypto(VirtualMachine guest) {
        Crypto crypto = F.createCrypto();
        crypto.setMode(CryptoMode.APVIRT);
        guest.setCrypto(crypto);
        return crypto;
    }

    /** A CMS service machine that runs once in the cluster (USER), e.g. PMAINT or MAINTvrm. */
    UserEntry serviceUser(SsiCluster cluster, String userid, int storageMiB, int maxStorageMiB, String classes) {
        UserEntry user = F.createUserEntry();
        user.setUserid(userid);
        user.setStorageMiB(storageMiB);
        user.setMaxStorageMiB(maxStorageMiB);
        user.setPrivilegeClasses(classes);
        user.setGuestOs(GuestOs.CMS);
        user.setCpuType(ProcessorType.IFL);
        user.setIpl("CMS");
        user.setRelocatable(false);
        cluster.getVirtualMachines().add(user);
        return user;
    }

    /**
     * A multiconfiguration service machine (IDENTITY) with one SUBCONFIG per member, named
     * {@code USERID-n} after the member's slot as IBM's installer does; each instance is logged on
     * while its member is up at plan start.
     */
    IdentityEntry identity(SsiCluster cluster, String userid, int storageMiB, int maxStorageMiB, String classes) {
        return identity(cluster, userid, userid, storageMiB, maxStorageMiB, classes);
    }

    /** As above with SUBCONFIG names {@code base-n}; {@code base} keeps them unique where userids share a prefix. */
    IdentityEntry identity(SsiCluster cluster, String userid, String base, int storageMiB, int maxStorageMiB, String classes) {
        IdentityEntry identity = F.createIdentityEntry();
        identity.setUserid(userid);
        identity.setStorageMiB(storageMiB);
        identity.setMaxStorageMiB(maxStorageMiB);
        identity.setPrivilegeClasses(classes);
        identity.setGuestOs(GuestOs.CMS);
        identity.setCpuType(ProcessorType.IFL);
        identity.setIpl("CMS");
        identity.setRelocatable(false);
        for (Member member : cluster.getMembers()) {
            Subconfig subconfig = F.createSubconfig();
            subconfig.setName(subconfigName(base, member.getSlot()));
            subconfig.setMember(member);
            subconfig.setLoggedOn(member.getInitialState() == MemberState.JOINED);
            identity.getSubconfigs().add(subconfig);
        }
        cluster.getVirtualMachines().add(identity);
        return identity;
    }

    /**
     * SUBCONFIG names are at most 8 characters and may not equal any USER/IDENTITY name [C]:
     * {@code MAINT-1}, {@code OPERAT-1}…
     */
    static String subconfigName(String userid, int slot) {
        String suffix = "-" + slot;
        String base = userid.length() + suffix.length() > 8 ? userid.substring(0, 8 - suffix.length()) : userid;
        return base + suffix;
    }

    /**
     * IBM's multiconfiguration service machines (MAINT, OPERATOR, OPERATNS, EREP, DISKACNT, TCPIP
     * and the VSWITCH controllers) with their member-local minidisks on each member's sysres, and
     * PMAINT and MAINTvrm as single-configuration users on the common and release volumes [C].
     */
    void ibmServiceMachines(SsiCluster cluster, DasdVolume common, DasdVolume release, String maintVrm) {
        IdentityEntry maint = identity(cluster, "MAINT", 256, 1024, "ABCDEFG");
        IdentityEntry operator = identity(cluster, "OPERATOR", 128, 128, "ABCDEFG");
        IdentityEntry operatns = identity(cluster, "OPERATNS", "OPERNS", 128, 128, "BCDEFG");
        IdentityEntry erep = identity(cluster, "EREP", 32, 32, "ABCDEFG");
        IdentityEntry diskacnt = identity(cluster, "DISKACNT", 32, 32, "ABCDEFG");
        IdentityEntry tcpip = identity(cluster, "TCPIP", 256, 512, "ABG");
        IdentityEntry dtcvsw1 = identity(cluster, "DTCVSW1", "DTCVS1", 32, 128, "G");
        IdentityEntry dtcvsw2 = identity(cluster, "DTCVSW2", "DTCVS2", 32, 128, "G");
        // CPU per logged-on instance: TCPIP carries the member's own IP traffic, the rest mostly wait [U].
        serviceWorkload(maint, 0.02);
        serviceWorkload(operator, 0.01);
        serviceWorkload(operatns, 0.01);
        serviceWorkload(erep, 0.01);
        serviceWorkload(diskacnt, 0.01);
        serviceWorkload(tcpip, 0.05);
        serviceWorkload(dtcvsw1, 0.01);
        serviceWorkload(dtcvsw2, 0.01);
        for (int i = 0; i < cluster.getMembers().size(); i++) {
            DasdVolume sysres = sysresOf(cluster.getMembers().get(i));
            Subconfig maintSub = maint.getSubconfigs().get(i);
            // The sysres keeps the checkpoint/warmstart areas and the object directory in its first
            // cylinders; IBM puts MAINT's CF1 at cylinder 39 and keeps the rest for the installer.
            nextFreeCylinder.putIfAbsent(sysres, 39);
            minidisk(maintSub, "0CF1", sysres, 120, AccessMode.RR);
            minidisk(maintSub, "0CF3", sysres, 120, AccessMode.RR);
            minidisk(maintSub, "0190", sysres, 214, AccessMode.RR);
            minidisk(maintSub, "019D", sysres, 292, AccessMode.RR);
            minidisk(maintSub, "019E", sysres, 500, AccessMode.RR);
            minidisk(maintSub, "0191", sysres, 175, AccessMode.MR);
            minidisk(operator.getSubconfigs().get(i), "0191", sysres, 5, AccessMode.MR);
            minidisk(operatns.getSubconfigs().get(i), "0191", sysres, 5, AccessMode.MR);
            minidisk(erep.getSubconfigs().get(i), "0191", sysres, 5, AccessMode.MR);
            minidisk(diskacnt.getSubconfigs().get(i), "0191", sysres, 5, AccessMode.MR);
            minidisk(tcpip.getSubconfigs().get(i), "0191", sysres, 9, AccessMode.MR);
            minidisk(dtcvsw1.getSubconfigs().get(i), "0191", sysres, 1, AccessMode.MR);
            minidisk(dtcvsw2.getSubconfigs().get(i), "0191", sysres, 1, AccessMode.MR);
        }
        UserEntry pmaint = serviceUser(cluster, "PMAINT", 128, 256, "G");
        minidisk(pmaint, "0CF0", common, 120, AccessMode.RR);
        minidisk(pmaint, "041D", common, 300, AccessMode.RR);
        minidisk(pmaint, "0551", common, 40, AccessMode.RR);
        minidisk(pmaint, "02CC", common, 5, AccessMode.RR);
        UserEntry maintRelease = serviceUser(cluster, maintVrm, 256, 1024, "ABCDEFG");
        serviceWorkload(pmaint, 0.01);
        serviceWorkload(maintRelease, 0.01);
        minidisk(maintRelease, "0490", release, 214, AccessMode.RR);
        minidisk(maintRelease, "0493", release, 500, AccessMode.RR);
        minidisk(maintRelease, "051D", release, 434, AccessMode.MR);
        minidisk(maintRelease, "05E5", release, 9, AccessMode.MR);
    }

    /**
     * A CMS service machine's workload: IDLE's storage shape and {@code cpuDemand} engines. Without a
     * profile the simulator assumes half an engine per machine, which for the eight IDENTITYs alone
     * would be four engines of every member.
     */
    private static void serviceWorkload(VirtualMachine machine, double cpuDemand) {
        WorkloadProfile workload = WorkloadShape.IDLE.profileFor(machine.getStorageMiB(), 1);
        workload.setCpuDemand(cpuDemand);
        machine.setWorkload(workload);
    }

    private DasdVolume sysresOf(Member member) {
        return member.getCpOwnedSlots().stream().filter(s -> s.getSlot() == 1).map(CpOwnedSlot::getVolume).findFirst()
                .orElseThrow(() -> new IllegalStateException(member.getName() + " has no sysres in slot 1"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    static DeviceNumber deviceNumber(Member member, String rdev) {
        DeviceNumber number = F.createDeviceNumber();
        number.setMember(member);
        number.setRdev(rdev);
        return number;
    }

    static int cylinders(DasdDeviceType type) {
        return switch (type) {
            case D3390_3 -> 3339;
            case D3390_9 -> 10017;
            case D3390_27 -> 32760;
            case D3390_54 -> 65520;
            case D3390_A -> 262668;
            case EDEV -> 0;
        };
    }

    static String hex2(int value) {
        return String.format("%02X", value);
    }

    static String hex3(int value) {
        return String.format("%03X", value);
    }

    static String hex4(int value) {
        return String.format("%04X", value);
    }

    static int gib(int gib) {
        return gib * 1024;
    }
}
