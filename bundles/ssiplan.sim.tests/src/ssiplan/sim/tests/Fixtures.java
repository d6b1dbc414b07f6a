package ssiplan.sim.tests;

import ssiplan.sim.isfc.LinkCapacity;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.Units;

/** Small installations the tests build on: members SYSA, SYSB, ... in a full ISFC mesh. */
final class Fixtures {

    static final String[] NAMES = {"SYSA", "SYSB", "SYSC", "SYSD", "SYSE", "SYSF", "SYSG", "SYSH"};

    private Fixtures() {
    }

    /** A roomy member: 256 GiB real, 128 GiB paging, volume VOL001, a z15 facility set. */
    static MemberSnapshot.Builder member(int index) {
        return MemberSnapshot.builder(NAMES[index], index + 1)
                .machine("z15")
                .realBytes(Units.gib(256))
                .pagingBytes(Units.gib(128))
                .processors(16)
                .volume("VOL001")
                .facility("VX", "VXE", "VXE2", "DFLTCC");
    }

    /** {@code n} members, 8 CTCs on 2 CHPIDs at 8 Gb/s per link, VSWITCH VSWPROD everywhere. */
    static InstallationSnapshot.Builder cluster(int n) {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEX1");
        for (int i = 0; i < n; i++) {
            b.member(member(i).build());
        }
        return b.fullMesh(8, 2, 8).vswitchEverywhere("VSWPROD", "ETHERNET VLAN AWARE");
    }

    /** A relocatable Linux guest on {@code member}: 4 GiB, a minidisk on VOL001, a NIC on VSWPROD. */
    static GuestSnapshot.Builder linux(String userid, String member) {
        return GuestSnapshot.builder(userid)
                .storage(Units.gib(4))
                .touchedPages(500_000)
                .dirtyPagesPerSecond(0)
                .device(ssiplan.sim.snapshot.DeviceSnapshot.minidisk("0100", "VOL001"))
                .nicOnVswitch("0600", "VSWPROD")
                .on(member);
    }

    /** The full pages/s {@code from} can send to {@code to} in {@code s} with default parameters. */
    static double rate(InstallationSnapshot s, String from, String to) {
        for (LinkSnapshot l : s.links()) {
            if (l.connects(from) && l.connects(to)) {
                return LinkCapacity.pagesPerSecond(l, from, Parameters.defaults());
            }
        }
        throw new IllegalArgumentException("no link " + from + "-" + to);
    }
}
