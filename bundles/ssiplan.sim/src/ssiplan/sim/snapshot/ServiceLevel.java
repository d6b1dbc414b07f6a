package ssiplan.sim.snapshot;

import java.util.Objects;

/**
 * A member's CP level: the z/VM release (e.g. "7.3") and the RSU/service number applied on top.
 * Ordered by release then service, which is how "lower service level" is judged for relocation.
 */
public record ServiceLevel(String release, int service) implements Comparable<ServiceLevel> {

    public ServiceLevel {
        Objects.requireNonNull(release);
        if (!release.matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("release must look like 7.3 or 7.3.0, was '" + release + "'");
        }
        if (service < 0) {
            throw new IllegalArgumentException("service number must be >= 0");
        }
    }

    /** Parses "7.3" or "7.3+2401" (release + service number). */
    public static ServiceLevel parse(String text) {
        int plus = text.indexOf('+');
        return plus < 0 ? new ServiceLevel(text.trim(), 0)
                : new ServiceLevel(text.substring(0, plus).trim(), Integer.parseInt(text.substring(plus + 1).trim()));
    }

    @Override
    public int compareTo(ServiceLevel o) {
        // release parts compared number by number ("7.10" after "7.9"), without allocating: every
        // relocation compares levels several times
        int i = 0;
        int j = 0;
        String a = release;
        String b = o.release;
        while (i < a.length() || j < b.length()) {
            int x = 0;
            while (i < a.length() && a.charAt(i) != '.') {
                x = x * 10 + (a.charAt(i++) - '0');
            }
            int y = 0;
            while (j < b.length() && b.charAt(j) != '.') {
                y = y * 10 + (b.charAt(j++) - '0');
            }
            if (x != y) {
                return Integer.compare(x, y);
            }
            i++;
            j++;
        }
        return Integer.compare(service, o.service);
    }

    @Override
    public String toString() {
        return service == 0 ? release : release + "+" + service;
    }
}
