package ssiplan.model.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.FiconSpeed;
import ssiplan.model.Installation;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.Profile;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.ZvmRelease;

/**
 * Local disaster recovery (scenario 4): a four-member cluster DRPLEX whose members SYSA and SYSB run
 * production at SITE1 while SYSC and SYSD are defined but down in smaller partitions at SITE2. Every
 * shared volume lives at SITE1, is reachable from all four members over cross-site FICON, and is
 * mirrored to a secondary at SITE2 with the same volser (a synchronous mirror secondary is a copy of
 * the label too); secondaries have no device numbers because they are offline until the mirror is
 * severed. All guests start on SITE1. The standby members' memory is smaller than the production load,
 * and the guests' tolerable outages differ, so a DR plan has to choose what to restart first.
 */
final class DrTwoSites {

    static final String NAME = "dr-two-sites";
    static final String DESCRIPTION = "Local DR: DRPLEX with SYSA, SYSB active at SITE1 and SYSC, SYSD down at SITE2, "
            + "shared DASD mirrored to SITE2, 20 guests on SITE1 only, standby memory (2 x 96 GiB) below the production load";

    static final String SITE1 = "SITE1";
    static final String SITE2 = "SITE2";

    private DrTwoSites() {
    }

    static Installation create() {
        InstallationBuilder b = new InstallationBuilder("DRPLEX two-site DR", DESCRIPTION);
        Cec prodCec = b.cec("PRD1", MachineType.Z16, "0B1173", SITE1, 1024, 2, 24);
        Cec drCec = b.cec("DR1", MachineType.Z16, "0B2281", SITE2, 512, 2, 12);
        Map<Cec, List<ChannelPath>> ctcChpids = Map.of(
                prodCec, b.ficonChpids(prodCec, 0x40, 4, FiconSpeed.EXPRESS32S, 0x110),
                drCec, b.ficonChpids(drCec, 0x40, 4, FiconSpeed.EXPRESS32S, 0x110));

        SsiCluster plex = b.cluster("DRPLEX", ZvmRelease.V7_3, "020000");
        Member sysa = b.member(plex, "SYSA", 1, b.lpar(prodCec, "ZVMA", 256, 8), 256, "RSU 2402", "020001", MemberState.JOINED);
        Member sysb = b.member(plex, "SYSB", 2, b.lpar(prodCec, "ZVMB", 256, 8), 256, "RSU 2402", "020002", MemberState.JOINED);
        Member sysc = b.member(plex, "SYSC", 3, b.lpar(drCec, "ZVMC", 96, 4), 96, "RSU 2402", "020003", MemberState.DOWN);
        Member sysd = b.member(plex, "SYSD", 4, b.lpar(drCec, "ZVMD", 96, 4), 96, "RSU 2402", "020004", MemberState.DOWN);
        List<Member> all = List.of(sysa, sysb, sysc, sysd);
        b.fullMesh(plex, all, ctcChpids, 4);

        List<DasdVolume> shared = new ArrayList<>();
        DasdVolume common = b.reach(b.volume("VMCOM1", DasdDeviceType.D3390_9, VolumeUse.COMMON, null, SITE1), "9000", all);
        shared.add(common);
        plex.setPdrVolume(common);
        b.cpOwnedEverywhere(plex, 5, common);
        DasdVolume release = b.reach(b.volume("730RL1", DasdDeviceType.D3390_9, VolumeUse.RELEASE, null, SITE1), "9001", all);
        shared.add(release);
        for (Member member : List.of(sysa, sysb)) {
            // Spool volumes are owned by the production members; SYSC and SYSD reach and use them in place.
            DasdVolume spool = b.volume(String.format("M%02dS01", member.getSlot()), DasdDeviceType.D3390_27, VolumeUse.SPOOL,
                    member, SITE1);
            b.reach(spool, "901" + member.getSlot(), all);
            b.cpOwnedEverywhere(plex, 9 + member.getSlot(), spool);
            shared.add(spool);
        }
        b.localCpOwnedVolumes(sysa, "9100", 3, DasdDeviceType.D3390_54, 0, SITE1);
        b.localCpOwnedVolumes(sysb, "9200", 3, DasdDeviceType.D3390_54, 0, SITE1);
        b.localCpOwnedVolumes(sysc, "9300", 2, DasdDeviceType.D3390_54, 0, SITE2);
        b.localCpOwnedVolumes(sysd, "9400", 2, DasdDeviceType.D3390_54, 0, SITE2);
        List<DasdVolume> userVolumes = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            DasdVolume volume = b.reach(b.volume(String.format("LX%04d", i), DasdDeviceType.D3390_54, VolumeUse.USER_SHARED, null,
                    SITE1), String.format("95%02X", i - 1), all);
            userVolumes.add(volume);
            shared.add(volume);
        }
        for (DasdVolume primary : shared) {
            DasdVolume secondary = b.volume(primary.getVolser(), primary.getDeviceType(), primary.getUse(),
                    primary.getOwnerMember(), SITE2);
            primary.setMirrorPartner(secondary);
            secondary.setMirrorPartner(primary);
        }

