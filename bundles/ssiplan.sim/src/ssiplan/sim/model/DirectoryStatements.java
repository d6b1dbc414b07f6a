package ssiplan.sim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The few directory statements the model keeps verbatim ({@code otherStatements}) that bear on
 * relocation: {@code IUCV partner} (the guest connects to that service, which blocks relocation
 * unless it is one CP lets move, such as *MSG) and {@code CPU nn ... DEDICATE} (dedicated CPUs).
 * Authorisations that name no partner ({@code IUCV ALLOW}, {@code IUCV ANY}) connect to nothing.
 *
 * @param iucvPartners  partners named on IUCV statements
 * @param dedicatesCpu  a CPU statement dedicates a real processor
 */
record DirectoryStatements(SortedSet<String> iucvPartners, boolean dedicatesCpu) {

    static final Pattern BLANKS = Pattern.compile("\\s+");

    static DirectoryStatements of(List<String> statements) {
        SortedSet<String> iucv = new TreeSet<>();
        boolean dedicated = false;
        for (String s : statements) {
            if (s == null || s.isBlank()) {
                continue;
            }
            String[] w = BLANKS.split(s.trim().toUpperCase(Locale.ROOT));
            if (w.length >= 2 && w[0].equals("IUCV") && !w[1].equals("ALLOW") && !w[1].equals("ANY")) {
                iucv.add(w[1]);
            } else if (w.length >= 3 && w[0].equals("CPU") && Arrays.asList(w).contains("DEDICATE")) {
                dedicated = true;
            }
        }
        return new DirectoryStatements(iucv, dedicated);
    }
}
