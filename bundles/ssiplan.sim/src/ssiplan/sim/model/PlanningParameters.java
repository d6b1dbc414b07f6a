package ssiplan.sim.model;

import java.util.SortedMap;
import java.util.TreeMap;
import ssiplan.model.PlanningSettings;
import ssiplan.sim.param.ParameterDef;
import ssiplan.sim.param.SimParameters;

/**
 * The installation's planning settings that are simulation parameters too. Only
 * {@code memoryOvercommitLimit} is one: it is the same planning ceiling as
 * {@code capacity.memoryOvercommitLimit}. {@code pagingUseLimit} is site policy for storage
 * checks, not CP's own soft paging check in VMRELOCATE ({@code lgr.pagingSafeUseFraction}), so it
 * is not mapped; release member limits are not simulation parameters.
 */
final class PlanningParameters {

    private PlanningParameters() {
    }

    static SortedMap<String, Double> of(PlanningSettings settings) {
        SortedMap<String, Double> out = new TreeMap<>();
        if (settings == null) {
            return out;
        }
        put(out, SimParameters.MEMORY_OVERCOMMIT_LIMIT, settings.getMemoryOvercommitLimit(), "memoryOvercommitLimit");
        return out;
    }

    private static void put(SortedMap<String, Double> out, ParameterDef def, double value, String setting) {
        if (!def.accepts(value)) {
            throw new ModelSnapshotException("planning setting " + setting + " = " + value + " is outside the range the"
                    + " simulation accepts for " + def.name() + " [" + def.min() + ", " + def.max() + "] " + def.unit());
        }
        out.put(def.name(), value);
    }
}
