package ssiplan.sysconfig.model;

import java.util.Locale;
import java.util.Optional;

import ssiplan.model.VolumeUse;

/**
 * What a volume is used for cannot be read from CP_Owned or User_Volume_List (CPFMTXA decides it on
 * the volume itself), so the exporter writes it as the statement's trailing comment, the way IBM's
 * installer annotates its CP_Owned lines ({@code /* page *&#47;}), and the importer reads it back. The
 * tag is the comment's first word: a {@link VolumeUse} literal in any case ({@code spool},
 * {@code USER-LOCAL}); IBM's own comments such as {@code sysres: SAPL, ...} or {@code spool/dump volumes}
 * match too.
 */
final class VolumeUseTag {

    private VolumeUseTag() {
    }

    static String of(VolumeUse use) {
        return use.getLiteral().toLowerCase(Locale.ROOT);
    }

    /** The use, and the owning member (CPFMTXA ... OWNER, which only the volume itself records) when set. */
    static String of(ssiplan.model.DasdVolume volume) {
        String tag = of(volume.getUse());
        return volume.getOwnerMember() == null || volume.getOwnerMember().getName() == null ? tag
                : tag + " owner " + volume.getOwnerMember().getName();
    }

    /** The member named by {@code owner NAME} in a trailing comment, upper case, if any. */
    static Optional<String> owner(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        String[] words = comment.strip().split("[\\s,;:]+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equalsIgnoreCase("owner")) {
                return Optional.of(words[i + 1].toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The use a trailing comment names, if its first word is one. */
    static Optional<VolumeUse> parse(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        String text = comment.strip();
        int end = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '_')) {
            end++;
        }
        String word = text.substring(0, end).replace('_', '-');
        for (VolumeUse use : VolumeUse.values()) {
            if (use.getLiteral().equalsIgnoreCase(word)) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }
}
