package ssiplan.sysconfig.syntax;

import java.util.Locale;

/**
 * A keyword with its minimum abbreviation, written the way IBM syntax diagrams write it: the leading
 * upper-case part is what must be typed, the lower-case rest may be left off. {@code PDR_VOLume}
 * accepts {@code PDR_VOL}, {@code pdr_volu} and {@code PDR_VOLUME}, but not {@code PDR_VO}.
 */
public final class Keyword {

    private final String spelling;
    private final String name;
    private final int minimum;

    private Keyword(String spelling) {
        this.spelling = spelling;
        this.name = spelling.toUpperCase(Locale.ROOT);
        int upper = 0;
        while (upper < spelling.length() && !Character.isLowerCase(spelling.charAt(upper))) {
            upper++;
        }
        this.minimum = upper;
    }

    /** @param spelling syntax-diagram spelling, e.g. {@code DEFine} or {@code VSWITCH} (no abbreviation) */
    public static Keyword of(String spelling) {
        if (spelling == null || spelling.isEmpty() || Character.isLowerCase(spelling.charAt(0))) {
            throw new IllegalArgumentException("keyword spelling must start upper-case: " + spelling);
        }
        return new Keyword(spelling);
    }

    /** True when {@code word} is this keyword or an abbreviation of it no shorter than the minimum. */
    public boolean matches(String word) {
        int length = word.length();
        return length >= minimum && length <= name.length() && name.regionMatches(true, 0, word, 0, length);
    }

    public boolean matches(Token token) {
        return matches(token.text());
    }

    /** The full keyword in upper case: what the writer emits and what statements are keyed by. */
    public String name() {
        return name;
    }

    /** The shortest accepted form, e.g. {@code PDR_VOL}. */
    public String minimum() {
        return name.substring(0, minimum);
    }

    /** The syntax-diagram spelling, e.g. {@code PDR_VOLume}. */
    public String spelling() {
        return spelling;
    }

    @Override
    public String toString() {
        return spelling;
    }
}
