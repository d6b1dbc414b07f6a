package ssiplan.model.examples;

import static ssiplan.model.examples.InstallationBuilder.gib;

import java.util.List;

import ssiplan.model.AccessMode;
import ssiplan.model.DasdVolume;
import ssiplan.model.Member;
import ssiplan.model.Profile;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;

/** Adds Linux guests with a root disk, a NIC on each switch and minidisks spread over the user volumes. */
final class LinuxGuests {

    private final InstallationBuilder b;
    private final SsiCluster cluster;
    private final Profile profile;
    private final VirtualSwitch prod;
    private final VirtualSwitch backup;
    private final List<DasdVolume> userVolumes;
    private int nextVolume;

    LinuxGuests(InstallationBuilder b, SsiCluster cluster, Profile profile, VirtualSwitch prod, VirtualSwitch backup,
            List<DasdVolume> userVolumes) {
        this.b = b;
        this.cluster = cluster;
        this.profile = profile;
        this.prod = prod;
        this.backup = backup;
        this.userVolumes = userVolumes;
    }

    /**
     * @param tolerableOutageSeconds 0 = not stated
     * @param vlan                   access VLAN on the production switch, 0 = its default
     * @param dataCylinders          size of the 0201 data minidisk
     */
    UserEntry add(String userid, int storageGiB, int maxGiB, int vcpus, WorkloadShape shape, Member home,
            int tolerableOutageSeconds, String antiAffinity, int vlan, int dataCylinders) {
        UserEntry guest = b.linuxGuest(cluster, userid, gib(storageGiB), gib(maxGiB), vcpus, shape, home, profile);
        if (tolerableOutageSeconds > 0) {
            guest.setTolerableOutageSeconds(tolerableOutageSeconds);
        }
        guest.setAntiAffinityGroup(antiAffinity);
        b.minidisk(guest, "0100", volumeWithRoom(10016), 10016, AccessMode.MR);
        b.minidisk(guest, "0201", volumeWithRoom(dataCylinders), dataCylinders, AccessMode.MR);
        b.nic(guest, "0800", prod, vlan, null);
        if (backup != null) {
            b.nic(guest, "0900", backup, 0, null);
        }
        return guest;
    }

    private DasdVolume volumeWithRoom(int cylinders) {
        for (int tried = 0; tried < userVolumes.size(); tried++) {
            DasdVolume volume = userVolumes.get(nextVolume);
            nextVolume = (nextVolume + 1) % userVolumes.size();
            if (b.freeCylinders(volume) >= cylinders) {
                return volume;
            }
        }
        throw new IllegalStateException("user volumes are full");
    }
}
