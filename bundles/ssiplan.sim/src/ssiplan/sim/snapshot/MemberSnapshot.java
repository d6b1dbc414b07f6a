package ssiplan.sim.snapshot;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One SSI member (a z/VM system in an LPAR) as the runtime needs it.
 *
 * @param name          system name (at most 8 characters)
 * @param slot          SSI slot number, 1..max members
 * @param machine       CEC machine generation, e.g. "z15"; for reports
 * @param facilities    architectural facilities the CEC offers guests (STFLE-level names); a guest's
 *                      domain sees the intersection over the domain's members
 * @param realBytes     real (central) memory of the LPAR
 * @param pagingBytes   paging (auxiliary) space
 * @param processors    processor capacity in engines (IFLs)
 * @param serviceLevel  CP release and service at the start of the run
 * @param initialState  up or down at the start
 * @param eqids         EQIDs of real devices present on this member (dedicated OSA/FCP/HiperSockets)
 * @param volumes       volsers this member can reach (for minidisks)
 * @param savedSegments DCSS/NSS names defined here, each with a signature (page ranges, attributes);
 *                      equal signatures mean "identical on both members"
 * @param cryptoTypes   crypto types available for APVIRT guests, e.g. "CEX7C"
 */
public record MemberSnapshot(String name, int slot, String machine, SortedSet<String> facilities, long realBytes,
        long pagingBytes, double processors, ServiceLevel serviceLevel, InitialMemberState initialState,
        SortedSet<String> eqids, SortedSet<String> volumes, SortedMap<String, String> savedSegments,
        SortedSet<String> cryptoTypes) {

    public MemberSnapshot {
        Objects.requireNonNull(name, "member name");
        if (name.isEmpty() || name.length() > 8) {
            throw new IllegalArgumentException("member name '" + name + "' must be 1-8 characters");
        }
        if (slot < 1) {
            throw new IllegalArgumentException("member " + name + ": slot must be >= 1");
        }
        if (realBytes <= 0 || pagingBytes < 0 || processors <= 0) {
            throw new IllegalArgumentException("member " + name + ": real memory and processors must be > 0");
        }
        machine = machine == null ? "" : machine;
        facilities = Sets.sorted(facilities);
        Objects.requireNonNull(serviceLevel, "service level of " + name);
        initialState = initialState == null ? InitialMemberState.JOINED : initialState;
        eqids = Sets.sorted(eqids);
        volumes = Sets.sorted(volumes);
        savedSegments = Sets.sorted(savedSegments);
        cryptoTypes = Sets.sorted(cryptoTypes);
    }

    public static Builder builder(String name, int slot) {
        return new Builder(name, slot);
    }

    /** Fluent builder with planning-friendly defaults (z15, 64 GiB real, 32 GiB paging, 8 IFLs, 7.3, JOINED). */
    public static final class Builder {
        private final String name;
        private final int slot;
        private String machine = "z15";
        private final SortedSet<String> facilities = new TreeSet<>();
        private long realBytes = Units.gib(64);
        private long pagingBytes = Units.gib(32);
        private double processors = 8;
        private ServiceLevel serviceLevel = new ServiceLevel("7.3", 0);
        private InitialMemberState initialState = InitialMemberState.JOINED;
        private final SortedSet<String> eqids = new TreeSet<>();
        private final SortedSet<String> volumes = new TreeSet<>();
        private final SortedMap<String, String> savedSegments = new TreeMap<>();
        private final SortedSet<String> cryptoTypes = new TreeSet<>();

        private Builder(String name, int slot) {
            this.name = name;
            this.slot = slot;
        }

        public Builder machine(String m) { this.machine = m; return this; }
        /** Replaces the facility set. */
        public Builder facilities(Collection<String> f) { facilities.clear(); facilities.addAll(f); return this; }
        public Builder facility(String... f) { facilities.addAll(java.util.List.of(f)); return this; }
        public Builder realBytes(long b) { this.realBytes = b; return this; }
        public Builder pagingBytes(long b) { this.pagingBytes = b; return this; }
        public Builder processors(double p) { this.processors = p; return this; }
        public Builder serviceLevel(ServiceLevel s) { this.serviceLevel = s; return this; }
        public Builder serviceLevel(String s) { this.serviceLevel = ServiceLevel.parse(s); return this; }
        public Builder initialState(InitialMemberState s) { this.initialState = s; return this; }
        public Builder down() { this.initialState = InitialMemberState.DOWN; return this; }
        public Builder eqid(String... e) { eqids.addAll(java.util.List.of(e)); return this; }
        public Builder volume(String... v) { volumes.addAll(java.util.List.of(v)); return this; }
        /** Replaces the reachable volumes. */
        public Builder volumes(Collection<String> v) { volumes.clear(); volumes.addAll(v); return this; }
        public Builder savedSegment(String segName, String signature) { savedSegments.put(segName, signature); return this; }
        public Builder savedSegments(Map<String, String> s) { savedSegments.putAll(s); return this; }
        public Builder crypto(String... c) { cryptoTypes.addAll(java.util.List.of(c)); return this; }

        public MemberSnapshot build() {
            return new MemberSnapshot(name, slot, machine, facilities, realBytes, pagingBytes, processors, serviceLevel,
                    initialState, eqids, volumes, savedSegments, cryptoTypes);
        }
    }
}
