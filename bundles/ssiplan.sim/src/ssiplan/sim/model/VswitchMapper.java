package ssiplan.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VswitchType;
import ssiplan.model.VswitchUplink;
import ssiplan.sim.snapshot.VswitchSnapshot;

/**
 * Virtual switches per member. The model defines a switch once for the cluster (as an
 * unqualified DEFINE VSWITCH in the shared SYSTEM CONFIG), so it exists on every member; what
 * differs per member is its uplink. The definition signature the runtime compares therefore
 * holds the switch's type, transport, VLAN settings and port assignment and the physical LANs
 * its uplink OSAs reach on that member (their LAN segment, or their EQID when no segment is
 * recorded): OSAs backing one VSWITCH must reach the same LAN for relocation. Granted users
 * make it a restricted switch; a switch without grants is taken as open, since the model does
 * not record authorization otherwise.
 */
final class VswitchMapper {

    List<VswitchSnapshot> map(SsiCluster cluster) {
        List<VswitchSnapshot> out = new ArrayList<>();
        for (VirtualSwitch vs : cluster.getVirtualSwitches()) {
            if (vs.getName() == null || vs.getName().isBlank()) {
                throw new ModelSnapshotException("cluster " + cluster.getName() + ": a virtual switch has no name");
            }
            SortedSet<String> granted = new TreeSet<>();
            for (VirtualMachine g : vs.getGrantedUsers()) {
                if (g.getUserid() != null) {
                    granted.add(g.getUserid());
                }
            }
            for (Member m : cluster.getMembers()) {
                String def = definition(vs, m);
                try {
                    out.add(granted.isEmpty() ? VswitchSnapshot.open(m.getName(), vs.getName(), def)
                            : VswitchSnapshot.restricted(m.getName(), vs.getName(), def, granted));
                } catch (IllegalArgumentException e) {
                    throw new ModelSnapshotException("virtual switch " + vs.getName() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** E.g. "QDIO ETHERNET VLAN AWARE 100 USERBASED, uplink LAN PRODLAN". */
    static String definition(VirtualSwitch vs, Member m) {
        StringBuilder b = new StringBuilder();
        b.append(vs.getType().getLiteral()).append(' ').append(vs.getTransport().getLiteral());
        b.append(" VLAN ").append(vs.getVlanMode().getLiteral());
        if (vs.getVlanMode() == VlanMode.AWARE && vs.getDefaultVlan() > 0) {
            b.append(' ').append(vs.getDefaultVlan());
        }
        b.append(' ').append(vs.getType() == VswitchType.IVL ? "PORTBASED" : vs.getPortAssignment().getLiteral());
        SortedSet<String> lans = new TreeSet<>();
        StringBuilder operands = new StringBuilder(vs.getOtherOperands() == null ? "" : vs.getOtherOperands());
        for (VswitchUplink u : vs.getUplinks()) {
            if (u.getMember() == m) {
                for (OsaDevice osa : u.getOsaDevices()) {
                    lans.add(lan(osa));
                }
                if (u.getOtherOperands() != null) {
                    operands.append(' ').append(u.getOtherOperands());
                }
            }
        }
        b.append(guestVisible(operands.toString()));
        b.append(lans.isEmpty() ? ", no uplink" : ", uplink LAN " + String.join("+", lans));
        return b.toString();
    }

    /**
     * Of the DEFINE VSWITCH operands the model keeps verbatim, those that change what a coupled
     * guest sees (native VLAN, port type, GVRP, VEPA), in a fixed order; tuning operands such as
     * QUEUESTORAGE or CONTROLLER do not make two definitions different for relocation.
     */
    static String guestVisible(String operands) {
        String[] w = DirectoryStatements.BLANKS.split(operands.trim().toUpperCase(java.util.Locale.ROOT));
        java.util.SortedMap<String, String> seen = new java.util.TreeMap<>();
        for (int i = 0; i < w.length; i++) {
            switch (w[i]) {
                case "NATIVE", "PORTTYPE" -> {
                    if (i + 1 < w.length) {
                        seen.put(w[i], w[i] + " " + w[++i]);
                    }
                }
                case "GVRP", "NOGVRP" -> seen.put("GVRP", w[i]);
                case "VEPA" -> seen.put("VEPA", w[i]);
                default -> { }
            }
        }
        return seen.isEmpty() ? "" : " " + String.join(" ", seen.values());
    }

    private static String lan(OsaDevice osa) {
        if (osa.getLanSegment() != null && !osa.getLanSegment().isBlank()) {
            return osa.getLanSegment();
        }
        if (osa.getEqid() != null && !osa.getEqid().isBlank()) {
            return "EQID " + osa.getEqid();
        }
        return "OSA " + osa.getName();
    }
}
