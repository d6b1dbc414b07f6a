package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.List;

import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.SsiCluster;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Severity;

/**
 * The cross-statement rules an imported file gets until the validation bundle's rule catalogue is
 * available to this bundle: full ISFC mesh (reference V5) and the PDR on ECKD (V4; that the PDR volume
 * is listed is checked against the file by the importer). Findings are positioned at the statement the
 * element came from and carry the catalogue's rule ids.
 */
final class ModelChecks {

    static final String ISLINK_MESH = "SSI-ISLINK-MESH";
    static final String PDR_ECKD = "SSI-PDR-ECKD";

    List<Diagnostic> check(SsiCluster cluster, SourcePositions positions, String file) {
        List<Diagnostic> findings = new ArrayList<>();
        for (IsfcLinks.MemberPair pair : IsfcLinks.missingPairs(cluster)) {
            SourcePosition at = positions.of(pair.second()).orElse(new SourcePosition(file, 0, 0));
            findings.add(new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, "members "
                    + pair.first().getName() + " and " + pair.second().getName() + " have no ISFC link; an SSI cluster "
                    + "needs one between every pair of members, add 'ACTIVATE ISLINK ... NODE' statements on both sides",
                    ISLINK_MESH));
        }
        DasdVolume pdr = cluster.getPdrVolume();
        if (pdr != null && pdr.getDeviceType() == DasdDeviceType.EDEV) {
            SourcePosition at = positions.of(pdr).orElse(new SourcePosition(file, 0, 0));
            findings.add(new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, "PDR volume "
                    + pdr.getVolser() + " is FBA; the PDR must be on ECKD (3390) DASD, move it", PDR_ECKD));
        }
        return findings;
    }
}
