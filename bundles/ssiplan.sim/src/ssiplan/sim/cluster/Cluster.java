package ssiplan.sim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import ssiplan.sim.engine.Engine;
import ssiplan.sim.isfc.IsfcLink;
import ssiplan.sim.isfc.IsfcNetwork;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.InitialMemberState;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.ClusterModeChanged;
import ssiplan.sim.trace.TraceEvent.HeartbeatMissed;
import ssiplan.sim.trace.TraceEvent.IplStarted;
import ssiplan.sim.trace.TraceEvent.MemberStateChanged;
import ssiplan.sim.trace.TraceEvent.ShutdownStarted;

/**
 * The SSI cluster: member states, the PDR, and the cluster mode that follows from them.
 * <p>
 * The runtime keeps one cluster-wide view of the states where real members each keep their own;
 * this is enough for planning because the views agree except for the moments it takes a message
 * to cross ISFC.
 */
public final class Cluster {

    private final Engine engine;
    private final Trace trace;
    private final IsfcNetwork network;
    private final List<Member> members = new ArrayList<>();
    private final Map<String, Member> byName = new HashMap<>();
    private final Pdr pdr;
    private final MembershipChanges changes = new MembershipChanges();
    private final List<ClusterListener> listeners = new ArrayList<>();
    private final long iplNanos;
    private final long joinNanos;
    private final long leaveNanos;
    private ToLongFunction<Member> guestShutdown = m -> 0;
    private ClusterMode mode = ClusterMode.STABLE;
    private String modeReason = "";
    private final DomainTable domains;

    public Cluster(InstallationSnapshot snapshot, Parameters p, Engine engine, Trace trace, IsfcNetwork network) {
        this.engine = engine;
        this.trace = trace;
        this.network = network;
        this.pdr = new Pdr(p.nanos(SimParameters.HEARTBEAT_INTERVAL), p.nanos(SimParameters.HEARTBEAT_TIMEOUT));
        this.iplNanos = p.nanos(SimParameters.IPL_SECONDS);
        this.joinNanos = p.nanos(SimParameters.JOIN_SECONDS);
        this.leaveNanos = p.nanos(SimParameters.LEAVE_SECONDS);
        List<MemberSnapshot> bySlot = new ArrayList<>(snapshot.members());
        bySlot.sort(Comparator.comparingInt(MemberSnapshot::slot));
        for (MemberSnapshot s : bySlot) {
            Member m = new Member(s);
            members.add(m);
            byName.put(s.name(), m);
        }
        network.bindMembers(name -> byName.get(name).running);
        this.domains = new DomainTable(snapshot, this);
    }

    /** The relocation domains and what their members have in common. */
    public DomainTable domains() {
        return domains;
    }

    public void addListener(ClusterListener l) {
        listeners.add(l);
    }

    /** How SHUTDOWN takes a member's guests down: returns the time until the last is logged off. */
    public void setGuestShutdown(ToLongFunction<Member> shutdown) {
        this.guestShutdown = shutdown;
    }

