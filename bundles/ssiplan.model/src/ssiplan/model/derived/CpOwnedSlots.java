package ssiplan.model.derived;

import java.util.Optional;
import java.util.OptionalInt;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdVolume;
import ssiplan.model.Member;
import ssiplan.model.VolumeUse;

/**
 * A member's CP_Owned list. IBM's installer lays it out as: slot 1 the sysres, slot 5 the common
 * volume, spool from slot 10 upwards, page from slot 255 downwards [C layout, U exact bounds]. Spool
 * volumes must sit in the same slot on every member [C].
 */
public final class CpOwnedSlots {

    public static final int FIRST_SLOT = 1;
    public static final int LAST_SLOT = 255;
    public static final int SYSRES_SLOT = 1;
    public static final int COMMON_SLOT = 5;
    public static final int FIRST_SPOOL_SLOT = 10;

    private CpOwnedSlots() {
    }

    public static Optional<DasdVolume> volumeIn(Member member, int slot) {
        return member.getCpOwnedSlots().stream().filter(s -> s.getSlot() == slot)
                .map(CpOwnedSlot::getVolume).filter(v -> v != null).findFirst();
    }

    /** The slot {@code volume} occupies in {@code member}'s CP_Owned list, if any. */
    public static OptionalInt slotOf(Member member, DasdVolume volume) {
        return member.getCpOwnedSlots().stream().filter(s -> s.getVolume() == volume)
                .mapToInt(CpOwnedSlot::getSlot).findFirst();
    }

    public static boolean isValidSlot(int slot) {
        return slot >= FIRST_SLOT && slot <= LAST_SLOT;
    }

    /**
     * The slot IBM's layout would give the next volume of {@code use} on {@code member}: sysres 1,
     * common 5, spool the lowest free slot from 10, page the highest free slot from 255 down.
     * Empty when the use has no CP_Owned slot (user volumes) or no slot is free.
     */
    public static OptionalInt conventionalSlot(Member member, VolumeUse use) {
        return switch (use) {
            case SYSRES -> freeOrEmpty(member, SYSRES_SLOT);
            case COMMON -> freeOrEmpty(member, COMMON_SLOT);
            case SPOOL, TDISK -> firstFree(member, FIRST_SPOOL_SLOT, LAST_SLOT, 1);
            case PAGE -> firstFree(member, LAST_SLOT, FIRST_SPOOL_SLOT, -1);
            case RELEASE, USER_SHARED, USER_LOCAL -> OptionalInt.empty();
        };
    }

    private static OptionalInt freeOrEmpty(Member member, int slot) {
        return isFree(member, slot) ? OptionalInt.of(slot) : OptionalInt.empty();
    }

    private static OptionalInt firstFree(Member member, int from, int to, int step) {
        for (int slot = from; step > 0 ? slot <= to : slot >= to; slot += step) {
            if (isFree(member, slot)) {
                return OptionalInt.of(slot);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isFree(Member member, int slot) {
        return member.getCpOwnedSlots().stream().noneMatch(s -> s.getSlot() == slot);
    }
}
