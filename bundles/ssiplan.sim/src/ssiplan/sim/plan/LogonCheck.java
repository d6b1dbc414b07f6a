package ssiplan.sim.plan;

import java.util.HashMap;
import java.util.Map;
import ssiplan.sim.snapshot.CryptoUse;
import ssiplan.sim.snapshot.DcssUse;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.NicSnapshot;
import ssiplan.sim.snapshot.VswitchSnapshot;

/**
 * Whether a guest can be logged on (not relocated) at a member: its minidisks' volumes are
 * reachable there, its VSWITCHes exist and grant it, its dedicated devices have an equivalent
 * (same EQID), its saved segments, IPL NSS and crypto type are there. The directory is shared, so
 * nothing else ties a single-configuration user to a member.
 */
final class LogonCheck {

    private final Map<String, Map<String, VswitchSnapshot>> vswitches = new HashMap<>();

    LogonCheck(InstallationSnapshot snapshot) {
        for (VswitchSnapshot v : snapshot.vswitches()) {
            vswitches.computeIfAbsent(v.member(), k -> new HashMap<>()).put(v.name(), v);
        }
    }

    /** The first reason {@code g} cannot log on at {@code m}, or null. */
    String problem(GuestSnapshot g, MemberSnapshot m) {
        String u = g.userid();
        for (DeviceSnapshot d : g.devices()) {
            switch (d.kind()) {
                case MINIDISK -> {
                    if (!m.volumes().contains(d.volser())) {
                        return u + "'s minidisk " + d.vdev() + " is on " + d.volser() + ", which " + m.name() + " cannot reach";
                    }
                }
                case DEDICATED_OSA, DEDICATED_FCP, DEDICATED_HIPERSOCKETS -> {
                    if (d.eqid() == null || !m.eqids().contains(d.eqid())) {
                        return m.name() + " has no device equivalent to " + u + "'s dedicated " + d.vdev()
                                + (d.eqid() == null ? " (no EQID)" : " (EQID " + d.eqid() + ")");
                    }
                }
                default -> { }
            }
        }
        Map<String, VswitchSnapshot> there = vswitches.getOrDefault(m.name(), Map.of());
        for (NicSnapshot n : g.nics()) {
            if (n.guestLan()) {
                continue; // a guest LAN is created by whoever couples to it first
            }
            VswitchSnapshot v = there.get(n.lanName());
            if (v == null) {
                return "VSWITCH " + n.lanName() + " is not defined on " + m.name();
            }
            if (!v.authorizes(u)) {
                return u + " is not granted VSWITCH " + n.lanName() + " on " + m.name();
            }
        }
        for (DcssUse s : g.dcss()) {
            if (!m.savedSegments().containsKey(s.name())) {
                return "saved segment " + s.name() + " is not defined on " + m.name();
            }
        }
        if (g.iplNss() != null && !m.savedSegments().containsKey(g.iplNss())) {
            return "NSS " + g.iplNss() + " is not defined on " + m.name();
        }
        if (g.crypto().mode() == CryptoUse.Mode.APVIRT && !m.cryptoTypes().contains(g.crypto().type())) {
            return m.name() + " offers no " + g.crypto().type() + " crypto";
        }
        return null;
    }
}
