package ssiplan.validation.checks;

import java.util.List;

import ssiplan.validation.Rule;

/** One topic of the catalogue: the rules it reports and the pass that finds them. */
public interface Check {

    List<Rule> rules();

    void check(ValidationContext context);
}
