package ssiplan.sim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.Units;

/**
 * A generated installation for scale runs: {@code members} members in a full ISFC mesh (8 CTCs
 * over 2 CHPIDs at 16 Gb/s per link), {@code guests} relocatable Linux guests spread round-robin
 * with a seeded mix of sizes and dirty rates, and members sized so that every guest fits
 * wherever it goes.
 */
public final class SyntheticInstallation {

    private SyntheticInstallation() {
    }

    public static InstallationSnapshot generate(int members, int guests, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<GuestSnapshot> gs = new ArrayList<>();
        long[] touchedBytes = new long[members];
        for (int i = 0; i < guests; i++) {
            int home = i % members;
            long storage = Units.mib(512L << rnd.nextInt(3)); // 512 MiB, 1 GiB or 2 GiB
            long pages = Units.pages(storage);
            long touched = (long) (pages * (0.3 + 0.6 * rnd.nextDouble()));
            double dirty = rnd.nextDouble() < 0.2 ? 20_000 + rnd.nextInt(60_000) : rnd.nextInt(5_000);
            gs.add(GuestSnapshot.builder(String.format("LNX%05d", i))
                    .storage(storage)
                    .touchedPages(touched)
                    .writableWorkingSetPages((long) (touched * (0.2 + 0.6 * rnd.nextDouble())))
                    .dirtyPagesPerSecond(dirty)
                    .cpuDemand(0.05 + 0.2 * rnd.nextDouble())
                    .device(DeviceSnapshot.minidisk("0100", "LX" + (i % 4)))
                    .nicOnVswitch("0600", "VSWPROD")
                    .on(name(home))
                    .build());
            touchedBytes[home] += touched * Units.PAGE_BYTES;
        }
        long biggest = 0;
        for (long t : touchedBytes) {
            biggest = Math.max(biggest, t);
        }
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("BENCH");
        for (int m = 0; m < members; m++) {
            b.member(MemberSnapshot.builder(name(m), m + 1)
                    .realBytes(Math.max(Units.gib(64), biggest * 2))
                    .pagingBytes(Math.max(Units.gib(32), biggest))
                    .processors(Math.max(8, guests / members * 0.2))
                    .volume("LX0", "LX1", "LX2", "LX3")
                    .build());
        }
        b.fullMesh(8, 2, 16).vswitchEverywhere("VSWPROD", "ETHERNET VLAN AWARE");
        gs.forEach(b::guest);
        return b.build();
    }

    public static String name(int member) {
        return String.format("SYS%d", member + 1);
    }
}
