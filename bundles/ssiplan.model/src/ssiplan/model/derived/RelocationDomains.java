package ssiplan.model.derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ssiplan.model.Member;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualMachine;

/**
 * The relocation domains of a cluster, implicit ones included. The implicit domains are not stored:
 * they follow from the members, so they can never disagree with them.
 */
public final class RelocationDomains {

    /** Name CP gives the domain of all members [U]. */
    public static final String SSI_DOMAIN_NAME = "SSI";

    private RelocationDomains() {
    }

    /** The SSI domain: every member of the cluster. */
    public static EffectiveDomain ssiDomain(SsiCluster cluster) {
        return new EffectiveDomain(SSI_DOMAIN_NAME, EffectiveDomain.Kind.SSI, bySlot(cluster.getMembers()), null);
    }

    /** The implicit domain holding only {@code member}, named after it [U]. */
    public static EffectiveDomain singleMemberDomain(Member member) {
        return new EffectiveDomain(member.getName(), EffectiveDomain.Kind.SINGLE_MEMBER, List.of(member), null);
    }

    public static EffectiveDomain of(RelocationDomain domain) {
        return new EffectiveDomain(domain.getName(), EffectiveDomain.Kind.DEFINED, domain.getMembers(), domain);
    }

    /** All domains of the cluster: SSI, one per member in slot order, then the defined ones. */
    public static List<EffectiveDomain> all(SsiCluster cluster) {
        List<EffectiveDomain> all = new ArrayList<>();
        all.add(ssiDomain(cluster));
        for (Member member : bySlot(cluster.getMembers())) {
            all.add(singleMemberDomain(member));
        }
        for (RelocationDomain domain : cluster.getRelocationDomains()) {
            all.add(of(domain));
        }
        return all;
    }

    /**
     * The domain a guest is in: the one its VMRELOCATE statement names, otherwise the SSI domain [U
     * default]. Empty for a guest that is not in a cluster.
     */
    public static Optional<EffectiveDomain> effectiveDomain(VirtualMachine guest) {
        if (guest.getRelocationDomain() != null) {
            return Optional.of(of(guest.getRelocationDomain()));
        }
        if (guest.eContainer() instanceof SsiCluster cluster) {
            return Optional.of(ssiDomain(cluster));
        }
        return Optional.empty();
    }

    private static List<Member> bySlot(List<Member> members) {
        return members.stream().sorted(Comparator.comparingInt(Member::getSlot)).toList();
    }
}
