package ssiplan.sim.lgr;

import java.util.ArrayList;
import java.util.List;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.engine.ScheduledEvent;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.isfc.IsfcLink;
import ssiplan.sim.isfc.Transfer;
import ssiplan.sim.isfc.TransferListener;
import ssiplan.sim.trace.TraceEvent.MemoryPass;
import ssiplan.sim.trace.TraceEvent.QuiesceEnded;
import ssiplan.sim.trace.TraceEvent.QuiesceStarted;
import ssiplan.sim.trace.TraceEvent.RelocationEnded;
import ssiplan.sim.trace.TraceEvent.RelocationStarted;
import ssiplan.sim.trace.TraceEvent.Violation;

/**
 * One relocation in progress, as a process: eligibility and skeleton, pre-copy passes, quiesce
 * (state and devices alongside the penultimate pass, then the final pass), resume. Whatever ends
 * it early leaves the guest running on the source.
 */
final class Relocation implements TransferListener {

    private final VmRelocate owner;
    final Guest guest;
    final Member from;
    final Member to;
    final RelocationOptions options;
    private final long issued;
    private final long reservation;
    private final Runnable consoleFree;
    double maxTotalSeconds;
    double maxQuiesceSeconds;

    RelocationStage stage = RelocationStage.ELIGIBILITY_CHECKS;
    final List<PassRecord> passes = new ArrayList<>();
    private Transfer current;
    private boolean currentQuiesced;
    private long quiesceStart = -1;
    private boolean stateMoved;
    private boolean penultimateDone;
    private long finalPages;
    private ScheduledEvent totalTimer;
    private ScheduledEvent quiesceTimer;
    private ScheduledEvent pending;
    private boolean ended;

    Relocation(VmRelocate owner, Guest guest, Member from, Member to, RelocationOptions options, Runnable consoleFree) {
        this.owner = owner;
        this.guest = guest;
        this.from = from;
        this.to = to;
        this.options = options;
        this.consoleFree = consoleFree;
        this.issued = owner.engine.now();
        this.reservation = owner.load.footprint(guest.snapshot());
        this.maxTotalSeconds = options.effectiveMaxTotal(owner.params);
        this.maxQuiesceSeconds = options.effectiveMaxQuiesce(owner.params);
    }

    void begin() {
        guest.setRelocating(true);
        owner.load.reserve(to, reservation); // the destination's skeleton holds the storage (WIFBK)
        owner.trace.add(new RelocationStarted(owner.engine.now(), guest.userid(), from.name(), to.name(), options.immediate(),
                options.synchronous(), limitNanos(maxTotalSeconds), limitNanos(maxQuiesceSeconds), options.forceNames()));
        armTotalTimer();
        pending = owner.engine.after(owner.eligibilityNanos, () -> startPass(1, guest.snapshot().touchedPages(), false));
    }

    private static long limitNanos(double seconds) {
        return Double.isInfinite(seconds) ? -1 : SimTime.ofSeconds(seconds);
    }

    // ---- memory passes ------------------------------------------------------------------

    private void startPass(int n, long pages, boolean quiesced) {
        pending = null;
        IsfcLink link = owner.network.link(from.name(), to.name());
        if (link == null || !link.usable()) {
            end(EndingCode.ISFC_LOST, "ISFC link to " + to.name() + " is not usable", false);
            return;
        }
        if (!quiesced) {
            stage = RelocationStage.MOVING_MEMORY;
        }
        currentQuiesced = quiesced;
        current = link.from(from.name()).start(pages, this);
        currentPass = n;
    }

    private int currentPass;

    @Override
    public void transferred(Transfer t) {
        current = null;
        long now = owner.engine.now();
        PassRecord rec = new PassRecord(currentPass, t.pages(), t.start(), now, currentQuiesced);
        passes.add(rec);
        owner.trace.add(new MemoryPass(now, guest.userid(), rec.pass(), rec.pages(), rec.start(), rec.quiesced()));
        if (!currentQuiesced) {
            long next = owner.policy.dirtied(guest.snapshot(), rec.duration());
            if (owner.policy.stopPreCopy(options.immediate(), rec.pass(), rec.pages(), next)) {
                quiesce(rec.pass() + 1, next);
            } else {
                startPass(rec.pass() + 1, next, false);
            }
        } else if (!penultimateDone) {
            penultimateDone = true;
            finalPages = owner.policy.finalPass(guest.snapshot(), rec.duration());
            if (stateMoved) {
                startPass(rec.pass() + 1, finalPages, true);
            }
        } else {
            end(EndingCode.COMPLETED, "", false);
        }
    }

    @Override
    public void aborted(Transfer t, String why) {
        current = null;
        end(EndingCode.ISFC_LOST, why, false);
    }

