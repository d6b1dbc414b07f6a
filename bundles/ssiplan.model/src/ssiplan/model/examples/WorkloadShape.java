package ssiplan.model.examples;

import ssiplan.model.SsiplanFactory;
import ssiplan.model.WorkloadProfile;

/**
 * Workload shapes for example and synthetic guests, scaled to the guest's storage.
 *
 * <p>The touched-storage fractions are IBM's first-pass measurements on 4096 MiB guests (white paper
 * ZSW03253USEN, reference §5.1) [C]: Java 3543 MiB, page-cache file I/O 4076 MiB, direct I/O 296 MiB,
 * Oracle OLTP 2884 MiB. Dirty rates, writable working sets and CPU demand were not published as
 * numbers; the values here are planning assumptions chosen to keep the measured ordering (Java
 * re-dirties most of its first pass, direct I/O almost nothing) and are meant to be calibrated.
 *
 * <p>CPU demand is the average share of each virtual CPU the guest keeps busy. z/VM Linux guests are
 * defined with far more virtual CPUs than they use (virtual-to-logical ratios of 3–6:1 are common)
 * and an average guest uses a fraction of an IFL, so the shares are small: 8–15 % per virtual CPU for
 * busy workloads, 2 % for idle ones [U]. With them the bundled examples' members run at 40–70 % of
 * their logical processors at plan start, which leaves room for one member to be out.
 */
public enum WorkloadShape {
    /** Java application server: large heap, high re-dirty rate (intermediate passes ≈ 86 % of the first [C]). */
    JAVA(3543.0 / 4096, 0.75, 6000, 0.15),
    /** File server whose page cache fills nearly the whole guest [C touched]. */
    PAGE_CACHE_IO(4076.0 / 4096, 0.30, 2500, 0.08),
    /** Direct-I/O file or log workload: the page cache is bypassed, little storage is touched [C touched]. */
    DIRECT_IO(296.0 / 4096, 0.03, 150, 0.10),
    /** Oracle OLTP (SwingBench-like) database [C touched]. */
    ORACLE_OLTP(2884.0 / 4096, 0.25, 3000, 0.12),
    /** Infrastructure guest that mostly waits (DNS, NTP, development boxes). Assumed, not measured. */
    IDLE(0.10, 0.01, 20, 0.02);

    private final double touchedFraction;
    private final double writableFraction;
    private final double dirtyPagesPerSecondPerGiB;
    private final double cpuPerVirtualCpu;

    WorkloadShape(double touchedFraction, double writableFraction, double dirtyPagesPerSecondPerGiB, double cpuPerVirtualCpu) {
        this.touchedFraction = touchedFraction;
        this.writableFraction = writableFraction;
        this.dirtyPagesPerSecondPerGiB = dirtyPagesPerSecondPerGiB;
        this.cpuPerVirtualCpu = cpuPerVirtualCpu;
    }

    /** A workload profile of this shape for a guest of {@code storageMiB} with {@code virtualCpus}. */
    public WorkloadProfile profileFor(int storageMiB, int virtualCpus) {
        WorkloadProfile profile = SsiplanFactory.eINSTANCE.createWorkloadProfile();
        profile.setTouchedStorageMiB((int) Math.round(storageMiB * touchedFraction));
        profile.setWritableWorkingSetMiB(Math.max(1, (int) Math.round(storageMiB * writableFraction)));
        profile.setDirtyPagesPerSecond(Math.round(dirtyPagesPerSecondPerGiB * storageMiB / 1024.0));
        profile.setCpuDemand(Math.round(cpuPerVirtualCpu * virtualCpus * 100) / 100.0);
        return profile;
    }
}
