package ssiplan.sysconfig.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.DirectoryEntry;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.SystemResidence;
import ssiplan.model.VirtualMachine;

/**
 * The DASD volumes one cluster's SYSTEM CONFIG talks about. Volumes live at installation level (one
 * volume can serve several clusters), so a volume belongs to the cluster when one of its members owns,
 * reaches or CP-owns it, when it holds the PDR or a System_Residence area, or when a minidisk of the
 * cluster's directory is on it. In an installation with a single cluster every volume belongs to it.
 * The order is the installation's, so exports are stable.
 */
final class ClusterVolumes {

    private ClusterVolumes() {
    }

    static List<DasdVolume> of(SsiCluster cluster) {
        Installation installation = cluster.eContainer() instanceof Installation i ? i : null;
        if (installation == null) {
            return List.copyOf(referenced(cluster));
        }
        if (installation.getClusters().size() == 1) {
            return List.copyOf(installation.getDasdVolumes());
        }
        Set<DasdVolume> used = referenced(cluster);
        return installation.getDasdVolumes().stream().filter(v -> used.contains(v) || reachedBy(v, cluster)).toList();
    }

    private static boolean reachedBy(DasdVolume volume, SsiCluster cluster) {
        if (volume.getOwnerMember() != null && cluster.getMembers().contains(volume.getOwnerMember())) {
            return true;
        }
        for (DeviceNumber number : volume.getDeviceNumbers()) {
            if (number.getMember() != null && cluster.getMembers().contains(number.getMember())) {
                return true;
            }
        }
        return false;
    }

    private static Set<DasdVolume> referenced(SsiCluster cluster) {
        Set<DasdVolume> used = new LinkedHashSet<>();
        add(used, cluster.getPdrVolume());
        for (Member member : cluster.getMembers()) {
            for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
                add(used, slot.getVolume());
            }
            SystemResidence residence = member.getSystemResidence();
            if (residence != null) {
                add(used, residence.getCheckpointVolume());
                add(used, residence.getWarmstartVolume());
            }
        }
        cluster.getProfiles().forEach(p -> minidisks(p, used));
        for (VirtualMachine guest : cluster.getVirtualMachines()) {
            minidisks(guest, used);
            if (guest instanceof IdentityEntry identity) {
                for (Subconfig sub : identity.getSubconfigs()) {
                    minidisks(sub, used);
                }
            }
        }
        return used;
    }

    private static void minidisks(DirectoryEntry entry, Set<DasdVolume> used) {
        for (Minidisk disk : entry.getMinidisks()) {
            add(used, disk.getVolume());
        }
    }

    private static void add(Set<DasdVolume> used, DasdVolume volume) {
        if (volume != null) {
            used.add(volume);
        }
    }
}
