package ssiplan.sim.snapshot;

import java.util.Locale;
import java.util.Objects;

/**
 * One FICON CTC (FCTC) connection of an ISFC logical link, with the channel path at each end.
 * "A" is the link's {@link LinkSnapshot#memberA() memberA} (the name that sorts lower), "B" the other.
 * Traffic crosses a CHPID at both ends, so the slower or busier end limits it.
 *
 * @param rdev       real device number on member A (hex, up to 4 digits); IBM recommends the same
 *                   number at both ends, and ISFC orders the devices by it
 * @param chpid      the FICON CHPID the device is on at A (hex); several CTCs on one CHPID share it
 * @param speedGbps  that CHPID's link speed: 1, 2, 4, 8, 16 or 32
 * @param rdevB      device number on member B
 * @param chpidB     the CHPID at B
 * @param speedGbpsB its speed
 */
public record CtcSnapshot(String rdev, String chpid, int speedGbps, String rdevB, String chpidB, int speedGbpsB)
        implements Comparable<CtcSnapshot> {

    public CtcSnapshot {
        rdev = device(rdev);
        chpid = chpid(chpid, speedGbps);
        rdevB = device(rdevB);
        chpidB = chpid(chpidB, speedGbpsB);
    }

    /** A CTC with the same device number, CHPID number and speed at both ends. */
    public CtcSnapshot(String rdev, String chpid, int speedGbps) {
        this(rdev, chpid, speedGbps, rdev, chpid, speedGbps);
    }

    private static String device(String rdev) {
        Objects.requireNonNull(rdev);
        String r = rdev.toUpperCase(Locale.ROOT);
        if (!r.matches("[0-9A-F]{1,4}")) {
            throw new IllegalArgumentException("CTC device number '" + rdev + "' is not 1-4 hex digits");
        }
        return r;
    }

    private static String chpid(String chpid, int speedGbps) {
        Objects.requireNonNull(chpid);
        String c = chpid.toUpperCase(Locale.ROOT);
        if (!c.matches("[0-9A-F]{1,2}")) {
            throw new IllegalArgumentException("CHPID '" + chpid + "' is not 1-2 hex digits");
        }
        if (speedGbps <= 0) {
            throw new IllegalArgumentException("CHPID " + c + ": speed must be > 0 Gb/s");
        }
        return c;
    }

    /** The same connection seen from the other end. */
    public CtcSnapshot flipped() {
        return new CtcSnapshot(rdevB, chpidB, speedGbpsB, rdev, chpid, speedGbps);
    }

    public int deviceNumber() {
        return Integer.parseInt(rdev, 16);
    }

    /** The CHPID at the end of {@code memberA} ({@code atA}) or of memberB. */
    public String chpidAt(boolean atA) {
        return atA ? chpid : chpidB;
    }

    public int speedAt(boolean atA) {
        return atA ? speedGbps : speedGbpsB;
    }

    /** Device-number order (member A's numbers): the order ISFC uses to assign transmit directions. */
    @Override
    public int compareTo(CtcSnapshot o) {
        return Integer.compare(deviceNumber(), o.deviceNumber());
    }
}
