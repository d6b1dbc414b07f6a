package ssiplan.sim.snapshot;

/** Byte and page arithmetic in the units z/VM planners use (binary multiples, 4 KiB pages). */
public final class Units {

    /** LGR moves 4 KiB pages [C]; kept here for snapshot arithmetic, the runtime reads lgr.pageBytes. */
    public static final long PAGE_BYTES = 4096;

    private Units() {
    }

    public static long mib(double n) {
        return Math.round(n * 1024 * 1024);
    }

    public static long gib(double n) {
        return Math.round(n * 1024 * 1024 * 1024);
    }

    /** Pages in {@code bytes}, rounded up. */
    public static long pages(long bytes) {
        return (bytes + PAGE_BYTES - 1) / PAGE_BYTES;
    }
}
