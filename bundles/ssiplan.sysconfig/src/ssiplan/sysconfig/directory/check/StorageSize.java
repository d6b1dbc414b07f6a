package ssiplan.sysconfig.directory.check;

import java.util.Locale;

/**
 * A directory storage size such as {@code 4G} or {@code 2048M}: decimal digits and one unit letter
 * K, M, G, T, P or E. Whether CP also takes a bare number (and in which unit) is unconfirmed, so a
 * missing unit is reported.
 */
record StorageSize(long bytes) {

    private static final String UNITS = "KMGTPE";

    /** The size, or null when {@code text} is not of the shape digits+unit. */
    static StorageSize parse(String text) {
        if (text.length() < 2 || text.length() > 12) {
            return null;
        }
        int unit = UNITS.indexOf(text.toUpperCase(Locale.ROOT).charAt(text.length() - 1));
        String digits = text.substring(0, text.length() - 1);
        if (unit < 0 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long value = Long.parseLong(digits);
        int shift = 10 * (unit + 1);
        if (value > (Long.MAX_VALUE >> shift)) {
            return null;
        }
        return new StorageSize(value << shift);
    }

    static boolean isBareNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
