package ssiplan.model.derived;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import ssiplan.model.Cec;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;

/**
 * A set of hardware facilities: what one machine offers, or what a relocation domain guarantees.
 *
 * <p>CP gives each relocation domain the maximal common subset of its members' facilities [C]; that is
 * {@link #common(Collection)}, an intersection, so it stays right even if a later generation drops a
 * facility. The facility tables themselves are [U] (see {@link Facility}).
 */
public final class Architecture {

    private final Set<Facility> facilities;

    private Architecture(Set<Facility> facilities) {
        this.facilities = Collections.unmodifiableSet(facilities);
    }

    /** What a machine type offers: every facility introduced with its generation or earlier. */
    public static Architecture of(MachineType type) {
        MachineGeneration generation = MachineGeneration.of(type);
        EnumSet<Facility> offered = EnumSet.noneOf(Facility.class);
        for (Facility facility : Facility.values()) {
            if (generation.isAtLeast(facility.introducedWith())) {
                offered.add(facility);
            }
        }
        return new Architecture(offered);
    }

    /** What a member's hardware offers; empty while the member is not placed on an LPAR of a CEC. */
    public static Optional<Architecture> of(Member member) {
        Lpar lpar = member.getLpar();
        if (lpar == null || !(lpar.eContainer() instanceof Cec cec)) {
            return Optional.empty();
        }
        return Optional.of(of(cec.getMachineType()));
    }

    /**
     * The maximal common subset over {@code members}; members not yet placed on hardware are left out
     * because they constrain nothing yet. Empty when no member is placed.
     */
    public static Optional<Architecture> common(Collection<Member> members) {
        EnumSet<Facility> common = null;
        for (Member member : members) {
            Optional<Architecture> offered = of(member);
            if (offered.isEmpty()) {
                continue;
            }
            if (common == null) {
                common = EnumSet.copyOf(offered.get().facilities);
            } else {
                common.retainAll(offered.get().facilities);
            }
        }
        return Optional.ofNullable(common).map(Architecture::new);
    }

    public Set<Facility> facilities() {
        return facilities;
    }

    /** True when every facility of {@code required} is here: a guest fenced to it may run on this hardware. */
    public boolean provides(Architecture required) {
        return facilities.containsAll(required.facilities);
    }

    /** The facilities of {@code required} missing here: why a move would need FORCE ARCHITECTURE. */
    public Set<Facility> missing(Architecture required) {
        EnumSet<Facility> missing = EnumSet.noneOf(Facility.class);
        missing.addAll(required.facilities);
        missing.removeAll(facilities);
        return Collections.unmodifiableSet(missing);
    }

    /** The newest generation whose full facility set this architecture contains. */
    public MachineGeneration level() {
        MachineGeneration level = MachineGeneration.Z10;
        for (MachineGeneration generation : MachineGeneration.values()) {
            boolean all = true;
            for (Facility facility : Facility.values()) {
                if (facility.introducedWith() == generation && !facilities.contains(facility)) {
                    all = false;
                }
            }
            if (!all) {
                break;
            }
            level = generation;
        }
        return level;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Architecture architecture && architecture.facilities.equals(facilities);
    }

    @Override
    public int hashCode() {
        return facilities.hashCode();
    }

    @Override
    public String toString() {
        return level() + " " + facilities;
    }
}
