package ssiplan.sim.snapshot;

import java.util.Objects;

/**
 * A guest's virtual device.
 *
 * @param vdev   virtual device number (hex)
 * @param kind   what it is
 * @param eqid   for dedicated OSA/FCP/HiperSockets: the equivalency id its real device has; else null
 * @param volser for minidisks: the volume it is on; else null
 */
public record DeviceSnapshot(String vdev, DeviceKind kind, String eqid, String volser) {

    public DeviceSnapshot {
        Objects.requireNonNull(vdev);
        Objects.requireNonNull(kind);
        vdev = vdev.toUpperCase(java.util.Locale.ROOT);
        if (kind == DeviceKind.MINIDISK && volser == null) {
            throw new IllegalArgumentException("minidisk " + vdev + " needs a volser");
        }
    }

    public static DeviceSnapshot minidisk(String vdev, String volser) {
        return new DeviceSnapshot(vdev, DeviceKind.MINIDISK, null, volser);
    }

    public static DeviceSnapshot dedicated(String vdev, DeviceKind kind, String eqid) {
        return new DeviceSnapshot(vdev, kind, eqid, null);
    }

    public static DeviceSnapshot of(String vdev, DeviceKind kind) {
        return new DeviceSnapshot(vdev, kind, null, null);
    }
}
