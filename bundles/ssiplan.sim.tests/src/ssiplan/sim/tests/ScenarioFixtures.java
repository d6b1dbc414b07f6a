package ssiplan.sim.tests;

import java.util.List;
import java.util.Map;
import ssiplan.sim.scenario.ScenarioDefaults;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.Units;

/**
 * Installations shaped like the bundled examples, built as snapshots: four members on two CECs,
 * a DR pair of sites, a production member with a utility LPAR.
 */
final class ScenarioFixtures {

    static final ScenarioDefaults.Context TWO_CECS = new ScenarioDefaults.Context(
            Map.of("CEC1", List.of("SYSA", "SYSB"), "CEC2", List.of("SYSC", "SYSD")), null);

    private ScenarioFixtures() {
    }

    static MemberSnapshot.Builder member(String name, int slot, String machine) {
        return MemberSnapshot.builder(name, slot).machine(machine).realBytes(Units.gib(64)).pagingBytes(Units.gib(32)).processors(8)
                .volume("VMCOM1", "LXSHR1").facility("VX", "VXE");
    }

    /** A relocatable Linux guest: 4 GiB, 300k touched pages, a shared minidisk and a NIC on VSWPROD. */
    static GuestSnapshot.Builder linux(String userid, String member) {
        return GuestSnapshot.builder(userid).storage(Units.gib(4)).touchedPages(300_000).dirtyPagesPerSecond(2_000)
                .writableWorkingSetPages(100_000).cpuDemand(0.5).device(DeviceSnapshot.minidisk("0100", "LXSHR1"))
                .nicOnVswitch("0600", "VSWPROD").on(member);
    }

    /**
     * SYSA, SYSB (CEC1) and SYSC, SYSD (CEC2), all z15 and joined: 16 Linux guests (four of them
     * critical; LNX004 on SYSA and LNX005 on SYSB in anti-affinity group WEB), DB2SVC that cannot relocate but can log on
     * anywhere, LOCALDB pinned to SYSA by a minidisk on a volume only SYSA reaches, and TCPIP, an
     * IDENTITY user.
     */
    static InstallationSnapshot fourMemberTwoCec() {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEX4");
        b.member(member("SYSA", 1, "z15").volume("LOCAL1").build()).member(member("SYSB", 2, "z15").build())
                .member(member("SYSC", 3, "z15").build()).member(member("SYSD", 4, "z15").build());
        b.fullMesh(4, 2, 8).vswitchEverywhere("VSWPROD", "ETHERNET VLAN AWARE");
        String[] m = {"SYSA", "SYSB", "SYSC", "SYSD"};
        for (int i = 0; i < 16; i++) {
            GuestSnapshot.Builder g = linux(String.format("LNX%03d", i), m[i % 4]).dirtyPagesPerSecond(i % 5 == 0 ? 40_000 : 2_000);
            if (i < 4) {
                g.criticalitySeconds(15);
            }
            if (i == 4 || i == 5) {
                g.antiAffinityGroup("WEB"); // LNX004 on SYSA, LNX005 on SYSB
            }
            b.guest(g.build());
        }
        b.guest(GuestSnapshot.builder("DB2SVC").relocatable(false).storage(Units.gib(2)).device(DeviceSnapshot.minidisk("0191", "LXSHR1"))
                .on("SYSB").build());
        b.guest(GuestSnapshot.builder("LOCALDB").relocatable(false).storage(Units.gib(2)).device(DeviceSnapshot.minidisk("0191", "LOCAL1"))
                .on("SYSA").build());
        b.guest(GuestSnapshot.builder("TCPIP").multiConfiguration(true).relocatable(false).storage(Units.mib(256)).on("SYSA").build());
        return b.build();
    }

    /**
     * Production SYSA, SYSB (joined) and standby SYSC, SYSD (down) with 16 GiB real each: at the
     * 1.5 over-commit limit the standby side takes 12 of the 20 production guests of 4 GiB.
     */
    static InstallationSnapshot drTwoSites() {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEXDR");
        b.member(member("SYSA", 1, "z16").build()).member(member("SYSB", 2, "z16").build())
                .member(member("SYSC", 3, "z16").realBytes(Units.gib(16)).down().build())
                .member(member("SYSD", 4, "z16").realBytes(Units.gib(16)).down().build());
        b.fullMesh(4, 2, 16).vswitchEverywhere("VSWPROD", "ETHERNET VLAN AWARE");
        for (int i = 0; i < 20; i++) {
            // criticality 60 s .. 1200 s, deliberately not in userid order
            double crit = 60 * (1 + (i * 7) % 20);
            b.guest(linux(String.format("PRD%03d", i), i % 2 == 0 ? "SYSA" : "SYSB").criticalitySeconds(crit).build());
        }
        return b.build();
    }

    /** Production SYSA with six guests; SYSB in the spare LPAR, down. */
    static InstallationSnapshot utilityLpar() {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEXU");
        b.member(member("SYSA", 1, "z15").build()).member(member("SYSB", 2, "z15").down().build());
        b.fullMesh(4, 2, 8).vswitchEverywhere("VSWPROD", "ETHERNET VLAN AWARE");
        for (int i = 0; i < 6; i++) {
            b.guest(linux(String.format("APP%03d", i), "SYSA").build());
        }
        return b.build();
    }
}
