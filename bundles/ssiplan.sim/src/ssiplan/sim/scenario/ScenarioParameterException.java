package ssiplan.sim.scenario;

/** A scenario parameter that cannot be used; {@link #parameter()} names it as the user wrote it. */
public final class ScenarioParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    public ScenarioParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
