package ssiplan.sim.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ISFC logical link between two members, made of 1-16 FICON CTCs.
 * The member names are stored in sorted order so that one link has one identity; CTCs given for
 * the members in the other order are turned round, so their "A" end is always memberA.
 *
 * @param up whether the link is active at the start of the run
 */
public record LinkSnapshot(String memberA, String memberB, List<CtcSnapshot> ctcs, boolean up) {

    public static final int MAX_CTCS = 16;

    public LinkSnapshot {
        Objects.requireNonNull(memberA);
        Objects.requireNonNull(memberB);
        if (memberA.equals(memberB)) {
            throw new IllegalArgumentException("ISFC link from " + memberA + " to itself");
        }
        boolean swap = memberA.compareTo(memberB) > 0;
        if (swap) {
            String t = memberA;
            memberA = memberB;
            memberB = t;
        }
        List<CtcSnapshot> sorted = new ArrayList<>();
        for (CtcSnapshot c : ctcs == null ? List.<CtcSnapshot>of() : ctcs) {
            sorted.add(swap ? c.flipped() : c);
        }
        sorted.sort(null);
        if (sorted.isEmpty() || sorted.size() > MAX_CTCS) {
            throw new IllegalArgumentException("ISFC link " + memberA + "-" + memberB + " needs 1-16 CTC devices, has "
                    + sorted.size());
        }
        Map<String, Integer> speedAtA = new HashMap<>();
        Map<String, Integer> speedAtB = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            CtcSnapshot c = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).deviceNumber() == c.deviceNumber()) {
                throw new IllegalArgumentException("ISFC link " + memberA + "-" + memberB + ": device " + c.rdev() + " listed twice");
            }
            oneSpeed(speedAtA, c.chpid(), c.speedGbps(), memberA, memberA, memberB);
            oneSpeed(speedAtB, c.chpidB(), c.speedGbpsB(), memberB, memberA, memberB);
        }
        ctcs = List.copyOf(sorted);
    }

    private static void oneSpeed(Map<String, Integer> speeds, String chpid, int speed, String at, String a, String b) {
        Integer prev = speeds.putIfAbsent(chpid, speed);
        if (prev != null && prev != speed) {
            throw new IllegalArgumentException("CHPID " + chpid + " on " + at + " given two speeds on link " + a + "-" + b);
        }
    }

    public LinkSnapshot(String a, String b, List<CtcSnapshot> ctcs) {
        this(a, b, ctcs, true);
    }

    /** "SYSA-SYSB": the name used in the trace. */
    public String id() {
        return memberA + "-" + memberB;
    }

    public boolean connects(String m) {
        return memberA.equals(m) || memberB.equals(m);
    }

    /**
     * A link of {@code devices} CTCs spread round-robin over {@code chpids} CHPIDs of one speed,
     * device numbers counting up from {@code firstRdev}.
     */
    public static LinkSnapshot uniform(String a, String b, int devices, int chpids, int speedGbps, int firstRdev) {
        List<CtcSnapshot> list = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            list.add(new CtcSnapshot(String.format("%04X", firstRdev + i), String.format("%02X", 0x40 + (i % chpids)),
                    speedGbps));
        }
        return new LinkSnapshot(a, b, list, true);
    }
}
