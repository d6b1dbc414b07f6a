package ssiplan.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ssiplan.sim.snapshot.CtcSnapshot;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.NicSnapshot;
import ssiplan.sim.snapshot.VswitchSnapshot;

/**
 * Single points of failure in the installation as given: ISFC links that one channel failure
 * cuts, guests that can run on one member only, anti-affinity groups that all sit on one member.
 */
final class SinglePointsOfFailure {

    private SinglePointsOfFailure() {
    }

    static List<Finding> find(InstallationSnapshot s) {
        List<Finding> out = new ArrayList<>();
        for (LinkSnapshot l : s.links()) {
            Set<String> chpidsA = new HashSet<>();
            for (CtcSnapshot c : l.ctcs()) {
                chpidsA.add(c.chpid());
            }
            if (l.ctcs().size() == 1) {
                out.add(spof(l.id(), "ISFC link " + l.id() + " has a single CTC: losing it splits the cluster (SAFE mode)"));
            } else if (chpidsA.size() == 1) {
                out.add(spof(l.id(), "ISFC link " + l.id() + ": all " + l.ctcs().size() + " CTCs use CHPID " + chpidsA.iterator().next()
                        + "; one channel failure cuts the link"));
            }
        }
        Map<String, Map<String, VswitchSnapshot>> vsw = new HashMap<>();
        for (VswitchSnapshot v : s.vswitches()) {
            vsw.computeIfAbsent(v.member(), k -> new HashMap<>()).put(v.name(), v);
        }
        Map<String, Set<String>> groupMembers = new HashMap<>();
        Map<String, Integer> groupSize = new HashMap<>();
        for (GuestSnapshot g : s.guests()) {
            if (g.homeMember() == null || g.multiConfiguration()) {
                continue;
            }
            if (g.antiAffinityGroup() != null) {
                groupMembers.computeIfAbsent(g.antiAffinityGroup(), k -> new HashSet<>()).add(g.homeMember());
                groupSize.merge(g.antiAffinityGroup(), 1, Integer::sum);
            }
            boolean elsewhere = false;
            for (MemberSnapshot m : s.members()) {
                if (!m.name().equals(g.homeMember()) && canRun(g, m, vsw.getOrDefault(m.name(), Map.of()))) {
                    elsewhere = true;
                    break;
                }
            }
            if (!elsewhere && s.members().size() > 1) {
                out.add(spof(g.userid(), g.userid() + " can run only on " + g.homeMember()
                        + " (no other member reaches its disks, networks and devices); it is down whenever " + g.homeMember() + " is"));
            }
        }
        for (Map.Entry<String, Set<String>> e : groupMembers.entrySet()) {
            if (e.getValue().size() == 1 && groupSize.get(e.getKey()) > 1) {
                out.add(spof(e.getKey(), "every guest of anti-affinity group " + e.getKey() + " runs on " + e.getValue().iterator().next()));
            }
        }
        return out;
    }

    private static boolean canRun(GuestSnapshot g, MemberSnapshot m, Map<String, VswitchSnapshot> vsw) {
        for (DeviceSnapshot d : g.devices()) {
            switch (d.kind()) {
                case MINIDISK -> {
                    if (!m.volumes().contains(d.volser())) {
                        return false;
                    }
                }
                case DEDICATED_OSA, DEDICATED_FCP, DEDICATED_HIPERSOCKETS -> {
                    if (d.eqid() == null || !m.eqids().contains(d.eqid())) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        for (NicSnapshot n : g.nics()) {
            if (!n.guestLan() && !vsw.containsKey(n.lanName())) {
                return false;
            }
        }
        return true;
    }

    private static Finding spof(String subject, String message) {
        return new Finding(Finding.Severity.WARNING, "SINGLE_POINT_OF_FAILURE", subject, message, -1);
    }
}
