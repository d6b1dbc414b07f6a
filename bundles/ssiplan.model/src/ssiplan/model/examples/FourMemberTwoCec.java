package ssiplan.model.examples;

import static ssiplan.model.examples.InstallationBuilder.dedicate;
import static ssiplan.model.examples.InstallationBuilder.gib;
import static ssiplan.model.examples.InstallationBuilder.sharedCrypto;
import static ssiplan.model.examples.InstallationBuilder.temporaryDisk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ssiplan.model.AccessMode;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.FcpDevice;
import ssiplan.model.FiconSpeed;
import ssiplan.model.GuestOs;
import ssiplan.model.HiperSocketsDevice;
import ssiplan.model.Installation;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.Profile;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.ZvmRelease;

/**
 * IBM's recommended SSI shape: two z16 CECs with two z/VM LPARs each, one four-member z/VM 7.3
 * cluster PLEXA (SYSA..SYSD in slots 1..4), a full mesh of six ISFC links with four FICON CTCs each
 * over four Express32S CHPIDs per CEC, shared common/PDR, release, spool and user volumes, per-member
 * sysres, paging and T-disk, two VSWITCHes with two OSA uplinks per member, a production Linux
 * estate of varied size and workload, IBM's service machines, and seven guests that cannot be
 * relocated, each for a different reason.
 */
final class FourMemberTwoCec {

    static final String NAME = "four-member-two-cec";
    static final String DESCRIPTION = "IBM-recommended shape: 2 z16 CECs x 2 LPARs, 4-member z/VM 7.3 SSI PLEXA, "
            + "full FICON CTC mesh on 4 CHPIDs per CEC, shared spool/PDR, 2 VSWITCHes with OSA EQIDs, 46 guests "
            + "(45 Linux, 1 second-level z/VM; 7 not relocatable, each for a different reason) and IBM's service machines";

    private static final String SITE = "DC1";

    private FourMemberTwoCec() {
    }

