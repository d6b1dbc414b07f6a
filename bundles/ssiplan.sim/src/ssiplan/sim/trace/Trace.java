package ssiplan.sim.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * The ordered record of a run: a header (installation, seed, parameters in force) and the events
 * in the order they happened. Appending is the runtime's only way to report anything.
 */
public final class Trace {

    private final String ssiName;
    private final long seed;
    private final SortedMap<String, Double> parameters;
    private final List<TraceEvent> events = new ArrayList<>();
    private java.util.function.Consumer<TraceEvent> listener;

    public Trace(String ssiName, long seed, SortedMap<String, Double> parameters) {
        this.ssiName = ssiName;
        this.seed = seed;
        this.parameters = Collections.unmodifiableSortedMap(parameters);
    }

    public void add(TraceEvent e) {
        events.add(e);
        if (listener != null) {
            listener.accept(e);
        }
    }

    /** One observer told of every event as it is added (a scenario runner's driver); null for none. */
    public void setListener(java.util.function.Consumer<TraceEvent> l) {
        this.listener = l;
    }

    public String ssiName() {
        return ssiName;
    }

    public long seed() {
        return seed;
    }

    public SortedMap<String, Double> parameters() {
        return parameters;
    }

    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Events of one kind, in order. */
    public <T extends TraceEvent> List<T> events(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    public String toJson() {
        return TraceJson.toJson(this);
    }
}
