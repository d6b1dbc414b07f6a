package ssiplan.sim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the adapter had to assume because the model does not say it: one line per kind of
 * assumption, naming the elements it applies to, so a planner can see which answers rest on
 * simulator defaults rather than on the plan.
 */
final class ConversionNotes {

    private static final int NAMED = 8;

    private final Map<String, List<String>> byTopic = new LinkedHashMap<>();

    /** Records that {@code topic} (a sentence about what was assumed) applies to {@code element}. */
    void add(String topic, String element) {
        List<String> elements = byTopic.computeIfAbsent(topic, t -> new ArrayList<>());
        if (!elements.contains(element)) {
            elements.add(element);
        }
    }

    /** "topic: A, B, C and 4 more", in the order the topics first came up. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        byTopic.forEach((topic, elements) -> {
            StringBuilder b = new StringBuilder(topic).append(": ");
            b.append(String.join(", ", elements.subList(0, Math.min(NAMED, elements.size()))));
            if (elements.size() > NAMED) {
                b.append(" and ").append(elements.size() - NAMED).append(" more");
            }
            out.add(b.toString());
        });
        return List.copyOf(out);
    }
}
