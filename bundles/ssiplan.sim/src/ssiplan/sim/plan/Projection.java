package ssiplan.sim.plan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.GuestSnapshot;

/**
 * The members' load as the plan will leave it: starts from the live cluster and takes each
 * decision into account, so two guests are not both put in the last free gigabytes of a member.
 */
final class Projection {

    static final class Load {
        final String name;
        final long real;
        final long paging;
        final double engines;
        long defined;
        long used;
        double cpu;
        final Map<String, String> groups = new HashMap<>(); // anti-affinity group -> a guest of it here

        Load(Member m) {
            this.name = m.name();
            this.real = m.snapshot().realBytes();
            this.paging = m.snapshot().pagingBytes();
            this.engines = m.snapshot().processors();
            this.defined = m.definedStorage();
            this.used = m.usedBytes();
            this.cpu = m.cpuDemand();
        }
    }

    private final Map<String, Load> loads = new LinkedHashMap<>();
    private final long pageBytes;
    private final PlannerOptions options;

    Projection(Iterable<Member> members, Iterable<Guest> guests, Parameters p, PlannerOptions options) {
        this.pageBytes = (long) p.get(SimParameters.PAGE_BYTES);
        this.options = options;
        for (Member m : members) {
            loads.put(m.name(), new Load(m));
        }
        for (Guest g : guests) {
            String group = g.snapshot().antiAffinityGroup();
            if (group != null && g.member() != null) {
                loads.get(g.member().name()).groups.putIfAbsent(group, g.userid());
            }
        }
    }

    Load load(String member) {
        return loads.get(member);
    }

    long footprint(GuestSnapshot g) {
        return g.touchedPages() * pageBytes;
    }

    /** Why {@code g} may not be placed on {@code member} under the limits; null when it fits. */
    String whyNot(GuestSnapshot g, String member) {
        return whyNot(g, member, true);
    }

    /** As {@link #whyNot(GuestSnapshot, String)}; with {@code cpu} false the CPU limit is not held against it. */
    String whyNot(GuestSnapshot g, String member, boolean cpu) {
        Load l = loads.get(member);
        double memLimit = options.memoryOvercommitLimit() * l.real;
        if (l.defined + g.storageBytes() > memLimit) {
            return String.format(Locale.ROOT, "%s full (%d%% of real memory defined, limit %d%%)", member,
                    Math.round(100.0 * (l.defined + g.storageBytes()) / l.real), Math.round(100 * options.memoryOvercommitLimit()));
        }
        if (l.used + footprint(g) > l.real + l.paging) {
            return member + " full (real and paging storage would be exhausted)";
        }
        double cpuLimit = options.cpuLimit() * l.engines;
        if (cpu && l.cpu + g.cpuDemand() > cpuLimit + 1e-9) {
            return String.format(Locale.ROOT, "%s CPU-bound (%.1f of %.1f engines demanded)", member, l.cpu + g.cpuDemand(), l.engines);
        }
        String group = g.antiAffinityGroup();
        if (options.antiAffinity() && group != null && l.groups.containsKey(group) && !l.groups.get(group).equals(g.userid())) {
            return member + " already runs " + l.groups.get(group) + " of anti-affinity group " + group;
        }
        return null;
    }

    /** The member's CPU demand after {@code g} arrives, as a share of its engines. */
    double cpuAfter(GuestSnapshot g, String member) {
        Load l = loads.get(member);
        return (l.cpu + g.cpuDemand()) / l.engines;
    }

    /** Room left on {@code member} after {@code g} arrives, as the smaller of the memory and CPU shares (0..1). */
    double headroomAfter(GuestSnapshot g, String member) {
        Load l = loads.get(member);
        double mem = 1 - (l.defined + g.storageBytes()) / (options.memoryOvercommitLimit() * l.real);
        double cpu = 1 - (l.cpu + g.cpuDemand()) / (options.cpuLimit() * l.engines);
        return Math.min(mem, cpu);
    }

    void move(GuestSnapshot g, String from, String to) {
        if (from != null) {
            Load f = loads.get(from);
            f.defined -= g.storageBytes();
            f.used -= footprint(g);
            f.cpu -= g.cpuDemand();
            if (g.antiAffinityGroup() != null && g.userid().equals(f.groups.get(g.antiAffinityGroup()))) {
                f.groups.remove(g.antiAffinityGroup());
            }
        }
        if (to != null) {
            Load t = loads.get(to);
            t.defined += g.storageBytes();
            t.used += footprint(g);
            t.cpu += g.cpuDemand();
            if (g.antiAffinityGroup() != null) {
                t.groups.putIfAbsent(g.antiAffinityGroup(), g.userid());
            }
        }
    }
}
