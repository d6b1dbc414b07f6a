package ssiplan.sim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.RelocationDomainSnapshot;

/**
 * The relocation domains of a run (SSI, one per member, the defined ones), resolved once: every
 * logon fences a guest to its domain and every eligibility check asks whether the destination is
 * in it, so these are looked up, not rebuilt. Members' facilities never change during a run; their
 * CP levels do (IPL at a new level), so callers read those from the members.
 */
public final class DomainTable {

    private final Map<String, List<Member>> members = new HashMap<>();
    private final Map<String, Set<String>> names = new HashMap<>();
    private final Map<String, SortedSet<String>> facilities = new HashMap<>();

    DomainTable(InstallationSnapshot snapshot, Cluster cluster) {
        List<String> domains = new ArrayList<>();
        domains.add(GuestSnapshot.SSI_DOMAIN);
        snapshot.members().forEach(m -> domains.add(m.name()));
        snapshot.domains().stream().map(RelocationDomainSnapshot::name).forEach(domains::add);
        for (String d : domains) {
            List<Member> ms = new ArrayList<>();
            SortedSet<String> common = null;
            for (String name : snapshot.domainMembers(d)) {
                Member m = cluster.member(name);
                ms.add(m);
                MemberSnapshot s = m.snapshot();
                if (common == null) {
                    common = new TreeSet<>(s.facilities());
                } else {
                    common.retainAll(s.facilities());
                }
            }
            members.put(d, Collections.unmodifiableList(ms));
            names.put(d, Collections.unmodifiableSet(new HashSet<>(snapshot.domainMembers(d))));
            facilities.put(d, Collections.unmodifiableSortedSet(common == null ? new TreeSet<>() : common));
        }
    }

    /** The domain's members, in the order the snapshot sorts them. */
    public List<Member> members(String domain) {
        return lookup(members, domain);
    }

    public boolean contains(String domain, String member) {
        return lookup(names, domain).contains(member);
    }

    /** The facilities every member of the domain offers: what a guest in it may use. */
    public SortedSet<String> commonFacilities(String domain) {
        return lookup(facilities, domain);
    }

    private static <T> T lookup(Map<String, T> map, String domain) {
        T t = map.get(domain);
        if (t == null) {
            throw new IllegalArgumentException("unknown relocation domain " + domain);
        }
        return t;
    }
}
