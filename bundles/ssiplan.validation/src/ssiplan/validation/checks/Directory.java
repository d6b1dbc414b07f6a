package ssiplan.validation.checks;

import java.util.ArrayList;
import java.util.List;

import ssiplan.model.DedicatedDevice;
import ssiplan.model.Minidisk;
import ssiplan.model.NicDef;
import ssiplan.model.Profile;
import ssiplan.model.VirtualMachine;

/** A guest's effective directory statements: its own, then those of the PROFILE it INCLUDEs. */
final class Directory {

    private Directory() {
    }

    static List<NicDef> nics(VirtualMachine guest) {
        Profile profile = guest.getProfile();
        if (profile == null || profile.getNics().isEmpty()) {
            return guest.getNics();
        }
        List<NicDef> all = new ArrayList<>(guest.getNics());
        all.addAll(profile.getNics());
        return all;
    }

    static List<Minidisk> minidisks(VirtualMachine guest) {
        Profile profile = guest.getProfile();
        if (profile == null || profile.getMinidisks().isEmpty()) {
            return guest.getMinidisks();
        }
        List<Minidisk> all = new ArrayList<>(guest.getMinidisks());
        all.addAll(profile.getMinidisks());
        return all;
    }

    static List<DedicatedDevice> dedicatedDevices(VirtualMachine guest) {
        Profile profile = guest.getProfile();
        if (profile == null || profile.getDedicatedDevices().isEmpty()) {
            return guest.getDedicatedDevices();
        }
        List<DedicatedDevice> all = new ArrayList<>(guest.getDedicatedDevices());
        all.addAll(profile.getDedicatedDevices());
        return all;
    }
}
