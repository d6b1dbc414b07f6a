package ssiplan.sim.snapshot;

import java.util.Collection;
import java.util.Objects;
import java.util.SortedSet;

/**
 * A virtual switch as defined on one member. Relocation needs a VSWITCH of the same name with
 * the same definition on the destination, and the guest authorized there.
 *
 * @param definition a signature of what must match across members (type, VLAN awareness, port
 *                   type...); equal strings mean "same definition"
 * @param restricted when true only {@code granted} user ids may couple (SET VSWITCH ... GRANT)
 */
public record VswitchSnapshot(String member, String name, String definition, boolean restricted,
        SortedSet<String> granted) {

    public VswitchSnapshot {
        Objects.requireNonNull(member);
        Objects.requireNonNull(name);
        if (name.isEmpty() || name.length() > 8) {
            throw new IllegalArgumentException("VSWITCH name '" + name + "' must be 1-8 characters");
        }
        definition = definition == null ? "" : definition;
        granted = Sets.sorted(granted);
    }

    /** An open VSWITCH (any guest may couple) with the given definition signature. */
    public static VswitchSnapshot open(String member, String name, String definition) {
        return new VswitchSnapshot(member, name, definition, false, null);
    }

    public static VswitchSnapshot restricted(String member, String name, String definition, Collection<String> granted) {
        return new VswitchSnapshot(member, name, definition, true, Sets.sorted(granted));
    }

    public boolean authorizes(String userid) {
        return !restricted || granted.contains(userid);
    }
}
