package ssiplan.model.examples;

import java.util.List;
import java.util.Map;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.DasdVolume;
import ssiplan.model.FiconSpeed;
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
 * Mixed machine generations (scenario 3, half-way through a processor migration): MIXPLEX has SYSA
 * and SYSB on a z14 and SYSC and SYSD on a z16. Guests that use z16 facilities (the AI inference
 * guests want NNPA) are in domain Z16DOM, guests to be kept on the old machine until it goes are in
 * Z14DOM, and the rest are in the SSI domain, whose architecture is the z14 level both machines share.
 * The ISFC CTCs run on FICON Express16S+ at both ends (the z16 carries that feature forward), so no
 * link mixes speeds.
 */
final class MixedGenerations {

    static final String NAME = "mixed-generations";
    static final String DESCRIPTION = "Mixed generations: MIXPLEX with SYSA, SYSB on a z14 and SYSC, SYSD on a z16, "
            + "relocation domains Z14DOM and Z16DOM, 18 guests (7 in Z16DOM, 3 in Z14DOM, 8 in the SSI domain at z14 level)";

    private static final String SITE = "DC1";

    private MixedGenerations() {
    }

    static Installation create() {
        InstallationBuilder b = new InstallationBuilder("MIXPLEX z14 + z16", DESCRIPTION);
        Cec old = b.cec("Z14A", MachineType.Z14, "0D7715", SITE, 768, 2, 16);
        Cec nu = b.cec("Z16A", MachineType.Z16, "0E1042", SITE, 1536, 2, 32);
        Map<Cec, List<ChannelPath>> ctcChpids = Map.of(
                old, b.ficonChpids(old, 0x40, 4, FiconSpeed.EXPRESS16S_PLUS, 0x110),
                nu, b.ficonChpids(nu, 0x40, 4, FiconSpeed.EXPRESS16S_PLUS, 0x110));

        SsiCluster plex = b.cluster("MIXPLEX", ZvmRelease.V7_3, "020000");
        Member sysa = b.member(plex, "SYSA", 1, b.lpar(old, "ZVMA", 128, 6), 128, "RSU 2301", "020001", MemberState.JOINED);
        Member sysb = b.member(plex, "SYSB", 2, b.lpar(old, "ZVMB", 128, 6), 128, "RSU 2301", "020002", MemberState.JOINED);
        Member sysc = b.member(plex, "SYSC", 3, b.lpar(nu, "ZVMC", 256, 12), 256, "RSU 2402", "020003", MemberState.JOINED);
        Member sysd = b.member(plex, "SYSD", 4, b.lpar(nu, "ZVMD", 256, 12), 256, "RSU 2402", "020004", MemberState.JOINED);
        List<Member> all = List.of(sysa, sysb, sysc, sysd);
        b.fullMesh(plex, all, ctcChpids, 4);

        InstallationBuilder.SharedDasd dasd = b.oneSiteDasd(plex, all, SITE, 2, 0, 8);
        DasdVolume common = dasd.common();
        DasdVolume release = dasd.release();
        List<DasdVolume> userVolumes = dasd.userVolumes();

        VirtualSwitch prod = b.vswitch(plex, "VSWPROD", VlanMode.AWARE, 100, PortAssignment.USERBASED);
        for (Cec cec : List.of(old, nu)) {
            List<Member> onCec = cec == old ? List.of(sysa, sysb) : List.of(sysc, sysd);
            String n = cec == old ? "1" : "2";
            OsaDevice primary = b.osa("OSA" + n + "-E0", "OSAPROD", "PRODLAN",
                    b.chpid(cec, "E0", ChannelPathType.OSD, null, "1C0"), "1000", onCec);
            OsaDevice spare = b.osa("OSA" + n + "-E1", "OSAPROD", "PRODLAN",
                    b.chpid(cec, "E1", ChannelPathType.OSD, null, "1D0"), "1100", onCec);
            for (Member member : onCec) {
                b.uplink(prod, member, primary, spare);
            }
        }
        RelocationDomain z14 = b.domain(plex, "Z14DOM", sysa, sysb);
        RelocationDomain z16 = b.domain(plex, "Z16DOM", sysc, sysd);

        Profile lindflt = b.linuxProfile(plex, "LINDFLT");
        b.ibmServiceMachines(plex, common, release, "MAINT730");
        LinuxGuests guests = new LinuxGuests(b, plex, lindflt, prod, null, userVolumes);
        // Z16DOM: inference and analytics guests that use z16 facilities.
        in(z16, guests.add("LXAI01", 32, 64, 8, WorkloadShape.JAVA, sysc, 300, "AI", 0, 10016));
        in(z16, guests.add("LXAI02", 32, 64, 8, WorkloadShape.JAVA, sysd, 300, "AI", 0, 10016));
        in(z16, guests.add("LXAI03", 16, 32, 4, WorkloadShape.JAVA, sysc, 300, null, 0, 10016));
        in(z16, guests.add("LXSPK01", 64, 64, 16, WorkloadShape.PAGE_CACHE_IO, sysd, 1800, null, 0, 32760));
        in(z16, guests.add("LXORA01", 32, 64, 8, WorkloadShape.ORACLE_OLTP, sysc, 30, "ORA", 200, 10016));
        in(z16, guests.add("LXORA02", 32, 64, 8, WorkloadShape.ORACLE_OLTP, sysd, 30, "ORA", 200, 10016));
        in(z16, guests.add("LXWAS01", 16, 32, 4, WorkloadShape.JAVA, sysc, 120, null, 0, 10016));
        // Z14DOM: workloads that stay on the z14 until it is retired.
        in(z14, guests.add("LXOLD01", 8, 16, 2, WorkloadShape.JAVA, sysa, 600, "OLD", 0, 10016));
        in(z14, guests.add("LXOLD02", 8, 16, 2, WorkloadShape.JAVA, sysb, 600, "OLD", 0, 10016));
        in(z14, guests.add("LXOLDDB", 16, 32, 4, WorkloadShape.ORACLE_OLTP, sysa, 120, null, 200, 10016));
        // SSI domain: may run anywhere, at the common z14 level.
        guests.add("LXDNS01", 1, 2, 1, WorkloadShape.IDLE, sysa, 30, "DNS", 0, 3338);
        guests.add("LXDNS02", 1, 2, 1, WorkloadShape.IDLE, sysc, 30, "DNS", 0, 3338);
        guests.add("LXNFS01", 16, 32, 4, WorkloadShape.PAGE_CACHE_IO, sysb, 300, null, 0, 32760);
        guests.add("LXLOG01", 8, 16, 2, WorkloadShape.DIRECT_IO, sysd, 900, null, 0, 10016);
        guests.add("LXMQ01", 8, 16, 2, WorkloadShape.DIRECT_IO, sysa, 60, "MQ", 0, 10016);
        guests.add("LXMQ02", 8, 16, 2, WorkloadShape.DIRECT_IO, sysc, 60, "MQ", 0, 10016);
        guests.add("LXDEV01", 4, 8, 2, WorkloadShape.IDLE, sysb, 0, null, 300, 3338);
        guests.add("LXMON01", 4, 8, 2, WorkloadShape.JAVA, sysd, 3600, null, 0, 10016);
        return DeterministicIds.assign(b.installation, NAME);
    }

    private static void in(RelocationDomain domain, UserEntry guest) {
        guest.setRelocationDomain(domain);
    }
}
