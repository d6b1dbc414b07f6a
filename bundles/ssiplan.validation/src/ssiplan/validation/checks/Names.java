package ssiplan.validation.checks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ssiplan.model.DasdVolume;
import ssiplan.model.Member;
import ssiplan.model.VirtualMachine;

/** Names as messages show them, and the name rules z/VM applies. */
final class Names {

    private static final Pattern ALPHANUMERIC_1_8 = Pattern.compile("[A-Za-z0-9]{1,8}");
    private static final Pattern HEX_1_4 = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern HEX_6 = Pattern.compile("[0-9A-Fa-f]{6}");
    private static final Pattern TOKEN_1_8 = Pattern.compile("\\S{1,8}");
    private static final Pattern VOLSER = Pattern.compile("[A-Za-z0-9@#$]{1,6}");
    private static final Pattern SUBCONFIG_ID = Pattern.compile("[A-Za-z0-9@#$_-]{1,8}");

    /** How many names a message lists before it says "and N more". */
    static final int LISTED = 5;

    private Names() {
    }

    /** The case-insensitive key of a name; "" for null or blank. */
    static String key(String name) {
        return name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    }

    static boolean isAlphanumeric1to8(String name) {
        return name != null && ALPHANUMERIC_1_8.matcher(name).matches();
    }

    static boolean isToken1to8(String name) {
        return name != null && TOKEN_1_8.matcher(name).matches();
    }

    static boolean isHex1to4(String number) {
        return number != null && HEX_1_4.matcher(number).matches();
    }

    static boolean isHex6(String prefix) {
        return prefix != null && HEX_6.matcher(prefix).matches();
    }

    static boolean isVolser(String volser) {
        return volser != null && VOLSER.matcher(volser).matches();
    }

    static boolean isSubconfigId(String id) {
        return id != null && SUBCONFIG_ID.matcher(id).matches();
    }

    /** A device number as CP compares it: upper case, 4 digits. */
    static String deviceKey(String rdev) {
        String key = key(rdev);
        return key.length() >= 4 ? key : "0000".substring(key.length()) + key;
    }

    static String of(Member member) {
        return member == null ? "(no member)" : shown(member.getName(), "(unnamed member)");
    }

    static String of(DasdVolume volume) {
        return volume == null ? "(no volume)" : shown(volume.getVolser(), "(unlabelled volume)");
    }

    static String of(VirtualMachine guest) {
        return guest == null ? "(no guest)" : shown(guest.getUserid(), "(no user id)");
    }

    static String shown(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    static String quoted(String name) {
        return name == null ? "(none)" : "'" + name + "'";
    }

    static String members(Collection<Member> members) {
        return members.stream().map(Names::of).collect(Collectors.joining(", "));
    }

    /** "LNX001, LNX002, LNX003, LNX004, LNX005 and 7 more" */
    static String guests(List<? extends VirtualMachine> guests) {
        String listed = guests.stream().limit(LISTED).map(Names::of).collect(Collectors.joining(", "));
        return guests.size() > LISTED ? listed + " and " + (guests.size() - LISTED) + " more" : listed;
    }
}
