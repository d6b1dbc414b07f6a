package ssiplan.validation.checks;

import static ssiplan.validation.Rules.SSI_PDR_ECKD;
import static ssiplan.validation.Rules.SSI_PDR_LISTED;
import static ssiplan.validation.Rules.SSI_PDR_REACH;

import java.util.BitSet;
import java.util.List;

import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.SsiCluster;
import ssiplan.model.VolumeUse;
import ssiplan.validation.Rule;

/**
 * The Persistent Data Record (V4). A cluster without a PDR volume keeps it on the PARM disk's volume
 * (&amp;SYSPARM), which is allowed, so nothing is reported for it.
 */
public final class PdrChecks implements Check {

    @Override
    public List<Rule> rules() {
        return List.of(SSI_PDR_ECKD, SSI_PDR_LISTED, SSI_PDR_REACH);
    }

    @Override
    public void check(ValidationContext context) {
        for (SsiCluster cluster : context.installation().getClusters()) {
            DasdVolume pdr = cluster.getPdrVolume();
            if (pdr == null || cluster.getMembers().isEmpty()) {
                continue;
            }
            String name = Names.of(pdr);
            if (pdr.getDeviceType() == DasdDeviceType.EDEV) {
                context.report(SSI_PDR_ECKD, pdr, "PDR volume " + name + " of " + Names.shown(cluster.getName(), "the cluster")
                        + " is an FBA/SCSI EDEVICE; the PDR needs ECKD (3390) DASD: choose a 3390 volume, e.g. the common volume",
                        null, List.of(cluster));
            }
            ClusterIndex index = context.index(cluster);
            boolean userVolume = pdr.getUse() == VolumeUse.USER_SHARED || pdr.getUse() == VolumeUse.USER_LOCAL;
            if (index.cpOwnedSlots(pdr).isEmpty() && !userVolume) {
                context.report(SSI_PDR_LISTED, pdr, "PDR volume " + name + " is in no member's CP_Owned list and is not a user"
                        + " volume: add it to the CP_Owned lists (IBM uses slot 5, the common volume)", null, List.of(cluster));
            }
            BitSet missing = ClusterIndex.missing(index.allMembers(), index.reach(pdr));
            if (!missing.isEmpty()) {
                context.report(SSI_PDR_REACH, pdr, "PDR volume " + name + " has no device number on " + index.namesOf(missing)
                        + ": every member reads the PDR; give the volume a device number on each", null,
                        index.membersOf(missing));
            }
        }
    }
}
