package ssiplan.validation.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.validation.Finding;
import ssiplan.validation.Rule;
import ssiplan.validation.ValidationOptions;

/** What the checks of one run share: the installation, the options, the per-cluster indexes and the findings. */
public final class ValidationContext {

    private final Installation installation;
    private final ValidationOptions options;
    private final Map<SsiCluster, ClusterIndex> indexes = new IdentityHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    public ValidationContext(Installation installation, ValidationOptions options) {
        this.installation = installation;
        this.options = options;
    }

    public Installation installation() {
        return installation;
    }

    public ValidationOptions options() {
        return options;
    }

    /** The index of {@code cluster}, built on first use and shared by all checks. */
    public ClusterIndex index(SsiCluster cluster) {
        return indexes.computeIfAbsent(cluster, c -> new ClusterIndex(installation, c));
    }

    public void report(Rule rule, EObject element, String message) {
        report(rule, element, message, null, List.of());
    }

    public void report(Rule rule, EObject element, String message, String quickFix, Collection<? extends EObject> related) {
        if (options.isEnabled(rule)) {
            findings.add(new Finding(rule, message, element, related == null ? List.of() : new ArrayList<EObject>(related), quickFix));
        }
    }

    public List<Finding> findings() {
        return findings;
    }
}
