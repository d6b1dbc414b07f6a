package ssiplan.sim.model;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The few directory statements the model keeps verbatim ({@code otherStatements}) that bear on
 * relocation: {@code IUCV partner} (the guest connects to that service, which blocks relocation
 * unless it is one CP lets move, such as *MSG) and {@code CPU nn DEDICATE} (dedicated CPUs).
 * Authorisations that name no partner ({@code IUCV ALLOW}, {@code IUCV ANY}) connect to nothing.
 */
final class DirectoryStatements {

    private DirectoryStatements() {
    }

    static SortedSet<String> iucvPartners(List<String> statements) {
        SortedSet<String> out = new TreeSet<>();
        for (String s : statements) {
            String[] w = words(s);
            if (w.length >= 2 && w[0].equals("IUCV") && !w[1].equals("ALLOW") && !w[1].equals("ANY")) {
                out.add(w[1]);
            }
        }
        return out;
    }

    static boolean dedicatesCpu(List<String> statements) {
        for (String s : statements) {
            String[] w = words(s);
            if (w.length >= 3 && w[0].equals("CPU") && List.of(w).contains("DEDICATE")) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String statement) {
        return statement == null ? new String[0] : statement.trim().toUpperCase(Locale.ROOT).split("\\s+");
    }
}
