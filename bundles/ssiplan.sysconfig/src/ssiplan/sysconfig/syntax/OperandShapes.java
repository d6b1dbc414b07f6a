package ssiplan.sysconfig.syntax;

/** Tests for the shapes operands take: device numbers, names, numbers. Case-insensitive. */
public final class OperandShapes {

    private OperandShapes() {
    }

    /** 1 to {@code max} hex digits, e.g. a real or virtual device number (max 4). */
    public static boolean isHex(String text, int max) {
        if (text.isEmpty() || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Only A-Z, a-z and 0-9 (system and SSI names). */
    public static boolean isAlphanumeric(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Decimal digits only, not empty and short enough to be an int. */
    public static boolean isDecimal(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
