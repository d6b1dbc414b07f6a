package ssiplan.sim.snapshot;

import java.util.Objects;

/**
 * One FICON CTC (FCTC) connection of an ISFC logical link.
 *
 * @param rdev      real device number (hex, up to 4 digits); IBM recommends the same number at both ends
 * @param chpid     the FICON CHPID the device is on (hex); several CTCs on one CHPID share it
 * @param speedGbps the CHPID's link speed: 1, 2, 4, 8, 16 or 32
 */
public record CtcSnapshot(String rdev, String chpid, int speedGbps) implements Comparable<CtcSnapshot> {

    public CtcSnapshot {
        Objects.requireNonNull(rdev);
        Objects.requireNonNull(chpid);
        rdev = rdev.toUpperCase(java.util.Locale.ROOT);
        chpid = chpid.toUpperCase(java.util.Locale.ROOT);
        if (!rdev.matches("[0-9A-F]{1,4}")) {
            throw new IllegalArgumentException("CTC device number '" + rdev + "' is not 1-4 hex digits");
        }
        if (!chpid.matches("[0-9A-F]{1,2}")) {
            throw new IllegalArgumentException("CHPID '" + chpid + "' is not 1-2 hex digits");
        }
        if (speedGbps <= 0) {
            throw new IllegalArgumentException("CHPID " + chpid + ": speed must be > 0 Gb/s");
        }
    }

    public int deviceNumber() {
        return Integer.parseInt(rdev, 16);
    }

    /** Device-number order: the order ISFC uses to assign transmit directions. */
    @Override
    public int compareTo(CtcSnapshot o) {
        return Integer.compare(deviceNumber(), o.deviceNumber());
    }
}
