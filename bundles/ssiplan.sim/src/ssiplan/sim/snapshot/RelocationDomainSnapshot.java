package ssiplan.sim.snapshot;

import java.util.Objects;
import java.util.SortedSet;

/** A relocation domain: the members between which its guests may move without FORCE DOMAIN. */
public record RelocationDomainSnapshot(String name, SortedSet<String> members) {

    public RelocationDomainSnapshot {
        Objects.requireNonNull(name);
        members = Sets.sorted(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("relocation domain " + name + " has no members");
        }
    }

    public static RelocationDomainSnapshot of(String name, String... members) {
        return new RelocationDomainSnapshot(name, Sets.sorted(java.util.List.of(members)));
    }
}
