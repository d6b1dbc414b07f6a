package ssiplan.sysconfig.model;

import java.util.List;

import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;

/**
 * A model built from SYSTEM CONFIG (and USER DIRECT), with everything the readers, the checks and the
 * mapping reported, in file order per file, and where each model element came from.
 */
public record ImportResult(Installation installation, SsiCluster cluster, List<Diagnostic> diagnostics,
        SourcePositions positions) {

    public ImportResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return Diagnostics.hasErrors(diagnostics);
    }
}
