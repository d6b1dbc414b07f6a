package ssiplan.sim.model;

import java.util.SortedSet;
import java.util.TreeSet;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.Installation;
import ssiplan.model.Member;

/**
 * Which DASD volumes a member can reach, for the "minidisk on a volume the destination cannot
 * reach" check. The device numbers a volume has per member say it best; a volume without any
 * is judged by its use: shared uses (user-shared, common, release, spool) reach every member,
 * member-local ones (sysres, page, T-disk, user-local) only their owner. A volume in a member's
 * CP_Owned list is always reachable from it.
 */
final class VolumeReach {

    private final Installation installation;

    VolumeReach(Installation installation) {
        this.installation = installation;
    }

    SortedSet<String> volumesOf(Member member) {
        SortedSet<String> out = new TreeSet<>();
        if (installation != null) {
            for (DasdVolume v : installation.getDasdVolumes()) {
                if (v.getVolser() != null && !v.getVolser().isEmpty() && reaches(v, member)) {
                    out.add(v.getVolser());
                }
            }
        }
        for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
            if (slot.getVolume() != null && slot.getVolume().getVolser() != null) {
                out.add(slot.getVolume().getVolser());
            }
        }
        return out;
    }

    static boolean reaches(DasdVolume v, Member member) {
        if (v.getOwnerMember() == member) {
            return true;
        }
        if (!v.getDeviceNumbers().isEmpty()) {
            for (DeviceNumber d : v.getDeviceNumbers()) {
                if (d.getMember() == member) {
                    return true;
                }
            }
            return false;
        }
        return switch (v.getUse()) {
            case USER_SHARED, COMMON, RELEASE, SPOOL -> true;
            case SYSRES, PAGE, TDISK, USER_LOCAL -> false;
        };
    }
}