        VirtualSwitch prod = b.vswitch(plex, "VSWPROD", VlanMode.AWARE, 100, PortAssignment.USERBASED);
        for (Cec cec : List.of(prodCec, drCec)) {
            List<Member> onCec = cec == prodCec ? List.of(sysa, sysb) : List.of(sysc, sysd);
            String n = cec == prodCec ? "1" : "2";
            // The production VLANs are stretched to SITE2, so both sites' OSAs are on one LAN segment.
            OsaDevice primary = b.osa("OSA" + n + "-E0", "OSAPROD", "PRODLAN",
                    b.chpid(cec, "E0", ChannelPathType.OSD, null, "1C0"), "1000", onCec);
            OsaDevice spare = b.osa("OSA" + n + "-E1", "OSAPROD", "PRODLAN",
                    b.chpid(cec, "E1", ChannelPathType.OSD, null, "1D0"), "1100", onCec);
            for (Member member : onCec) {
                b.uplink(prod, member, primary, spare);
            }
        }

        Profile lindflt = b.linuxProfile(plex, "LINDFLT");
        b.ibmServiceMachines(plex, common, release, "MAINT730");
        LinuxGuests guests = new LinuxGuests(b, plex, lindflt, prod, null, userVolumes);
        // Criticality from "back within 5 minutes" down to "can wait a day"; the total (322 GiB) is more
        // than SYSC and SYSD hold in real memory (192 GiB) or at the 1.5 over-commit limit (288 GiB).
        guests.add("LXPAY01", 48, 64, 8, WorkloadShape.ORACLE_OLTP, sysa, 300, "PAYDB", 200, 32760);
        guests.add("LXPAY02", 48, 64, 8, WorkloadShape.ORACLE_OLTP, sysb, 300, "PAYDB", 200, 32760);
        guests.add("LXAPP01", 16, 32, 4, WorkloadShape.JAVA, sysa, 600, "PAYAPP", 0, 10016);
        guests.add("LXAPP02", 16, 32, 4, WorkloadShape.JAVA, sysb, 600, "PAYAPP", 0, 10016);
        guests.add("LXMQ01", 8, 16, 2, WorkloadShape.DIRECT_IO, sysa, 600, "MQ", 0, 10016);
        guests.add("LXMQ02", 8, 16, 2, WorkloadShape.DIRECT_IO, sysb, 600, "MQ", 0, 10016);
        guests.add("LXDNS01", 1, 2, 1, WorkloadShape.IDLE, sysa, 300, "DNS", 0, 3338);
        guests.add("LXDNS02", 1, 2, 1, WorkloadShape.IDLE, sysb, 300, "DNS", 0, 3338);
        guests.add("LXWEB01", 8, 16, 2, WorkloadShape.JAVA, sysa, 1800, "WEB", 0, 10016);
        guests.add("LXWEB02", 8, 16, 2, WorkloadShape.JAVA, sysb, 1800, "WEB", 0, 10016);
        guests.add("LXWEB03", 8, 16, 2, WorkloadShape.JAVA, sysa, 1800, null, 0, 10016);
        guests.add("LXNFS01", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysb, 3600, null, 0, 32760);
        guests.add("LXDWH01", 64, 64, 16, WorkloadShape.ORACLE_OLTP, sysa, 14400, null, 0, 32760);
        guests.add("LXBAT01", 32, 48, 8, WorkloadShape.JAVA, sysb, 14400, null, 0, 10016);
        guests.add("LXRPT01", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysa, 43200, null, 0, 10016);
        guests.add("LXLOG01", 8, 16, 2, WorkloadShape.DIRECT_IO, sysb, 43200, null, 0, 32760);
        guests.add("LXMON01", 4, 8, 2, WorkloadShape.JAVA, sysa, 3600, null, 0, 10016);
        guests.add("LXDEV01", 4, 8, 2, WorkloadShape.IDLE, sysb, 86400, null, 300, 3338);
        guests.add("LXDEV02", 4, 8, 2, WorkloadShape.IDLE, sysa, 86400, null, 300, 3338);
        guests.add("LXTST01", 4, 8, 2, WorkloadShape.JAVA, sysb, 0, null, 300, 3338);

        return DeterministicIds.assign(b.installation, NAME);
    }
}
