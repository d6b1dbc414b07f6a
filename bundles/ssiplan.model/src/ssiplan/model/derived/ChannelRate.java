package ssiplan.model.derived;

import ssiplan.model.FiconSpeed;

/**
 * Link rates of FICON adapter generations. FCTC traffic for ISFC can fill a CHPID's fibre [C]; the
 * nominal MB/s here is the usual one-direction line rate (about 100 MB/s per Gb/s for 8 Gb/s and up,
 * measured ceilings for the 2 and 4 Gb/s generations) [U]. The simulator applies its own efficiency.
 */
public final class ChannelRate {

    private ChannelRate() {
    }

    public static int gigabitsPerSecond(FiconSpeed speed) {
        return switch (speed) {
            case EXPRESS2 -> 2;
            case EXPRESS4 -> 4;
            case EXPRESS8, EXPRESS8S -> 8;
            case EXPRESS16S, EXPRESS16S_PLUS, EXPRESS16SA -> 16;
            case EXPRESS32S -> 32;
        };
    }

    /** Nominal one-direction rate in MB/s [U]: Express2 ≈ 270, Express4 ≈ 400, then 100 per Gb/s. */
    public static int nominalMegabytesPerSecond(FiconSpeed speed) {
        return switch (speed) {
            case EXPRESS2 -> 270;
            case EXPRESS4 -> 400;
            default -> gigabitsPerSecond(speed) * 100;
        };
    }
}
