package ssiplan.sysconfig.syntax;

/**
 * Which columns of an 80-column record a reader looks at. Which columns CP and DIRECTXA really scan is
 * not confirmed (the reference marks it [U]), so the default reads the whole record and a reader warns
 * when statement text reaches past the columns our writer uses. A file with sequence numbers in
 * columns 73-80 is read with {@link #UP_TO_72} (or {@link #UP_TO_71}); the ignored columns still stay
 * in the verbatim text, so they survive a round trip.
 */
public enum ScanColumns {
    ALL(Integer.MAX_VALUE),
    UP_TO_72(72),
    UP_TO_71(71);

    private final int last;

    ScanColumns(int last) {
        this.last = last;
    }

    /** The last column scanned (1-based, inclusive). */
    public int last() {
        return last;
    }

    /** The scanned part of a record. */
    public String visible(String record) {
        return record.length() <= last ? record : record.substring(0, last);
    }
}
