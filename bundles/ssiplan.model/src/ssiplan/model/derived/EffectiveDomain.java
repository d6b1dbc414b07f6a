package ssiplan.model.derived;

import java.util.List;
import java.util.Optional;

import ssiplan.model.Member;
import ssiplan.model.RelocationDomain;

/**
 * A relocation domain as CP sees it: a user-defined one, or one of the implicit domains every cluster
 * has (the SSI domain with all members, and one single-member domain per member, named after it [U]).
 *
 * @param name       domain name as QUERY RELODOMAIN would show it
 * @param kind       where the domain comes from
 * @param members    its members, in slot order for implicit domains, as defined otherwise
 * @param definition the model element for a defined domain, null for implicit ones
 */
public record EffectiveDomain(String name, Kind kind, List<Member> members, RelocationDomain definition) {

    public enum Kind {
        /** The domain of all members; where guests are unless told otherwise [U]. */
        SSI,
        /** The implicit domain of one member: the guest may not move without FORCE DOMAIN. */
        SINGLE_MEMBER,
        /** A RELOCATION_DOMAIN the planner defined. */
        DEFINED
    }

    public EffectiveDomain {
        members = List.copyOf(members);
    }

    public boolean contains(Member member) {
        return members.contains(member);
    }

    /** The facilities guests in this domain see [C rule, U tables]; empty until a member is on hardware. */
    public Optional<Architecture> architecture() {
        return Architecture.common(members);
    }
}
