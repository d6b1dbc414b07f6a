package ssiplan.sim.isfc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ssiplan.sim.param.ParameterDef;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.CtcSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;

/**
 * The rate one member can push memory to the other over an ISFC logical link.
 * <ol>
 * <li><b>Write collisions</b> [C]: with 2-8 CTCs a side sends on at most N-1 devices, with 9-16
 * on N-2; the member whose name sorts lower takes them from the lowest device number up, the
 * other from the highest down. One CTC alone is used by both sides.</li>
 * <li><b>CHPIDs</b> [C]: CTCs on one CHPID share it. A CHPID gives its line rate times
 * {@code isfc.chpidEfficiency} once about {@code isfc.ctcsToFillChpid} devices send on it, and a
 * proportional part with fewer.</li>
 * <li><b>Both ends</b>: each CTC crosses a CHPID at each end; the direction gets the smaller of the
 * two ends' sums (with symmetric cabling they are equal).</li>
 * <li><b>Mixed speeds</b> [C: do not mix]: when the sending devices' CHPIDs do not all run at one
 * speed (at either end, or one end against the other), the rate is multiplied by
 * {@code isfc.mixedSpeedEfficiency}.</li>
 * </ol>
 */
public final class LinkCapacity {

    private LinkCapacity() {
    }

    /** How many of a link's {@code n} CTCs one side may send on. */
    public static int sendingDevices(int n) {
        if (n <= 1) {
            return n;
        }
        return n <= 8 ? n - 1 : n - 2;
    }

    /** The devices {@code sender} transmits on, in device-number order. */
    public static List<CtcSnapshot> sendingDevices(LinkSnapshot link, String sender) {
        List<CtcSnapshot> all = link.ctcs();
        int k = sendingDevices(all.size());
        boolean lower = sender.equals(link.memberA()); // memberA sorts lower
        return lower ? all.subList(0, k) : all.subList(all.size() - k, all.size());
    }

    /**
     * Bytes per second {@code sender} can send over {@code link}: its sending devices cross a CHPID at
     * each end, so the end whose CHPIDs carry less limits the direction.
     */
    public static double bytesPerSecond(LinkSnapshot link, String sender, Parameters p) {
        if (!link.connects(sender)) {
            throw new IllegalArgumentException(sender + " is not an end of link " + link.id());
        }
        List<CtcSnapshot> sending = sendingDevices(link, sender);
        boolean mixed = speeds(sending, true, false) > 1 || speeds(sending, false, false) > 1
                || speeds(sending, true, true) > 1;
        double total = Math.min(endRate(sending, true, p), endRate(sending, false, p));
        if (mixed) {
            total *= p.get(SimParameters.MIXED_SPEED_EFFICIENCY);
        }
        return total;
    }

    /** What the CHPIDs at one end (A or B) give the devices that send on them. */
    private static double endRate(List<CtcSnapshot> sending, boolean atA, Parameters p) {
        Map<String, int[]> perChpid = new TreeMap<>(); // chpid -> {devices, speed}
        for (CtcSnapshot c : sending) {
            perChpid.computeIfAbsent(c.chpidAt(atA), k -> new int[] {0, c.speedAt(atA)})[0]++;
        }
        double efficiency = p.get(SimParameters.CHPID_EFFICIENCY);
        double fill = p.get(SimParameters.CTCS_TO_FILL_CHPID);
        double total = 0;
        for (int[] d : perChpid.values()) {
            total += lineRate(d[1], p) * efficiency * Math.min(1.0, d[0] / fill);
        }
        return total;
    }

    /** Distinct CHPID speeds at one end, or over both ends ({@code both}). */
    private static int speeds(List<CtcSnapshot> sending, boolean atA, boolean both) {
        java.util.Set<Integer> s = new java.util.TreeSet<>();
        for (CtcSnapshot c : sending) {
            s.add(c.speedAt(atA));
            if (both) {
                s.add(c.speedAt(!atA));
            }
        }
        return s.size();
    }

    /** Pages per second {@code sender} can send over {@code link}. */
    public static double pagesPerSecond(LinkSnapshot link, String sender, Parameters p) {
        return bytesPerSecond(link, sender, p) / p.get(SimParameters.PAGE_BYTES);
    }

    /** A CHPID's one-direction line rate in bytes/s; speeds without a parameter scale the 1 Gb/s one. */
    static double lineRate(int gbps, Parameters p) {
        ParameterDef def = SimParameters.chpidRateFor(gbps);
        double mbPerSecond = def != null ? p.get(def) : gbps * p.get(SimParameters.CHPID_RATE_1G);
        return mbPerSecond * 1e6;
    }
}
