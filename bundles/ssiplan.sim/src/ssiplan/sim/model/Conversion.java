package ssiplan.sim.model;

import java.util.List;
import ssiplan.sim.snapshot.InstallationSnapshot;

/**
 * One SSI cluster of a model as the runtime reads it, and what the adapter assumed where the
 * model is silent (see {@link ModelSnapshots} for the rules).
 *
 * @param snapshot the frozen input of a simulation run
 * @param assumptions one readable line per kind of default applied, naming the elements
 */
public record Conversion(InstallationSnapshot snapshot, List<String> assumptions) {

    public Conversion {
        assumptions = List.copyOf(assumptions);
    }
}
