package ssiplan.sysconfig.model;

import java.util.Locale;
import java.util.Set;

/**
 * Where a statement goes inside a directory entry. The exporter writes an entry's statements in this
 * order whether they come from the model or were kept as text, so a statement kept on import lands
 * where the exporter would have put it and export - import - export gives the same file. Control
 * statements come before device statements (CONSOLE, SPOOL, LINK, NICDEF, DEDICATE, MDISK), as the
 * directory expects [C: NICDEF after the general statements].
 */
final class DirectoryOrder {

    static final int BUILD = 1;
    static final int INCLUDE = 2;
    static final int MACHINE = 4;
    static final int CPU = 5;
    static final int IPL = 6;
    static final int OPTION = 7;
    static final int VMRELOCATE = 8;
    static final int OTHER_CONTROL = 9;
    static final int OTHER_DEVICE = 10;
    static final int LINK = 11;
    static final int NICDEF = 12;
    static final int DEDICATE = 13;
    static final int MDISK = 14;

    private static final Set<String> DEVICE_STATEMENTS = Set.of("CONSOLE", "SPOOL", "SPECIAL", "LINK", "NICDEF",
            "DEDICATE", "MDISK", "MINIOPT", "LOADDEV", "CRYPTO", "APVIRTUAL");

    private DirectoryOrder() {
    }

    /** The rank of a statement kept as text, from its keyword. */
    static int ofKept(String keyword) {
        return switch (keyword.toUpperCase(Locale.ROOT)) {
            case "BUILD" -> BUILD;
            case "INCLUDE" -> INCLUDE;
            case "MACHINE" -> MACHINE;
            case "CPU" -> CPU;
            case "IPL" -> IPL;
            case "OPTION" -> OPTION;
            case "VMRELOCATE" -> VMRELOCATE;
            default -> DEVICE_STATEMENTS.contains(keyword.toUpperCase(Locale.ROOT)) ? OTHER_DEVICE : OTHER_CONTROL;
        };
    }

    /** The first word of a kept statement's text, upper case. */
    static String keyword(String text) {
        String stripped = text.strip();
        int blank = 0;
        while (blank < stripped.length() && !Character.isWhitespace(stripped.charAt(blank))) {
            blank++;
        }
        return stripped.substring(0, blank).toUpperCase(Locale.ROOT);
    }
}
