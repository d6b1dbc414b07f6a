package ssiplan.sim.scenario;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import ssiplan.sim.plan.PlannerOptions;

/**
 * What every scenario kind shares: the evacuation planner's options, simulation parameter
 * overrides (e.g. member.iplSeconds), the seed, and whether to run the other strategy too.
 */
public record ScenarioOptions(PlannerOptions planner, SortedMap<String, Double> parameters, long seed,
        boolean compareStrategies) {

    public ScenarioOptions {
        planner = planner == null ? PlannerOptions.defaults() : planner;
        parameters = new TreeMap<>(parameters == null ? Map.of() : parameters);
    }

    public static ScenarioOptions defaults() {
        return new ScenarioOptions(PlannerOptions.defaults(), new TreeMap<>(), 0, true);
    }

    public ScenarioOptions withPlanner(PlannerOptions p) {
        return new ScenarioOptions(p, parameters, seed, compareStrategies);
    }

    public ScenarioOptions withParameter(String name, double value) {
        TreeMap<String, Double> m = new TreeMap<>(parameters);
        m.put(name, value);
        return new ScenarioOptions(planner, m, seed, compareStrategies);
    }

    public ScenarioOptions withCompareStrategies(boolean b) {
        return new ScenarioOptions(planner, parameters, seed, b);
    }
}
