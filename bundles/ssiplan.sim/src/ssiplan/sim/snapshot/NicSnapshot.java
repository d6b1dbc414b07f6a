package ssiplan.sim.snapshot;

import java.util.Objects;

/**
 * A NICDEF: the virtual NIC and what it is coupled to.
 *
 * @param guestLan true when coupled to a guest LAN (not relocatable), false for a VSWITCH
 * @param lanName  the VSWITCH or guest LAN name
 */
public record NicSnapshot(String vdev, boolean guestLan, String lanName) {

    public NicSnapshot {
        Objects.requireNonNull(vdev);
        Objects.requireNonNull(lanName);
        vdev = vdev.toUpperCase(java.util.Locale.ROOT);
    }

    public static NicSnapshot vswitch(String vdev, String name) {
        return new NicSnapshot(vdev, false, name);
    }

    public static NicSnapshot guestLan(String vdev, String name) {
        return new NicSnapshot(vdev, true, name);
    }
}
