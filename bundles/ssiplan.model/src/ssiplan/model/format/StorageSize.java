package ssiplan.model.format;

/**
 * Storage sizes the way z/VM writes them on USER statements and in QUERY output: 4G, 512M, 1T.
 * The model keeps MiB; labels, reports and the directory exporter show these.
 */
public final class StorageSize {

    private static final int MIB_PER_GIB = 1024;
    private static final int MIB_PER_TIB = 1024 * 1024;

    private StorageSize() {
    }

    /** The largest whole unit: 1048576 → "1T", 4096 → "4G", 1536 → "1536M". */
    public static String ofMiB(long mib) {
        if (mib != 0 && mib % MIB_PER_TIB == 0) {
            return mib / MIB_PER_TIB + "T";
        }
        if (mib != 0 && mib % MIB_PER_GIB == 0) {
            return mib / MIB_PER_GIB + "G";
        }
        return mib + "M";
    }

    public static String ofGiB(long gib) {
        return ofMiB(gib * MIB_PER_GIB);
    }
}
