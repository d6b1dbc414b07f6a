package ssiplan.sysconfig.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import ssiplan.model.DasdVolume;
import ssiplan.model.Member;
import ssiplan.model.VolumeUse;
import ssiplan.model.derived.CpOwnedSlots;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;

/**
 * Decides what each imported volume is for. SYSTEM CONFIG does not say (CPFMTXA marks it on the volume),
 * so the evidence is weighed once the whole file is read: a use named in a trailing comment
 * ({@link VolumeUseTag}) wins; then a System_Residence area (sysres); then IBM's CP_Owned layout (slot 1
 * sysres, slots 2-9 common, a slot every member shares spool, a member-local slot from 10 up page);
 * then the PDR (common); then User_Volume_List (member-qualified: local minidisks, else shared).
 * Every use taken from the layout rather than a comment is reported at info level.
 */
final class VolumeUses {

    private static final class Evidence {
        VolumeUse tagged;
        Member owner;
        boolean residence;
        boolean pdr;
        final Set<Member> cpOwners = new LinkedHashSet<>();
        int lowestSlot = Integer.MAX_VALUE;
        boolean unqualifiedCpOwned;
        final Set<Member> localListers = new LinkedHashSet<>();
        boolean sharedList;
        int line;
        int column;
    }

    private final Map<DasdVolume, Evidence> evidence = new LinkedHashMap<>();

    private Evidence of(DasdVolume volume, int line, int column) {
        Evidence e = evidence.computeIfAbsent(volume, v -> new Evidence());
        if (e.line == 0) {
            e.line = line;
            e.column = column;
        }
        return e;
    }

    void tag(DasdVolume volume, VolumeUse use, int line, int column) {
        Evidence e = of(volume, line, column);
        if (e.tagged == null) {
            e.tagged = use;
        }
    }

    void owner(DasdVolume volume, Member owner, int line, int column) {
        Evidence e = of(volume, line, column);
        if (e.owner == null) {
            e.owner = owner;
        }
    }

    void residence(DasdVolume volume, int line, int column) {
        of(volume, line, column).residence = true;
    }

    void pdr(DasdVolume volume, int line, int column) {
        of(volume, line, column).pdr = true;
    }

    void cpOwned(DasdVolume volume, Member member, int slot, boolean qualified, int line, int column) {
        Evidence e = of(volume, line, column);
        e.cpOwners.add(member);
        e.lowestSlot = Math.min(e.lowestSlot, slot);
        e.unqualifiedCpOwned |= !qualified;
    }

    void userList(DasdVolume volume, Member owner, int line, int column) {
        Evidence e = of(volume, line, column);
        if (owner == null) {
            e.sharedList = true;
        } else {
            e.localListers.add(owner);
        }
    }

    /** True when a CP_Owned or User_Volume_List statement names the volume. */
    boolean listed(DasdVolume volume) {
        Evidence e = evidence.get(volume);
        return e != null && (!e.cpOwners.isEmpty() || e.sharedList || !e.localListers.isEmpty());
    }

    /** Sets use and owner of every volume with evidence; {@code memberCount} tells shared from local slots. */
    void decide(int memberCount, Diagnostics diagnostics) {
        evidence.forEach((volume, e) -> {
            VolumeUse use;
            String why = null;
            if (e.tagged != null) {
                use = e.tagged;
            } else if (e.residence) {
                use = VolumeUse.SYSRES;
            } else if (!e.cpOwners.isEmpty()) {
                boolean everyMember = e.unqualifiedCpOwned || (memberCount > 1 && e.cpOwners.size() == memberCount);
                if (e.lowestSlot == CpOwnedSlots.SYSRES_SLOT) {
                    use = VolumeUse.SYSRES;
                    why = "it is in CP_Owned slot 1";
                } else if (e.lowestSlot < CpOwnedSlots.FIRST_SPOOL_SLOT) {
                    use = VolumeUse.COMMON;
                    why = "it is in CP_Owned slot " + e.lowestSlot + " (IBM's layout: common volume in slot 5)";
                } else if (everyMember || e.cpOwners.size() > 1) {
                    use = VolumeUse.SPOOL;
                    why = "every member that lists it shares it from slot " + e.lowestSlot
                            + " (IBM's layout: spool from slot 10 upward)";
                } else {
                    use = VolumeUse.PAGE;
                    why = "only " + e.cpOwners.iterator().next().getName() + " lists it, in slot " + e.lowestSlot
                            + " (IBM's layout: page from slot 255 downward)";
                }
            } else if (e.pdr) {
                use = VolumeUse.COMMON;
            } else if (!e.localListers.isEmpty() && !e.sharedList) {
                use = VolumeUse.USER_LOCAL;
            } else {
                use = VolumeUse.USER_SHARED;
            }
            volume.setUse(use);
            Set<Member> holders = !e.cpOwners.isEmpty() ? e.cpOwners : e.localListers;
            if (e.owner != null) {
                volume.setOwnerMember(e.owner);
            } else if (SystemConfigExporter.isMemberLocal(use) && holders.size() == 1 && !e.unqualifiedCpOwned) {
                volume.setOwnerMember(holders.iterator().next());
            }
            if (why != null) {
                diagnostics.info(e.line, e.column, Rule.IMPORT_ASSUMED, "volume " + volume.getVolser() + " taken as a "
                        + VolumeUseTag.of(use) + " volume because " + why + "; if it is not, change its use in the "
                        + "model or name the use in the CP_Owned comment, e.g. /* spool */");
            }
        });
    }
}