    /** Members in slot order. */
    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }

    public Member member(String name) {
        return byName.get(name);
    }

    public ClusterMode mode() {
        return mode;
    }

    /** Why the cluster is not STABLE, in words; empty when it is. */
    public String modeReason() {
        return modeReason;
    }

    public Pdr pdr() {
        return pdr;
    }

    public IsfcNetwork network() {
        return network;
    }

    /** Sets the initial states (members JOINED in the snapshot are up from time 0) and traces them. */
    public void start() {
        for (Member m : members) {
            if (m.snapshot().initialState() == InitialMemberState.JOINED) {
                m.running = true;
                m.state = MemberState.JOINED;
                pdr.write(m.name(), MemberState.JOINED);
                pdr.startHeartbeat(m.name(), engine.now());
            }
            trace.add(new MemberStateChanged(engine.now(), m.name(), "", m.state.name(), "initial state"));
        }
        network.bindMembers(name -> byName.get(name).running);
        ModeAndReason initial = computeMode();
        mode = initial.mode;
        modeReason = initial.reason;
        trace.add(new ClusterModeChanged(engine.now(), "", mode.label(), initial.reason.isEmpty() ? "initial state" : initial.reason));
    }

    // ---- operator actions ----------------------------------------------------------------

    /** IPL the member, optionally at a new service level; it then waits its turn to join. */
    public Optional<String> ipl(String name, ServiceLevel level) {
        Member m = byName.get(name);
        if (m == null) {
            return Optional.of("no member named " + name);
        }
        if (m.running) {
            return Optional.of(name + " is already running (" + m.state + ")");
        }
        if (level != null) {
            m.serviceLevel = level;
        }
        m.epoch++;
        m.running = true;
        trace.add(new IplStarted(engine.now(), name, m.serviceLevel.toString()));
        if (m.state != MemberState.DOWN) {
            // a member the others still hold SUSPENDED/UNKNOWN rewrites its own PDR entry
            setState(m, MemberState.DOWN, "IPL: " + name + " rewrites its PDR entry");
        }
        network.memberChanged(name, name + " IPLed");
        int epoch = m.epoch;
        engine.after(iplNanos, () -> {
            if (m.epoch == epoch) {
                changes.request(m, epoch, () -> join(m, epoch));
            }
        });
        updateMode();
        return Optional.empty();
    }

    private void join(Member m, int epoch) {
        setState(m, MemberState.JOINING, "IPL");
        pdr.startHeartbeat(m.name(), engine.now());
        updateMode();
        engine.after(joinNanos, () -> {
            if (m.epoch != epoch) {
                return;
            }
            String missing = missingLinkFrom(m);
            if (missing != null) {
                setState(m, MemberState.ISOLATED, "join failed: " + missing);
            } else {
                setState(m, MemberState.JOINED, "joined the cluster");
            }
            changes.release(m);
            updateMode();
        });
    }

    /** A joining member needs a working ISFC link to every active member (full mesh). */
    private String missingLinkFrom(Member m) {
        for (Member o : members) {
            if (o != m && o.running && o.state.active()) {
                IsfcLink l = network.link(m.name(), o.name());
                if (l == null) {
                    return "no ISFC link defined between " + m.name() + " and " + o.name();
                }
                if (!l.usable()) {
                    return "ISFC link " + l.id() + " is not active";
                }
            }
        }
        return null;
    }

    /** SHUTDOWN: guests are signalled, then the member leaves (one change at a time) and goes DOWN. */
    public Optional<String> shutdown(String name) {
        Member m = byName.get(name);
        if (m == null) {
            return Optional.of("no member named " + name);
        }
        if (!m.running || !(m.state == MemberState.JOINED || m.state == MemberState.ISOLATED)) {
            return Optional.of(name + " is " + m.state + (m.running ? "" : " and not running") + "; SHUTDOWN needs a joined or isolated member");
        }
        if (m.shuttingDown) {
            return Optional.of(name + " is already shutting down");
        }
        m.shuttingDown = true;
        trace.add(new ShutdownStarted(engine.now(), name));
        int epoch = m.epoch;
        long guestsDown = guestShutdown.applyAsLong(m);
        engine.after(guestsDown, () -> {
            if (m.epoch != epoch) {
                return;
            }
            if (m.state == MemberState.ISOLATED) {
                down(m, "shut down");
                return;
            }
            changes.request(m, epoch, () -> {
                setState(m, MemberState.LEAVING, "SHUTDOWN");
                updateMode();
                engine.after(leaveNanos, () -> {
                    if (m.epoch == epoch) {
                        down(m, "shut down");
                    }
                });
            });
        });
        return Optional.empty();
    }

    private void down(Member m, String why) {
        m.epoch++;
        m.running = false;
        m.shuttingDown = false;
        pdr.write(m.name(), MemberState.DOWN);
        pdr.stopHeartbeat(m.name(), engine.now());
        setState(m, MemberState.DOWN, why);
        changes.release(m);
        lost(m, m.name() + " " + why);
    }

    /** CP abends: the member marks itself DOWN in the PDR, so the others need no operator action. */
    public Optional<String> abend(String name) {
        Member m = byName.get(name);
        if (m == null) {
            return Optional.of("no member named " + name);
        }
        if (!m.running) {
            return Optional.of(name + " is not running");
        }
        down(m, "abended (marked itself DOWN in the PDR)");
        return Optional.empty();
    }

    /**
     * Sudden stop (LPAR deactivated, power lost): nothing is written to the PDR. The others lose
     * ISFC contact at once (SUSPENDED, SAFE mode) and see the heartbeat go overdue later (UNKNOWN).
     */
    public Optional<String> stop(String name) {
        Member m = byName.get(name);
        if (m == null) {
            return Optional.of("no member named " + name);
        }
        if (!m.running) {
            return Optional.of(name + " is not running");
        }
        m.epoch++;
        m.running = false;
        m.shuttingDown = false;
        pdr.stopHeartbeat(m.name(), engine.now());
        changes.release(m);
        boolean inCluster = m.state.active() || m.state == MemberState.ISOLATED;
        if (inCluster) {
            setState(m, MemberState.SUSPENDED, "stopped: ISFC contact lost, PDR still shows it " + pdr.recorded(m.name()));
            int epoch = m.epoch;
            long overdue = Math.max(engine.now(), pdr.overdueAt(m.name(), engine.now()));
            engine.at(overdue, () -> {
                if (m.epoch == epoch && m.state == MemberState.SUSPENDED) {
                    trace.add(new HeartbeatMissed(engine.now(), m.name(), pdr.lastHeartbeat(m.name(), engine.now())));
                    setState(m, MemberState.UNKNOWN, "PDR heartbeat overdue");
                    updateMode();
                }
            });
        }
        lost(m, name + " stopped");
        return Optional.empty();
    }

    /** The operator confirms a member that stopped without telling anyone is down. */
    public Optional<String> declareDown(String name) {
        Member m = byName.get(name);
        if (m == null) {
            return Optional.of("no member named " + name);
        }
        if (!(m.state == MemberState.SUSPENDED || m.state == MemberState.UNKNOWN)) {
            return Optional.of(name + " is " + m.state + "; only a SUSPENDED or UNKNOWN member can be declared down");
        }
        if (m.running || !pdr.overdue(m.name(), engine.now())) {
            return Optional.of(name + "'s PDR heartbeat is still current; a member that may be running cannot be declared down");
        }
        pdr.write(m.name(), MemberState.DOWN);
        setState(m, MemberState.DOWN, "declared down by the operator");
        updateMode();
        return Optional.empty();
    }

    /**
     * The CEC under a down member is replaced: from its next IPL it offers the new machine's
     * facilities. Guests already logged on elsewhere keep the architecture they were fenced to.
     */
    public Optional<String> replaceMachine(String name, String machine, java.util.Collection<String> facilities) {
        Member m = byName.get(name);
        if (m == null) {
            return Optional.of("no member named " + name);
        }
        if (m.running || m.state != MemberState.DOWN) {
            return Optional.of(name + " is " + m.state + (m.running ? " and running" : "")
                    + "; its CEC can be replaced only while it is down");
        }
        MemberSnapshot s = m.snapshot();
        m.replaceSnapshot(new MemberSnapshot(s.name(), s.slot(), machine, new java.util.TreeSet<>(facilities), s.realBytes(),
                s.pagingBytes(), s.processors(), s.serviceLevel(), s.initialState(), s.eqids(), s.volumes(),
                s.savedSegments(), s.cryptoTypes()));
        trace.add(new ssiplan.sim.trace.TraceEvent.MachineReplaced(engine.now(), name, machine,
                java.util.List.copyOf(new java.util.TreeSet<>(facilities))));
        return Optional.empty();
    }

    public Optional<String> linkDown(String a, String b, String why) {
        IsfcLink l = network.link(a, b);
        if (l == null) {
            return Optional.of("no ISFC link between " + a + " and " + b);
        }
        network.setActive(l, false, why);
        updateMode();
        return Optional.empty();
    }

    public Optional<String> linkUp(String a, String b) {
        IsfcLink l = network.link(a, b);
        if (l == null) {
            return Optional.of("no ISFC link between " + a + " and " + b);
        }
        network.setActive(l, true, "link activated");
        updateMode();
        return Optional.empty();
    }

    // ---- state and mode -----------------------------------------------------------------

    private void lost(Member m, String why) {
        for (ClusterListener l : listeners) {
            l.memberLost(m, why);
        }
        network.memberChanged(m.name(), why);
        updateMode();
    }

    private void setState(Member m, MemberState to, String why) {
        MemberState from = m.state;
        m.state = to;
        if (to != MemberState.SUSPENDED && to != MemberState.UNKNOWN) {
            pdr.write(m.name(), to); // SUSPENDED/UNKNOWN are the others' view; the PDR keeps what it had
        }
        trace.add(new MemberStateChanged(engine.now(), m.name(), from.name(), to.name(), why));
    }

    private record ModeAndReason(ClusterMode mode, String reason) { }

    private ModeAndReason computeMode() {
        for (Member m : members) {
            if (m.state == MemberState.ISOLATED || m.state == MemberState.SUSPENDED || m.state == MemberState.UNKNOWN) {
                return new ModeAndReason(ClusterMode.SAFE, m.name() + " is " + m.state);
            }
        }
        // a JOINING member's missing links fail its join (ISOLATED) instead; only members already in count here
        for (int i = 0; i < members.size(); i++) {
            Member a = members.get(i);
            if (!inCluster(a)) {
                continue;
            }
            for (int j = i + 1; j < members.size(); j++) {
                Member b = members.get(j);
                if (inCluster(b)) {
                    IsfcLink l = network.link(a.name(), b.name());
                    if (l == null || !l.usable()) {
                        return new ModeAndReason(ClusterMode.SAFE, "no ISFC connection between " + a.name() + " and " + b.name());
                    }
                }
            }
        }
        for (Member m : members) {
            if (m.state == MemberState.JOINING || m.state == MemberState.LEAVING) {
                return new ModeAndReason(ClusterMode.IN_FLUX, m.name() + " is " + m.state);
            }
        }
        return new ModeAndReason(ClusterMode.STABLE, "");
    }

    private static boolean inCluster(Member m) {
        return m.running && (m.state == MemberState.JOINED || m.state == MemberState.LEAVING);
    }

    private void updateMode() {
        ModeAndReason next = computeMode();
        modeReason = next.reason;
        if (next.mode == mode) {
            return;
        }
        ClusterMode from = mode;
        mode = next.mode;
        trace.add(new ClusterModeChanged(engine.now(), from.label(), mode.label(),
                next.reason.isEmpty() ? "all members joined, ISFC complete" : next.reason));
        for (ClusterListener l : listeners) {
            l.modeChanged(mode);
        }
    }
}
