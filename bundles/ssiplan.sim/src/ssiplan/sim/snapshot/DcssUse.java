package ssiplan.sim.snapshot;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

/** A saved segment (DCSS) a guest has loaded, with the page-range types it has. */
public record DcssUse(String name, SortedSet<PageRangeType> pageRanges) {

    public DcssUse {
        Objects.requireNonNull(name);
        pageRanges = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(pageRanges));
        if (pageRanges.isEmpty()) {
            throw new IllegalArgumentException("DCSS " + name + " needs at least one page range type");
        }
    }

    public static DcssUse of(String name, PageRangeType... types) {
        return new DcssUse(name, new java.util.TreeSet<>(Set.of(types)));
    }

    public boolean exclusive() {
        return pageRanges.stream().anyMatch(PageRangeType::exclusive);
    }
}
