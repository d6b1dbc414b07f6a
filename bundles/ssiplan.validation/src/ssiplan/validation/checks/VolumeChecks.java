package ssiplan.validation.checks;

import static ssiplan.validation.Rules.DASD_VOLSER;
import static ssiplan.validation.Rules.SSI_CPOWNED_REACH;
import static ssiplan.validation.Rules.SSI_CPOWNED_SLOT_DUPLICATE;
import static ssiplan.validation.Rules.SSI_CPOWNED_SLOT_RANGE;
import static ssiplan.validation.Rules.SSI_PAGE_SHARED;
import static ssiplan.validation.Rules.SSI_SPOOL_CPOWNED;
import static ssiplan.validation.Rules.SSI_SPOOL_REACH;
import static ssiplan.validation.Rules.SSI_SPOOL_SLOT;
import static ssiplan.validation.Rules.SSI_VOLUME_OWNER;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.model.VolumeUse;
import ssiplan.model.derived.CpOwnedSlots;
import ssiplan.validation.Rule;

/** Volume labels and the CP_Owned lists (V7): spool shared in one slot everywhere, page and T-disk member-local. */
public final class VolumeChecks implements Check {

    @Override
    public List<Rule> rules() {
        return List.of(DASD_VOLSER, SSI_CPOWNED_SLOT_RANGE, SSI_CPOWNED_SLOT_DUPLICATE, SSI_CPOWNED_REACH, SSI_SPOOL_REACH,
                SSI_SPOOL_CPOWNED, SSI_SPOOL_SLOT, SSI_PAGE_SHARED, SSI_VOLUME_OWNER);
    }

    @Override
    public void check(ValidationContext context) {
        // A member that reaches two volumes with one label cannot tell them apart; a mirror secondary
        // (same label, no device numbers until a failover) or another cluster's volume is fine.
        Map<Member, Map<String, DasdVolume>> labelsByMember = new HashMap<>();
        for (DasdVolume volume : context.installation().getDasdVolumes()) {
            if (!Names.isVolser(volume.getVolser())) {
                context.report(DASD_VOLSER, volume, "volume label " + Names.quoted(volume.getVolser())
                        + " is not 1-6 characters (A-Z, 0-9, @ # $): relabel the volume");
                continue;
            }
            String label = Names.key(volume.getVolser());
            Set<DasdVolume> clashes = new LinkedHashSet<>();
            List<Member> where = new ArrayList<>();
            for (DeviceNumber number : volume.getDeviceNumbers()) {
                if (number.getMember() == null) {
                    continue;
                }
                DasdVolume same = labelsByMember.computeIfAbsent(number.getMember(), m -> new HashMap<>()).putIfAbsent(label, volume);
                if (same != null && same != volume) {
                    clashes.add(same);
                    where.add(number.getMember());
                }
            }
            for (DasdVolume same : clashes) {
                List<EObject> related = new ArrayList<>();
                related.add(same);
                related.addAll(where);
                context.report(DASD_VOLSER, volume, "two volumes labelled " + volume.getVolser() + " are both reached by "
                        + Names.members(where) + "; CP finds volumes by label: relabel one, or take the second offline"
                        + " (no device number) as a mirror secondary", null, related);
            }
        }
        for (SsiCluster cluster : context.installation().getClusters()) {
            check(context, context.index(cluster));
        }
    }

