package ssiplan.sim.lgr;

import java.util.List;
import java.util.Locale;
import ssiplan.sim.engine.SimTime;

/**
 * What one VMRELOCATE MOVE came to. Either it was refused at the start ({@code endingCode} null,
 * {@code problems} say why) or it ran and ended with a monitor ending code.
 *
 * @param issued  when the command was entered
 * @param ended   when it ended (completion, cancel or refusal)
 * @param quiesce how long the guest was stopped
 * @param guestOn where the guest runs afterwards; empty if it was lost with its member
 */
public record RelocationResult(String guest, String from, String to, RelocationOptions options, long issued,
        long ended, EndingCode endingCode, List<EligibilityProblem> problems, List<PassRecord> passes, long quiesce,
        String guestOn, String message, double maxTotalSeconds, double maxQuiesceSeconds) {

    public RelocationResult {
        problems = List.copyOf(problems);
        passes = List.copyOf(passes);
    }

    public boolean rejected() {
        return endingCode == null;
    }

    public boolean completed() {
        return endingCode == EndingCode.COMPLETED;
    }

    /** Relocation time: from the command to the guest resuming (or the relocation ending). */
    public long elapsed() {
        return ended - issued;
    }

    public double elapsedSeconds() {
        return SimTime.toSeconds(elapsed());
    }

    public double quiesceSeconds() {
        return SimTime.toSeconds(quiesce);
    }

    public long pagesSent() {
        long n = 0;
        for (PassRecord p : passes) {
            n += p.pages();
        }
        return n;
    }

    /** The report in the shape of VMRELOCATE STATUS ... DETAILS and the completion message. */
    public String details() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "User %-8s From %-8s To %-8s  %s%n", guest, from, to, options.operands()));
        b.append(String.format(Locale.ROOT, "  MAXTOTAL %s  MAXQUIESCE %s%n", RelocationOptions.limit(maxTotalSeconds),
                RelocationOptions.limit(maxQuiesceSeconds)));
        if (rejected()) {
            b.append("  Eligibility checks failed; relocation not started").append(System.lineSeparator());
            for (EligibilityProblem p : problems) {
                b.append("    ").append(p.reason().code()).append("  ").append(p.message()).append(System.lineSeparator());
            }
            return b.toString();
        }
        b.append("  Eligibility checks passed").append(System.lineSeparator());
        for (PassRecord p : passes) {
            b.append(String.format(Locale.ROOT, "  Memory pass %2d%s %,12d pages %10.3f s%n", p.pass(),
                    p.quiesced() ? " (quiesced)" : "           ", p.pages(), p.seconds()));
        }
        b.append(String.format(Locale.ROOT, "  Ending code %s: %s%s%n", endingCode.code(), endingCode.meaning(),
                message.isEmpty() ? "" : " (" + message + ")"));
        b.append(String.format(Locale.ROOT, "  Elapsed %.3f s, quiesced %.3f s; %s%n", elapsedSeconds(), quiesceSeconds(),
                guestOn.isEmpty() ? "guest lost with its member" : "guest runs on " + guestOn));
        return b.toString();
    }
}
