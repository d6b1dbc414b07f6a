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
import ssiplan.model.Lpar;
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
 * Utility migration LPAR (scenario 2): two production clusters PRODA and PRODB on one z16, each with a
 * production member in its own partition and a second member that normally sits down. Neither second
 * member has a partition of its own: either is IPLed in the one spare LPAR (UTIL1) when its cluster's
 * production member needs service, so the spare LPAR's I/O configuration carries the CTCs, DASD and
 * OSA device numbers of both (distinct numbers per cluster, so they never collide).
 */
final class UtilityLpar {

    static final String NAME = "utility-lpar";
    static final String DESCRIPTION = "Utility migration LPAR: two 2-member z/VM 7.3 clusters PRODA and PRODB whose second "
            + "members are down, one spare LPAR UTIL1 (no member) usable by either, 18 guests";

    private static final String SITE = "DC1";

    private UtilityLpar() {
    }

    static Installation create() {
        InstallationBuilder b = new InstallationBuilder("PRODA/PRODB with utility LPAR", DESCRIPTION);
        Cec cec = b.cec("CEC1", MachineType.Z16, "0C3391", SITE, 1024, 4, 20);
        Map<Cec, List<ChannelPath>> ctcChpids = Map.of(cec, b.ficonChpids(cec, 0x40, 4, FiconSpeed.EXPRESS32S, 0x110));
        Lpar lparA = b.lpar(cec, "PRDA1", 160, 8);
        Lpar lparB = b.lpar(cec, "PRDB1", 160, 8);
        b.lpar(cec, "UTIL1", 160, 8); // the spare: no member runs here until a second member is brought up

        SsiCluster proda = cluster(b, cec, ctcChpids, "PRODA", 'A', lparA, "020010", 'E', 0x9, 0);
        SsiCluster prodb = cluster(b, cec, ctcChpids, "PRODB", 'B', lparB, "020020", 'D', 0xA, 1);

        addGuests(b, proda, 'A', new String[][] {
                { "LXAWAS1", "16", "JAVA" }, { "LXAWAS2", "16", "JAVA" }, { "LXADB01", "48", "ORACLE_OLTP" },
                { "LXANFS1", "16", "PAGE_CACHE_IO" }, { "LXALOG1", "8", "DIRECT_IO" }, { "LXADNS1", "1", "IDLE" },
                { "LXAMQ01", "8", "DIRECT_IO" }, { "LXADEV1", "4", "IDLE" }, { "LXATST1", "4", "JAVA" },
                { "LXAMON1", "4", "JAVA" } });
        addGuests(b, prodb, 'B', new String[][] {
                { "LXBWAS1", "16", "JAVA" }, { "LXBDB01", "32", "ORACLE_OLTP" }, { "LXBKAF1", "16", "PAGE_CACHE_IO" },
                { "LXBLOG1", "8", "DIRECT_IO" }, { "LXBDNS1", "1", "IDLE" }, { "LXBRED1", "16", "JAVA" },
                { "LXBDEV1", "4", "IDLE" }, { "LXBTST1", "4", "JAVA" } });
        return DeterministicIds.assign(b.installation, NAME);
    }

