package ssiplan.model.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;

/**
 * The SSI statement's slots: 1 up to the release's member limit, each used by at most one member [C].
 */
public final class MemberSlots {

    private MemberSlots() {
    }

    /** How many slots the cluster's release allows, from the installation's planning settings. */
    public static int maxMembers(SsiCluster cluster) {
        Installation installation = cluster.eContainer() instanceof Installation i ? i : null;
        return ReleaseLimits.maxMembers(installation == null ? null : installation.getSettings(), cluster.getRelease());
    }

    /** The member in slot {@code slot}; empty means the slot is AVAILABLE. */
    public static Optional<Member> memberIn(SsiCluster cluster, int slot) {
        return cluster.getMembers().stream().filter(member -> member.getSlot() == slot).findFirst();
    }

    /** Slots 1..limit that no member uses, lowest first: where a new member can go. */
    public static List<Integer> freeSlots(SsiCluster cluster) {
        List<Integer> free = new ArrayList<>();
        for (int slot = 1; slot <= maxMembers(cluster); slot++) {
            if (memberIn(cluster, slot).isEmpty()) {
                free.add(slot);
            }
        }
        return free;
    }

    /** The lowest free slot, e.g. for a new member created in the workbench. */
    public static Optional<Integer> firstFreeSlot(SsiCluster cluster) {
        return freeSlots(cluster).stream().findFirst();
    }
}