    static Installation create() {
        InstallationBuilder b = new InstallationBuilder("PLEXA production", DESCRIPTION);

        Cec cec1 = b.cec("CEC1", MachineType.Z16, "0A4E27", SITE, 2048, 4, 40);
        Cec cec2 = b.cec("CEC2", MachineType.Z16, "0A4E31", SITE, 2048, 4, 40);
        Map<Cec, List<ChannelPath>> ctcChpids = Map.of(
                cec1, b.ficonChpids(cec1, 0x40, 4, FiconSpeed.EXPRESS32S, 0x110),
                cec2, b.ficonChpids(cec2, 0x40, 4, FiconSpeed.EXPRESS32S, 0x110));

        SsiCluster plex = b.cluster("PLEXA", ZvmRelease.V7_3, "020000");
        Member sysa = b.member(plex, "SYSA", 1, b.lpar(cec1, "ZVMA", 192, 8), 192, "RSU 2402", "020001", MemberState.JOINED);
        Member sysb = b.member(plex, "SYSB", 2, b.lpar(cec1, "ZVMB", 192, 8), 192, "RSU 2402", "020002", MemberState.JOINED);
        Member sysc = b.member(plex, "SYSC", 3, b.lpar(cec2, "ZVMC", 192, 8), 192, "RSU 2402", "020003", MemberState.JOINED);
        Member sysd = b.member(plex, "SYSD", 4, b.lpar(cec2, "ZVMD", 192, 8), 192, "RSU 2402", "020004", MemberState.JOINED);
        List<Member> all = List.of(sysa, sysb, sysc, sysd);
        b.fullMesh(plex, all, ctcChpids, 4);

        // DASD: shared volumes first, with the same device number on every member.
        InstallationBuilder.SharedDasd dasd = b.oneSiteDasd(plex, all, SITE, 3, 1, 20);
        DasdVolume common = dasd.common();
        DasdVolume release = dasd.release();
        List<DasdVolume> userVolumes = dasd.userVolumes();
        DasdVolume localUser = b.localUserVolume(sysc, "LXL301", DasdDeviceType.D3390_27, SITE);

        // Network: two VSWITCHes; each CEC has two OSA ports per switch (primary and backup RDEV),
        // shared by its two LPARs, all with the switch's EQID and on the switch's LAN segment.
        VirtualSwitch prod = b.vswitch(plex, "VSWPROD", VlanMode.AWARE, 100, PortAssignment.USERBASED);
        VirtualSwitch backup = b.vswitch(plex, "VSWBKUP", VlanMode.UNAWARE, 0, PortAssignment.USERBASED);
        for (Cec cec : List.of(cec1, cec2)) {
            List<Member> onCec = cec == cec1 ? List.of(sysa, sysb) : List.of(sysc, sysd);
            String n = cec == cec1 ? "1" : "2";
            OsaDevice prod0 = b.osa("OSA" + n + "-E0", "OSAPROD", "PRODLAN",
                    b.chpid(cec, "E0", ChannelPathType.OSD, null, "1C0"), "1000", onCec);
            OsaDevice prod1 = b.osa("OSA" + n + "-E1", "OSAPROD", "PRODLAN",
                    b.chpid(cec, "E1", ChannelPathType.OSD, null, "1D0"), "1100", onCec);
            OsaDevice back0 = b.osa("OSA" + n + "-E2", "OSABKUP", "BKUPLAN",
                    b.chpid(cec, "E2", ChannelPathType.OSD, null, "1C4"), "2000", onCec);
            OsaDevice back1 = b.osa("OSA" + n + "-E3", "OSABKUP", "BKUPLAN",
                    b.chpid(cec, "E3", ChannelPathType.OSD, null, "1D4"), "2100", onCec);
            for (Member member : onCec) {
                b.uplink(prod, member, prod0, prod1);
                b.uplink(backup, member, back0, back1);
            }
        }
        // FCP: per CEC and fabric four NPIV subchannels with one EQID per fabric, so a guest's
        // dedicated FCP device has an equivalent on every member.
        List<FcpDevice> fabricA = new ArrayList<>();
        List<FcpDevice> fabricB = new ArrayList<>();
        for (Cec cec : List.of(cec1, cec2)) {
            List<Member> onCec = cec == cec1 ? List.of(sysa, sysb) : List.of(sysc, sysd);
            String n = cec == cec1 ? "1" : "2";
            ChannelPath sanA = b.chpid(cec, "60", ChannelPathType.FCP, FiconSpeed.EXPRESS32S, "150");
            ChannelPath sanB = b.chpid(cec, "61", ChannelPathType.FCP, FiconSpeed.EXPRESS32S, "154");
            for (int i = 0; i < 4; i++) {
                fabricA.add(b.fcp("FCP" + n + "-5A0" + i, "FCPSANA", "SAN-A", sanA, "5A0" + i, onCec));
                fabricB.add(b.fcp("FCP" + n + "-5B0" + i, "FCPSANB", "SAN-B", sanB, "5B0" + i, onCec));
            }
        }
        ChannelPath iqd = b.chpid(cec1, "F0", ChannelPathType.IQD, null, null);
        HiperSocketsDevice hsi = b.hiperSockets("HSI1-F0", null, "HSICEC1", iqd, "7000", List.of(sysa, sysb));

        // Directory.
        Profile lindflt = b.linuxProfile(plex, "LINDFLT");
        b.ibmServiceMachines(plex, common, release, "MAINT730");
        LinuxGuests guests = new LinuxGuests(b, plex, lindflt, prod, backup, userVolumes);

        // Java application servers: two WebSphere cells of four, each cell spread over all four members as
        // two anti-affinity pairs that each span both CECs (SYSA+SYSC, SYSB+SYSD). A cell survives a member
        // or a CEC being out, and a member in service has somewhere to send its WAS guest; one group of
        // four on four members would leave it nowhere to go.
        for (int i = 1; i <= 8; i++) {
            String pair = "WASCELL" + (i <= 4 ? 1 : 2) + (i % 2 == 1 ? "A" : "B");
            guests.add("LXWAS0" + i, 8, 16, 2, WorkloadShape.JAVA, all.get((i - 1) % 4), 120, pair, 0, 10016);
        }
        // Oracle OLTP: two RAC pairs, each pair split across the two CECs; FCP-attached data.
        int[][] oracleHomes = { { 0, 2 }, { 1, 3 } };
        // Each database guest uses its own FCP subchannel index on both fabrics, so the same index is
        // free on whichever CEC it is moved to.
        int fcpIndex = 0;
        for (int pair = 0; pair < 2; pair++) {
            for (int node = 0; node < 2; node++) {
                Member home = all.get(oracleHomes[pair][node]);
                UserEntry ora = guests.add("LXORA" + (pair + 1) + (node + 1), 32, 64, 8, WorkloadShape.ORACLE_OLTP, home, 15,
                        "ORARAC" + (pair + 1), 200, 10016);
                sharedCrypto(ora);
                int cecBase = home.getLpar().eContainer() == cec1 ? 0 : 4;
                dedicate(ora, "5A00", fabricA.get(cecBase + fcpIndex), null);
                dedicate(ora, "5B00", fabricB.get(cecBase + fcpIndex), null);
                fcpIndex++;
            }
        }
        guests.add("LXDB2P1", 64, 64, 16, WorkloadShape.ORACLE_OLTP, sysb, 30, null, 200, 32760);
        guests.add("LXNFS01", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysa, 60, "NFS", 0, 32760);
        guests.add("LXNFS02", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysc, 60, "NFS", 0, 32760);
        guests.add("LXLOG01", 8, 16, 2, WorkloadShape.DIRECT_IO, sysb, 600, "LOG", 0, 10016);
        guests.add("LXLOG02", 8, 16, 2, WorkloadShape.DIRECT_IO, sysd, 600, "LOG", 0, 10016);
        guests.add("LXMQ01", 8, 16, 2, WorkloadShape.DIRECT_IO, sysa, 30, "MQ", 0, 10016);
        guests.add("LXMQ02", 8, 16, 2, WorkloadShape.DIRECT_IO, sysc, 30, "MQ", 0, 10016);
        guests.add("LXKAF01", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysb, 60, "KAFKA", 0, 32760);
        guests.add("LXKAF02", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysc, 60, "KAFKA", 0, 32760);
        guests.add("LXKAF03", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysd, 60, "KAFKA", 0, 32760);
        guests.add("LXRED01", 16, 16, 2, WorkloadShape.JAVA, sysa, 10, "REDIS", 0, 3338);
        guests.add("LXRED02", 16, 16, 2, WorkloadShape.JAVA, sysd, 10, "REDIS", 0, 3338);
        guests.add("LXDNS01", 1, 2, 1, WorkloadShape.IDLE, sysa, 5, "DNS", 0, 3338).getNics().get(0).setMacId("00D001");
        guests.add("LXDNS02", 1, 2, 1, WorkloadShape.IDLE, sysc, 5, "DNS", 0, 3338).getNics().get(0).setMacId("00D002");
        guests.add("LXNTP01", 1, 2, 1, WorkloadShape.IDLE, sysb, 300, null, 0, 3338);
        guests.add("LXLDAP1", 2, 4, 1, WorkloadShape.IDLE, sysb, 30, "LDAP", 0, 3338);
        guests.add("LXLDAP2", 2, 4, 1, WorkloadShape.IDLE, sysd, 30, "LDAP", 0, 3338);
        guests.add("LXMON01", 4, 8, 2, WorkloadShape.JAVA, sysc, 1800, null, 0, 10016);
        guests.add("LXGIT01", 4, 8, 2, WorkloadShape.PAGE_CACHE_IO, sysa, 3600, null, 0, 10016);
        guests.add("LXJNK01", 8, 16, 4, WorkloadShape.JAVA, sysb, 3600, null, 0, 10016);
        for (int i = 1; i <= 4; i++) {
            guests.add("LXDEV0" + i, i <= 2 ? 2 : 4, 8, 1, WorkloadShape.IDLE, all.get(i - 1), 0, null, 300, 3338);
        }
        for (int i = 1; i <= 3; i++) {
            guests.add("LXTST0" + i, 4, 8, 2, WorkloadShape.JAVA, all.get(i), 0, null, 300, 10016);
        }

        // Guests that cannot relocate, each for a different reason (all but the last have VMRELOCATE OFF
        // in the directory, as a systems programmer would set it once the blocker is known).
        UserEntry tsm = guests.add("LXTSM01", 8, 16, 4, WorkloadShape.DIRECT_IO, sysa, 3600, null, 0, 10016);
        fixed(tsm);
        dedicate(tsm, "0580", null, "0580"); // real tape drives: no EQID, no equivalent on another member
        dedicate(tsm, "0581", null, "0581");

        UserEntry local = guests.add("LXLCL01", 4, 8, 2, WorkloadShape.PAGE_CACHE_IO, sysc, 3600, null, 0, 3338);
        fixed(local);
        b.minidisk(local, "0202", localUser, 10016, AccessMode.MR); // on a volume only SYSC reaches

        UserEntry secondLevel = guests.add("ZVMTST1", 8, 16, 2, WorkloadShape.IDLE, sysd, 0, null, 300, 10016);
        fixed(secondLevel);
        secondLevel.setGuestOs(GuestOs.ZVM); // a second-level z/VM test system: LGR moves Linux guests only [U]
        secondLevel.setPrivilegeClasses("BG");
        secondLevel.setIpl("0200");

        UserEntry cluster = guests.add("LXHA01", 4, 8, 2, WorkloadShape.JAVA, sysb, 2, null, 0, 3338);
        fixed(cluster); // Pacemaker node: its 2 s token timeout is shorter than any quiesce, so it is never moved

        UserEntry scratch = guests.add("LXTMP01", 4, 8, 2, WorkloadShape.PAGE_CACHE_IO, sysd, 1800, null, 0, 3338);
        fixed(scratch);
        temporaryDisk(scratch, "0300", 3338); // T-disk: member-local by nature

        UserEntry hipersockets = guests.add("LXHSI01", 4, 8, 2, WorkloadShape.DIRECT_IO, sysa, 600, null, 0, 3338);
        fixed(hipersockets);
        dedicate(hipersockets, "7000", hsi, null); // HiperSockets inside CEC1, no EQID

        // An Oracle standalone licensed for SYSD's processors only: VMRELOCATE ON, but in a domain
        // of one member, so it moves only with FORCE DOMAIN.
        RelocationDomain licence = b.domain(plex, "ORALIC", sysd);
        UserEntry licensed = guests.add("LXLIC01", 16, 32, 4, WorkloadShape.ORACLE_OLTP, sysd, 60, null, 200, 10016);
        licensed.setRelocationDomain(licence);

        return DeterministicIds.assign(b.installation, NAME);
    }

    private static void fixed(UserEntry guest) {
        guest.setRelocatable(false);
        guest.setChpidVirtualizationOne(false);
    }
}
