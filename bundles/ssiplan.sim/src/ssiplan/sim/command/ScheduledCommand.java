package ssiplan.sim.command;

import java.util.Objects;

/**
 * A command entered at {@code time} (ns) on a console. Commands on one console run one after the
 * other: a SYNCHRONOUS relocation keeps its console busy until it ends, so later commands there
 * wait, just as an operator's script would.
 */
public record ScheduledCommand(long time, String console, OperatorCommand command) {

    public static final String OPERATOR = "OPERATOR";

    public ScheduledCommand {
        Objects.requireNonNull(command);
        console = console == null ? OPERATOR : console;
        if (time < 0) {
            throw new IllegalArgumentException("command time must be >= 0");
        }
    }
}
