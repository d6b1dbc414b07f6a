package ssiplan.model.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import ssiplan.model.Installation;

/**
 * The example installations shipped with SSI Planner, by name. Each call builds a new installation
 * that is not attached to a resource; its element ids are fixed per example, so saving it always
 * produces the same file.
 */
public final class Examples {

    private record Entry(String description, Supplier<Installation> factory) {
    }

    private static final Map<String, Entry> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put(FourMemberTwoCec.NAME, new Entry(FourMemberTwoCec.DESCRIPTION, FourMemberTwoCec::create));
        EXAMPLES.put(DrTwoSites.NAME, new Entry(DrTwoSites.DESCRIPTION, DrTwoSites::create));
        EXAMPLES.put(UtilityLpar.NAME, new Entry(UtilityLpar.DESCRIPTION, UtilityLpar::create));
        EXAMPLES.put(MixedGenerations.NAME, new Entry(MixedGenerations.DESCRIPTION, MixedGenerations::create));
    }

    private Examples() {
    }

    /** The example names in a stable order: four-member-two-cec, dr-two-sites, utility-lpar, mixed-generations. */
    public static List<String> names() {
        return List.copyOf(EXAMPLES.keySet());
    }

    /**
     * A new installation of example {@code name}.
     *
     * @throws IllegalArgumentException naming the known examples when {@code name} is not one of them
     */
    public static Installation create(String name) {
        return entry(name).factory().get();
    }

    /** One line saying what example {@code name} shows. */
    public static String description(String name) {
        return entry(name).description();
    }

    private static Entry entry(String name) {
        Entry entry = name == null ? null : EXAMPLES.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown example '" + name + "'; known examples: " + String.join(", ", names()));
        }
        return entry;
    }
}