    /**
     * One cluster: the production member {@code <name-prefix>1} in {@code lpar}, the second member down
     * and without a partition, one ISFC link, its own DASD (device numbers {@code rdevDigit}xxx) and
     * VSWITCH on its own OSA port.
     */
    private static SsiCluster cluster(InstallationBuilder b, Cec cec, Map<Cec, List<ChannelPath>> ctcChpids, String name,
            char letter, Lpar lpar, String userPrefix, char ctcPrefix, int rdevDigit, int osaPort) {
        SsiCluster cluster = b.cluster(name, ZvmRelease.V7_3, userPrefix);
        String prefix = userPrefix.substring(0, 5);
        Member first = b.member(cluster, "PRD" + letter + "1", 1, lpar, 160, "RSU 2402", prefix + "1", MemberState.JOINED);
        Member second = b.member(cluster, "PRD" + letter + "2", 2, null, 160, "RSU 2402", prefix + "2", MemberState.DOWN);
        b.standbyCec(second, cec);
        List<Member> both = List.of(first, second);
        b.fullMesh(cluster, both, ctcChpids, 4, ctcPrefix);

        String d = Integer.toHexString(rdevDigit).toUpperCase();
        DasdVolume common = b.reach(b.volume("VMCOM" + letter, DasdDeviceType.D3390_9, VolumeUse.COMMON, null, SITE), d + "000", both);
        cluster.setPdrVolume(common);
        b.cpOwnedEverywhere(cluster, 5, common);
        DasdVolume release = b.reach(b.volume("730RL" + letter, DasdDeviceType.D3390_9, VolumeUse.RELEASE, null, SITE), d + "001",
                both);
        for (Member member : both) {
            DasdVolume spool = b.volume(letter + String.format("%02dS01", member.getSlot()), DasdDeviceType.D3390_27,
                    VolumeUse.SPOOL, member, SITE);
            b.reach(spool, d + "01" + member.getSlot(), both);
            b.cpOwnedEverywhere(cluster, 9 + member.getSlot(), spool);
        }
        for (Member member : both) {
            b.localCpOwnedVolumes(member, letter + String.format("%02d", member.getSlot()), d + member.getSlot() + "00", 2,
                    DasdDeviceType.D3390_54, 0, SITE);
        }
        for (int i = 1; i <= 5; i++) {
            b.reach(b.volume("LX" + letter + String.format("%03d", i), DasdDeviceType.D3390_54, VolumeUse.USER_SHARED, null, SITE),
                    d + "3" + String.format("%02X", i - 1), both);
        }

        VirtualSwitch vswitch = b.vswitch(cluster, "VSWPROD", VlanMode.AWARE, 100, PortAssignment.USERBASED);
        int port = osaPort; // 0 for PRODA, 1 for PRODB: OSA CHPID E0 or E1, devices 1000 or 1100
        OsaDevice osa = b.osa("OSA-E" + port, "OSAPRD" + letter, "PRODLAN",
                b.chpid(cec, "E" + port, ChannelPathType.OSD, null, InstallationBuilder.hex3(0x1C0 + 4 * port)),
                InstallationBuilder.hex4(0x1000 + 0x100 * port), both);
        for (Member member : both) {
            b.uplink(vswitch, member, osa);
        }
        b.linuxProfile(cluster, "LINDFLT");
        b.ibmServiceMachines(cluster, common, release, "MAINT730");
        return cluster;
    }

    private static void addGuests(InstallationBuilder b, SsiCluster cluster, char letter, String[][] guests) {
        List<DasdVolume> userVolumes = new ArrayList<>();
        for (DasdVolume volume : b.installation.getDasdVolumes()) {
            if (volume.getUse() == VolumeUse.USER_SHARED && volume.getVolser().startsWith("LX" + letter)) {
                userVolumes.add(volume);
            }
        }
        Profile profile = cluster.getProfiles().get(0);
        VirtualSwitch vswitch = cluster.getVirtualSwitches().get(0);
        LinuxGuests linux = new LinuxGuests(b, cluster, profile, vswitch, null, userVolumes);
        Member production = cluster.getMembers().get(0);
        int index = 0;
        for (String[] guest : guests) {
            int storage = Integer.parseInt(guest[1]);
            WorkloadShape shape = WorkloadShape.valueOf(guest[2]);
            int vcpus = Math.max(1, Math.min(8, storage / 4));
            int outage = switch (shape) {
                case ORACLE_OLTP -> 60;
                case JAVA, DIRECT_IO -> 300;
                case PAGE_CACHE_IO -> 900;
                case IDLE -> 3600;
            };
            linux.add(guest[0], storage, storage * 2, vcpus, shape, production, index++ % 3 == 2 ? 0 : outage, null, 0,
                    storage >= 16 ? 32760 : 10016);
        }
    }
}
