package ssiplan.sim.snapshot;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Defensive, sorted, unmodifiable copies so a snapshot never depends on hash order. */
final class Sets {

    private Sets() {
    }

    static SortedSet<String> sorted(Collection<String> in) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(in == null ? List.of() : in));
    }

    static <V> SortedMap<String, V> sorted(Map<String, V> in) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(in == null ? Map.of() : in));
    }

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }
}
