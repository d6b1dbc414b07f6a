package ssiplan.sim.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Everything the runtime reads about an installation, frozen: the SSI cluster's members, the ISFC
 * links between them, the virtual switches and relocation domains defined, and the guests. The
 * runtime never sees the user's model, only this; an adapter builds it from the EMF model.
 * <p>
 * The constructor checks references (links and guests name existing members, slots unique...)
 * and says what is wrong in the user's terms.
 *
 * @param parameterOverrides per-installation calibration: simulation parameter name to value
 */
public record InstallationSnapshot(String ssiName, List<MemberSnapshot> members, List<LinkSnapshot> links,
        List<VswitchSnapshot> vswitches, List<RelocationDomainSnapshot> domains, List<GuestSnapshot> guests,
        SortedMap<String, Double> parameterOverrides) {

    public InstallationSnapshot {
        Objects.requireNonNull(ssiName);
        members = Sets.list(members);
        links = Sets.list(links);
        vswitches = Sets.list(vswitches);
        domains = Sets.list(domains);
        guests = Sets.list(guests);
        parameterOverrides = Sets.sorted(parameterOverrides);
        validate(members, links, vswitches, domains, guests);
    }

    private static void validate(List<MemberSnapshot> members, List<LinkSnapshot> links, List<VswitchSnapshot> vswitches,
            List<RelocationDomainSnapshot> domains, List<GuestSnapshot> guests) {
        Set<String> names = new HashSet<>();
        Set<Integer> slots = new HashSet<>();
        for (MemberSnapshot m : members) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("member " + m.name() + " is defined twice");
            }
            if (!slots.add(m.slot())) {
                throw new IllegalArgumentException("slot " + m.slot() + " is used by two members");
            }
        }
        Set<String> linkIds = new HashSet<>();
        for (LinkSnapshot l : links) {
            if (!names.contains(l.memberA()) || !names.contains(l.memberB())) {
                throw new IllegalArgumentException("ISFC link " + l.id() + " names a member that is not in the cluster");
            }
            if (!linkIds.add(l.id())) {
                throw new IllegalArgumentException("two ISFC links between " + l.memberA() + " and " + l.memberB()
                        + "; put all their CTCs in one logical link");
            }
        }
        Set<String> vsw = new HashSet<>();
        for (VswitchSnapshot v : vswitches) {
            if (!names.contains(v.member())) {
                throw new IllegalArgumentException("VSWITCH " + v.name() + " is defined on unknown member " + v.member());
            }
            if (!vsw.add(v.member() + "/" + v.name())) {
                throw new IllegalArgumentException("VSWITCH " + v.name() + " is defined twice on " + v.member());
            }
        }
        Set<String> domainNames = new HashSet<>(names);
        domainNames.add(GuestSnapshot.SSI_DOMAIN);
        for (RelocationDomainSnapshot d : domains) {
            if (!domainNames.add(d.name())) {
                throw new IllegalArgumentException("relocation domain " + d.name()
                        + " clashes with another domain or the default SSI/member domains");
            }
            for (String m : d.members()) {
                if (!names.contains(m)) {
                    throw new IllegalArgumentException("relocation domain " + d.name() + " names unknown member " + m);
                }
            }
        }
        Set<String> userids = new HashSet<>();
        for (GuestSnapshot g : guests) {
            if (!userids.add(g.userid())) {
                throw new IllegalArgumentException("user " + g.userid() + " is defined twice");
            }
            if (g.homeMember() != null && !names.contains(g.homeMember())) {
                throw new IllegalArgumentException("user " + g.userid() + " is logged on to unknown member " + g.homeMember());
            }
            if (!domainNames.contains(g.domain())) {
                throw new IllegalArgumentException("user " + g.userid() + " is in unknown relocation domain " + g.domain());
            }
        }
    }

    public MemberSnapshot member(String name) {
        for (MemberSnapshot m : members) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    public GuestSnapshot guest(String userid) {
        for (GuestSnapshot g : guests) {
            if (g.userid().equals(userid)) {
                return g;
            }
        }
        return null;
    }

    /** Members of a domain: "SSI" is every member, a member's name is that member alone (default domains). */
    public SortedSet<String> domainMembers(String domain) {
        if (GuestSnapshot.SSI_DOMAIN.equals(domain)) {
            List<String> all = new ArrayList<>();
            members.forEach(m -> all.add(m.name()));
            return Sets.sorted(all);
        }
        for (RelocationDomainSnapshot d : domains) {
            if (d.name().equals(domain)) {
                return d.members();
            }
        }
        if (member(domain) != null) {
            return Sets.sorted(List.of(domain));
        }
        throw new IllegalArgumentException("unknown relocation domain " + domain);
    }

    public static Builder builder(String ssiName) {
        return new Builder(ssiName);
    }

    /** Fluent builder for tests and for the model adapter. */
    public static final class Builder {
        private final String ssiName;
        private final List<MemberSnapshot> members = new ArrayList<>();
        private final List<LinkSnapshot> links = new ArrayList<>();
        private final List<VswitchSnapshot> vswitches = new ArrayList<>();
        private final List<RelocationDomainSnapshot> domains = new ArrayList<>();
        private final List<GuestSnapshot> guests = new ArrayList<>();
        private final Map<String, Double> overrides = new HashMap<>();

        private Builder(String ssiName) {
            this.ssiName = ssiName;
        }

        public Builder member(MemberSnapshot m) { members.add(m); return this; }
        public Builder link(LinkSnapshot l) { links.add(l); return this; }
        public Builder vswitch(VswitchSnapshot v) { vswitches.add(v); return this; }
        public Builder domain(RelocationDomainSnapshot d) { domains.add(d); return this; }
        public Builder guest(GuestSnapshot g) { guests.add(g); return this; }
        public Builder parameter(String name, double value) { overrides.put(name, value); return this; }

        /** Adds a link between every pair of members not yet linked (SSI needs a full mesh). */
        public Builder fullMesh(int devices, int chpids, int speedGbps) {
            int rdev = 0x4A00;
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i).name();
                    String b = members.get(j).name();
                    boolean exists = links.stream().anyMatch(l -> l.connects(a) && l.connects(b));
                    if (!exists) {
                        links.add(LinkSnapshot.uniform(a, b, devices, chpids, speedGbps, rdev));
                        rdev += 0x10;
                    }
                }
            }
            return this;
        }

        /** Defines an open VSWITCH of that name and definition on every member added so far. */
        public Builder vswitchEverywhere(String name, String definition) {
            for (MemberSnapshot m : members) {
                vswitches.add(VswitchSnapshot.open(m.name(), name, definition));
            }
            return this;
        }

        public InstallationSnapshot build() {
            return new InstallationSnapshot(ssiName, members, links, vswitches, domains, guests, new TreeMap<>(overrides));
        }
    }
}