    /** Eligibility is checked again; then the guest stops for the last two passes and its state. */
    private void quiesce(int penultimatePass, long pages) {
        List<EligibilityProblem> problems = owner.eligibility.check(guest, to, options.force(), true);
        if (!problems.isEmpty()) {
            end(EndingCode.ELIGIBILITY, problems.get(0).toString(), false);
            return;
        }
        stage = RelocationStage.QUIESCED_FINAL_PASSES;
        quiesceStart = owner.engine.now();
        guest.setQuiesced(true);
        owner.trace.add(new QuiesceStarted(quiesceStart, guest.userid(), from.name()));
        armQuiesceTimer();
        Double own = guest.snapshot().stateTransferSeconds();
        int devices = guest.snapshot().devices().size() + guest.snapshot().nics().size();
        long stateNanos = own != null ? SimTime.ofSeconds(own) : owner.stateNanos + devices * owner.deviceNanos;
        final int last = penultimatePass;
        pending = owner.engine.after(stateNanos, () -> {
            pending = null;
            stateMoved = true;
            if (penultimateDone) {
                startPass(last + 1, finalPages, true);
            }
        });
        IsfcLink link = owner.network.link(from.name(), to.name());
        if (link == null || !link.usable()) {
            end(EndingCode.ISFC_LOST, "ISFC link to " + to.name() + " is not usable", false);
            return;
        }
        currentQuiesced = true;
        currentPass = penultimatePass;
        current = link.from(from.name()).start(pages, this);
    }

    // ---- limits --------------------------------------------------------------------------

    private void armTotalTimer() {
        if (totalTimer != null) {
            totalTimer.cancel();
        }
        long at = SimTime.plus(issued, SimTime.ofSeconds(maxTotalSeconds));
        totalTimer = at == SimTime.NEVER ? null : owner.engine.at(Math.max(at, owner.engine.now()),
                () -> end(EndingCode.MAXTOTAL, "relocation ran longer than MAXTOTAL " + RelocationOptions.limit(maxTotalSeconds) + " s", false));
    }

    private void armQuiesceTimer() {
        if (quiesceTimer != null) {
            quiesceTimer.cancel();
        }
        if (quiesceStart < 0) {
            return;
        }
        long at = SimTime.plus(quiesceStart, SimTime.ofSeconds(maxQuiesceSeconds));
        quiesceTimer = at == SimTime.NEVER ? null : owner.engine.at(Math.max(at, owner.engine.now()),
                () -> end(EndingCode.MAXQUIESCE, "guest stopped longer than MAXQUIESCE " + RelocationOptions.limit(maxQuiesceSeconds) + " s", false));
    }

    /** VMRELOCATE MODIFY: new limits apply at once, measured from the same start points. */
    void modify(Double maxTotal, Double maxQuiesce) {
        if (maxTotal != null) {
            maxTotalSeconds = maxTotal;
            armTotalTimer();
        }
        if (maxQuiesce != null) {
            maxQuiesceSeconds = maxQuiesce;
            armQuiesceTimer();
        }
    }

    long elapsed() {
        return owner.engine.now() - issued;
    }

    long pagesSoFar() {
        long n = 0;
        for (PassRecord p : passes) {
            n += p.pages();
        }
        return n;
    }

    // ---- the end -------------------------------------------------------------------------

    /**
     * Ends the relocation. Completed: the guest resumes on the destination. Otherwise it resumes
     * on the source, unless {@code guestLost} (the source itself went down).
     */
    void end(EndingCode code, String message, boolean guestLost) {
        if (ended) {
            return;
        }
        ended = true;
        stage = RelocationStage.ENDED;
        long now = owner.engine.now();
        for (ScheduledEvent e : new ScheduledEvent[] {totalTimer, quiesceTimer, pending}) {
            if (e != null) {
                e.cancel();
            }
        }
        if (current != null && !current.done()) {
            current.abort();
        }
        current = null;
        boolean completed = code == EndingCode.COMPLETED;
        if (completed) {
            owner.vms.relocated(guest, to, reservation);
        } else {
            owner.load.release(to, reservation);
        }
        guest.setRelocating(false);
        long quiesce = 0;
        String guestOn = completed ? to.name() : guestLost ? "" : from.name();
        if (quiesceStart >= 0) {
            quiesce = now - quiesceStart;
            guest.setQuiesced(false);
            owner.trace.add(new QuiesceEnded(now, guest.userid(), guestOn, quiesce));
            if (SimTime.toSeconds(quiesce) > guest.snapshot().criticalitySeconds()) {
                owner.trace.add(new Violation(now, "QUIESCE", guest.userid(), String.format(java.util.Locale.ROOT,
                        "%s was stopped %.3f s during relocation, more than its criticality of %.1f s", guest.userid(),
                        SimTime.toSeconds(quiesce), guest.snapshot().criticalitySeconds())));
            }
        }
        owner.trace.add(new RelocationEnded(now, guest.userid(), from.name(), to.name(), code.code(), code.name(),
                now - issued, quiesce, passes.size(), pagesSoFar(), guestOn));
        owner.finished(this, new RelocationResult(guest.userid(), from.name(), to.name(), options, issued, now, code,
                List.of(), passes, quiesce, guestOn, message, maxTotalSeconds, maxQuiesceSeconds));
        if (options.synchronous()) {
            consoleFree.run();
        }
    }
}
