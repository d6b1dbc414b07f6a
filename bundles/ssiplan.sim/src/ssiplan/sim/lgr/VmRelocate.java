package ssiplan.sim.lgr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import ssiplan.sim.cluster.Cluster;
import ssiplan.sim.cluster.ClusterListener;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.GuestListener;
import ssiplan.sim.cluster.Member;
import ssiplan.sim.cluster.MemberLoad;
import ssiplan.sim.cluster.VirtualMachines;
import ssiplan.sim.engine.Engine;
import ssiplan.sim.isfc.IsfcNetwork;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.EligibilityChecked;
import ssiplan.sim.trace.TraceEvent.Reason;
import ssiplan.sim.trace.TraceEvent.RelocationStatus;

/**
 * The VMRELOCATE command: TEST, MOVE, CANCEL, MODIFY and STATUS, and the relocations it has
 * running. It also ends them when their guest logs off (07) or a member or link goes (03).
 */
public final class VmRelocate implements ClusterListener, GuestListener {

    final Engine engine;
    final Trace trace;
    final Parameters params;
    final IsfcNetwork network;
    final MemberLoad load;
    final VirtualMachines vms;
    final Eligibility eligibility;
    final PreCopyPolicy policy;
    final long eligibilityNanos;
    final long stateNanos;
    final long deviceNanos;
    private final Cluster cluster;
    private final Map<Guest, Relocation> active = new LinkedHashMap<>();
    private final List<RelocationResult> results = new ArrayList<>();
    private final List<EligibilityResult> tests = new ArrayList<>();

    public VmRelocate(InstallationSnapshot snapshot, Parameters p, Engine engine, Trace trace, Cluster cluster,
            VirtualMachines vms, SplittableRandom random) {
        this.engine = engine;
        this.trace = trace;
        this.params = p;
        this.cluster = cluster;
        this.network = cluster.network();
        this.vms = vms;
        this.load = vms.load();
        this.eligibility = new Eligibility(snapshot, p, cluster, load);
        this.policy = new PreCopyPolicy(p, random);
        this.eligibilityNanos = p.nanos(SimParameters.ELIGIBILITY_SECONDS);
        this.stateNanos = p.nanos(SimParameters.STATE_TRANSFER_SECONDS);
        this.deviceNanos = p.nanos(SimParameters.DEVICE_TRANSFER_SECONDS);
    }

    /** Results of every MOVE, in the order they ended (refusals included). */
    public List<RelocationResult> results() {
        return Collections.unmodifiableList(results);
    }

    /** Results of every TEST, in order. */
    public List<EligibilityResult> tests() {
        return Collections.unmodifiableList(tests);
    }

    /** Relocations still running (e.g. when a run is cut off by its time limit). */
    public int inProgress() {
        return active.size();
    }

    /** VMRELOCATE TEST: the eligibility checks only. */
    public EligibilityResult test(String userid, String to, Set<Force> force) {
        Guest g = vms.guest(userid);
        Member dest = cluster.member(to);
        List<EligibilityProblem> problems = g == null || dest == null ? List.of(unknown(userid, to, g))
                : eligibility.check(g, dest, force, false);
        String from = g != null && g.member() != null ? g.member().name() : "";
        EligibilityResult r = new EligibilityResult(userid, from, to, engine.now(), problems);
        tests.add(r);
        trace.add(new EligibilityChecked(engine.now(), userid, from, to, true, reasons(problems)));
        return r;
    }

    private EligibilityProblem unknown(String userid, String to, Guest g) {
        return g == null ? new EligibilityProblem(Ineligibility.NOT_LOGGED_ON, "no user " + userid + " in the directory")
                : new EligibilityProblem(Ineligibility.DESTINATION_UNAVAILABLE, "no member named " + to);
    }

    /**
     * VMRELOCATE MOVE. {@code consoleFree} runs when the issuing console may go on: after the
     * first checks for ASYNCHRONOUS, when the relocation ends for SYNCHRONOUS.
     */
    public void move(String userid, String to, RelocationOptions options, Runnable consoleFree) {
        Guest g = vms.guest(userid);
        Member dest = cluster.member(to);
        List<EligibilityProblem> problems = g == null || dest == null ? List.of(unknown(userid, to, g))
                : eligibility.check(g, dest, options.force(), false);
        String from = g != null && g.member() != null ? g.member().name() : "";
        trace.add(new EligibilityChecked(engine.now(), userid, from, to, false, reasons(problems)));
        if (!problems.isEmpty()) {
            results.add(new RelocationResult(userid, from, to, options, engine.now(), engine.now(), null, problems,
                    List.of(), 0, from, problems.get(0).message(), options.effectiveMaxTotal(params),
                    options.effectiveMaxQuiesce(params)));
            consoleFree.run();
            return;
        }
        Relocation r = new Relocation(this, g, g.member(), dest, options, consoleFree);
        active.put(g, r);
        r.begin();
        if (!options.synchronous()) {
            consoleFree.run();
        }
    }

    /** VMRELOCATE CANCEL: the guest stays on (or resumes on) the source. */
    public Optional<String> cancel(String userid) {
        Relocation r = running(userid);
        if (r == null) {
            return Optional.of("no relocation in progress for " + userid);
        }
        r.end(EndingCode.CANCELLED, "VMRELOCATE CANCEL", false);
        return Optional.empty();
    }

    /** VMRELOCATE MODIFY: change MAXTOTAL and/or MAXQUIESCE (null = unchanged, infinity = NOLIMIT). */
    public Optional<String> modify(String userid, Double maxTotal, Double maxQuiesce) {
        Relocation r = running(userid);
        if (r == null) {
            return Optional.of("no relocation in progress for " + userid);
        }
        r.modify(maxTotal, maxQuiesce);
        return Optional.empty();
    }

    /** VMRELOCATE STATUS: writes where the relocation stands to the trace. */
    public Optional<String> status(String userid) {
        Relocation r = running(userid);
        if (r == null) {
            return Optional.of("no relocation in progress for " + userid);
        }
        trace.add(new RelocationStatus(engine.now(), userid, r.from.name(), r.to.name(), r.stage.name(), r.passes.size(),
                r.pagesSoFar(), r.elapsed()));
        return Optional.empty();
    }

    private Relocation running(String userid) {
        Guest g = vms.guest(userid);
        return g == null ? null : active.get(g);
    }

    void finished(Relocation r, RelocationResult result) {
        active.remove(r.guest);
        results.add(result);
    }

    private static List<Reason> reasons(List<EligibilityProblem> problems) {
        List<Reason> out = new ArrayList<>(problems.size());
        for (EligibilityProblem p : problems) {
            out.add(p.toTrace());
        }
        return out;
    }

    // ---- events from the cluster and the guests ------------------------------------------

    @Override
    public void memberLost(Member m, String why) {
        for (Relocation r : new ArrayList<>(active.values())) {
            if (r.from == m || r.to == m) {
                r.end(EndingCode.ISFC_LOST, why, r.from == m);
            }
        }
    }

    @Override
    public void guestStopping(Guest g, String why) {
        Relocation r = active.get(g);
        if (r != null) {
            r.end(EndingCode.GUEST_RESET, why, false);
        }
    }
}
