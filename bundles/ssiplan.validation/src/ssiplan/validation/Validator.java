package ssiplan.validation;

import java.util.Objects;

import ssiplan.model.Installation;
import ssiplan.validation.checks.Check;
import ssiplan.validation.checks.ValidationContext;

/**
 * Runs a catalogue over an installation. One pass per check over indexes built once per cluster
 * (member bit sets, volume and device reach), so the cost grows linearly with guests and devices.
 * Never changes the model.
 */
public final class Validator {

    private final RuleCatalogue catalogue;

    public Validator(RuleCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue);
    }

    public Validator() {
        this(RuleCatalogue.standard());
    }

    public ValidationReport validate(Installation installation) {
        return validate(installation, ValidationOptions.defaults());
    }

    public ValidationReport validate(Installation installation, ValidationOptions options) {
        Objects.requireNonNull(installation, "installation");
        ValidationContext context = new ValidationContext(installation, options == null ? ValidationOptions.defaults() : options);
        for (Check check : catalogue.checks()) {
            check.check(context);
        }
        return new ValidationReport(context.findings());
    }
}