    private static void check(ValidationContext context, ClusterIndex index) {
        for (Member member : index.members()) {
            Map<Integer, CpOwnedSlot> slots = new HashMap<>();
            Map<DasdVolume, CpOwnedSlot> volumes = new HashMap<>();
            for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
                if (!CpOwnedSlots.isValidSlot(slot.getSlot())) {
                    context.report(SSI_CPOWNED_SLOT_RANGE, slot, "CP_Owned slot " + slot.getSlot() + " of " + Names.of(member)
                            + " is outside 1-255: renumber it");
                }
                CpOwnedSlot sameSlot = slots.putIfAbsent(slot.getSlot(), slot);
                if (sameSlot != null) {
                    context.report(SSI_CPOWNED_SLOT_DUPLICATE, slot, "CP_Owned slot " + slot.getSlot() + " of "
                            + Names.of(member) + " is listed twice (" + Names.of(sameSlot.getVolume()) + " and "
                            + Names.of(slot.getVolume()) + "): give the second volume a free slot", null, List.of(sameSlot));
                }
                DasdVolume volume = slot.getVolume();
                if (volume == null) {
                    continue;
                }
                CpOwnedSlot sameVolume = volumes.putIfAbsent(volume, slot);
                if (sameVolume != null) {
                    context.report(SSI_CPOWNED_SLOT_DUPLICATE, slot, "volume " + Names.of(volume) + " is in " + Names.of(member)
                            + "'s CP_Owned list twice (slots " + sameVolume.getSlot() + " and " + slot.getSlot()
                            + "): remove slot " + slot.getSlot(), null, List.of(sameVolume));
                }
                if (!index.reach(volume).get(index.number(member))) {
                    context.report(SSI_CPOWNED_REACH, slot, Names.of(member) + " has " + Names.of(volume)
                            + " in CP_Owned slot " + slot.getSlot() + " but no device number for it: give the volume a device number on "
                            + Names.of(member) + " or remove the slot", null, List.of(volume));
                }
            }
        }
        for (DasdVolume volume : index.cpOwnedVolumes()) {
            List<CpOwnedSlot> owning = index.cpOwnedSlots(volume);
            switch (volume.getUse()) {
                case SPOOL -> checkSpool(context, index, volume, owning);
                case PAGE, TDISK -> {
                    checkOwner(context, volume, owning);
                    Map<Member, CpOwnedSlot> byMember = byMember(owning);
                    if (byMember.size() > 1) {
                        context.report(SSI_PAGE_SHARED, volume, volume.getUse().getLiteral() + " volume " + Names.of(volume)
                                + " is CP-owned by " + Names.members(byMember.keySet())
                                + "; page and T-disk volumes are member-local: keep it in one member's CP_Owned list",
                                null, List.copyOf(byMember.keySet()));
                    }
                }
                case SYSRES -> checkOwner(context, volume, owning);
                default -> {
                }
            }
        }
    }

    private static void checkOwner(ValidationContext context, DasdVolume volume, List<CpOwnedSlot> owning) {
        Member owner = volume.getOwnerMember();
        if (owner == null) {
            return;
        }
        for (Member member : byMember(owning).keySet()) {
            if (member != owner) {
                context.report(SSI_VOLUME_OWNER, volume, volume.getUse().getLiteral() + " volume " + Names.of(volume)
                        + " belongs to " + Names.of(owner) + " but is in " + Names.of(member)
                        + "'s CP_Owned list; only the owner allocates on it: remove it from " + Names.of(member) + "'s list",
                        "remove " + Names.of(volume) + " from the CP_Owned list of " + Names.of(member), List.of(member, owner));
            }
        }
    }

    private static void checkSpool(ValidationContext context, ClusterIndex index, DasdVolume volume, List<CpOwnedSlot> owning) {
        String name = Names.of(volume);
        BitSet unreached = ClusterIndex.missing(index.allMembers(), index.reach(volume));
        if (!unreached.isEmpty()) {
            context.report(SSI_SPOOL_REACH, volume, "spool volume " + name + " has no device number on "
                    + index.namesOf(unreached) + "; every member reaches every spool volume: give it a device number on each",
                    null, index.membersOf(unreached));
        }
        Map<Member, CpOwnedSlot> byMember = byMember(owning);
        Map<Integer, Integer> bySlot = new LinkedHashMap<>();
        byMember.values().forEach(s -> bySlot.merge(s.getSlot(), 1, Integer::sum));
        int usual = bySlot.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        List<Member> without = index.members().stream().filter(m -> !byMember.containsKey(m)).toList();
        if (!without.isEmpty()) {
            context.report(SSI_SPOOL_CPOWNED, volume, "spool volume " + name + " is not in the CP_Owned list of "
                    + Names.members(without) + ": add it there in slot " + usual + ", as on the other members",
                    "add " + name + " to CP_Owned slot " + usual + " of " + Names.members(without), without);
        }
        if (bySlot.size() > 1) {
            String slots = byMember.entrySet().stream().map(e -> Names.of(e.getKey()) + " " + e.getValue().getSlot())
                    .collect(Collectors.joining(", "));
            List<Member> off = byMember.entrySet().stream().filter(e -> e.getValue().getSlot() != usual).map(Map.Entry::getKey).toList();
            context.report(SSI_SPOOL_SLOT, volume, "spool volume " + name + " is in different CP_Owned slots (" + slots
                    + "); a spool volume needs the same slot on every member: use slot " + usual + " on " + Names.members(off),
                    "renumber the CP_Owned slot of " + name + " to " + usual + " on " + Names.members(off), off);
        }
    }

    private static Map<Member, CpOwnedSlot> byMember(List<CpOwnedSlot> slots) {
        Map<Member, CpOwnedSlot> map = new LinkedHashMap<>();
        for (CpOwnedSlot slot : slots) {
            map.putIfAbsent((Member) slot.eContainer(), slot);
        }
        return map;
    }
}
