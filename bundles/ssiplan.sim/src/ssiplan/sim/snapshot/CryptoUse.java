package ssiplan.sim.snapshot;

import java.util.Objects;

/**
 * How a guest uses crypto adapters.
 *
 * @param mode NONE, APVIRT (shared: the destination needs the same type) or APDED (dedicated queues)
 * @param type crypto type for APVIRT/APDED, e.g. "CEX7C"; empty for NONE
 */
public record CryptoUse(Mode mode, String type) {

    public enum Mode { NONE, APVIRT, APDED }

    public static final CryptoUse NONE = new CryptoUse(Mode.NONE, "");

    public CryptoUse {
        Objects.requireNonNull(mode);
        type = type == null ? "" : type;
    }

    public static CryptoUse apvirt(String type) {
        return new CryptoUse(Mode.APVIRT, type);
    }

    public static CryptoUse apded(String type) {
        return new CryptoUse(Mode.APDED, type);
    }
}
