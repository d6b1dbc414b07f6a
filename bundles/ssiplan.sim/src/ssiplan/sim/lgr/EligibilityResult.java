package ssiplan.sim.lgr;

import java.util.List;

/** The answer to VMRELOCATE TEST: eligible, or every reason why not. */
public record EligibilityResult(String guest, String from, String to, long time, List<EligibilityProblem> problems) {

    public EligibilityResult {
        problems = List.copyOf(problems);
    }

    public boolean eligible() {
        return problems.isEmpty();
    }

    public boolean has(Ineligibility reason) {
        return problems.stream().anyMatch(p -> p.reason() == reason);
    }
}
