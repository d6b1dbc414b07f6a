package ssiplan.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ssiplan.model.Installation;
import ssiplan.validation.checks.CapacityChecks;
import ssiplan.validation.checks.Check;
import ssiplan.validation.checks.ClusterChecks;
import ssiplan.validation.checks.ConfigStatementChecks;
import ssiplan.validation.checks.DirectoryChecks;
import ssiplan.validation.checks.IsfcChecks;
import ssiplan.validation.checks.NetworkChecks;
import ssiplan.validation.checks.PdrChecks;
import ssiplan.validation.checks.RelocationChecks;
import ssiplan.validation.checks.VolumeChecks;

/**
 * The one catalogue of rules: the CLI, the Problems view and the diagram decorations all use
 * {@link #standard()}. Each rule belongs to one {@link Check}, which reports it.
 */
public final class RuleCatalogue {

    private static final RuleCatalogue STANDARD = new RuleCatalogue(List.of(new ClusterChecks(), new ConfigStatementChecks(), new PdrChecks(),
            new IsfcChecks(), new VolumeChecks(), new NetworkChecks(), new DirectoryChecks(), new RelocationChecks(),
            new CapacityChecks()));

    private final List<Check> checks;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private RuleCatalogue(List<Check> checks) {
        this.checks = List.copyOf(checks);
        for (Check check : checks) {
            for (Rule rule : check.rules()) {
                if (rules.putIfAbsent(rule.id(), rule) != null) {
                    throw new IllegalStateException("rule " + rule.id() + " is reported by two checks");
                }
            }
        }
    }

    /** The standard catalogue. */
    public static RuleCatalogue standard() {
        return STANDARD;
    }

    /** Every rule, grouped by topic (SSI statement, PDR, ISFC, CP_Owned, network, directory, LGR, capacity). */
    public List<Rule> rules() {
        return Collections.unmodifiableList(new ArrayList<>(rules.values()));
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The checks that report the rules; used by {@link Validator}. */
    List<Check> checks() {
        return checks;
    }

    /** Validates with the installation's own planning settings. */
    public ValidationReport validate(Installation installation) {
        return validate(installation, ValidationOptions.defaults());
    }

    public ValidationReport validate(Installation installation, ValidationOptions options) {
        return new Validator(this).validate(installation, options);
    }
}
