package ssiplan.sim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import ssiplan.sim.engine.Engine;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.GuestDown;
import ssiplan.sim.trace.TraceEvent.GuestUp;
import ssiplan.sim.trace.TraceEvent.LogonHeld;
import ssiplan.sim.trace.TraceEvent.Violation;

/**
 * The guests: logon (with the cluster-mode rules and architecture fencing), logoff, crashes with
 * their member, static moves (shut down here, log on there), and the outage each one suffers.
 * <p>
 * An IDENTITY (multiconfiguration) user is modelled as one instance; the runtime does not run it
 * on several members at once.
 */
public final class VirtualMachines implements ClusterListener {

    private final InstallationSnapshot snapshot;
    private final Engine engine;
    private final Trace trace;
    private final Cluster cluster;
    private final MemberLoad load;
    private final long bootNanos;
    private final long shutdownNanos;
    private final List<Guest> guests = new ArrayList<>();
    private final Map<String, Guest> byUserid = new HashMap<>();
    private final List<GuestListener> listeners = new ArrayList<>();
    private final List<HeldLogon> held = new ArrayList<>();
    private final Map<Guest, Consumer<Guest>> whenDown = new HashMap<>();
    private final Map<Guest, Consumer<Optional<String>>> whenUp = new HashMap<>();
    private final List<StaticMoveResult> staticMoves = new ArrayList<>();
    private final Map<String, Long> downtime = new HashMap<>();

    private record HeldLogon(Guest guest, Member member, String reason) { }

    public VirtualMachines(InstallationSnapshot snapshot, Parameters p, Engine engine, Trace trace, Cluster cluster,
            MemberLoad load) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.trace = trace;
        this.cluster = cluster;
        this.load = load;
        this.bootNanos = p.nanos(SimParameters.GUEST_BOOT_SECONDS);
        this.shutdownNanos = p.nanos(SimParameters.GUEST_SHUTDOWN_SECONDS);
        for (GuestSnapshot s : snapshot.guests()) {
            Guest g = new Guest(s);
            guests.add(g);
            byUserid.put(s.userid(), g);
        }
        cluster.setGuestShutdown(this::shutdownAll);
    }

    public void addListener(GuestListener l) {
        listeners.add(l);
    }

    public Guest guest(String userid) {
        return byUserid.get(userid);
    }

    /** Guests in snapshot order. */
    public List<Guest> guests() {
        return Collections.unmodifiableList(guests);
    }

    public MemberLoad load() {
        return load;
    }

    public List<StaticMoveResult> staticMoves() {
        return Collections.unmodifiableList(staticMoves);
    }

    /** Nanoseconds each guest was out of service (outages that ended), by userid. */
    public Map<String, Long> downtime() {
        return Collections.unmodifiableMap(downtime);
    }

    /** Guests logged on at the start run from time 0; a home member that is down leaves them logged off. */
    public void start() {
        for (Member m : cluster.members()) {
            load.sample(m);
        }
        for (Guest g : guests) {
            String home = g.snapshot().homeMember();
            if (home == null) {
                continue;
            }
            Member m = cluster.member(home);
            if (!m.available()) {
                trace.add(new Violation(engine.now(), "GUEST_HOME_DOWN", g.userid(),
                        g.userid() + " is logged on to " + home + " in the model, but " + home + " is " + m.state()));
                continue;
            }
            place(g, m);
            g.state = GuestState.RUNNING;
            trace.add(new GuestUp(engine.now(), g.userid(), m.name(), "initial state"));
        }
    }

    // ---- logon ---------------------------------------------------------------------------

    /** LOGON (XAUTOLOG) the guest on {@code member}; its OS is in service after the boot time. */
    public Optional<String> logon(String userid, String memberName) {
        return logon(userid, memberName, "logon");
    }

    private Optional<String> logon(String userid, String memberName, String reason) {
        Guest g = byUserid.get(userid);
        if (g == null) {
            return Optional.of("no user " + userid + " in the directory");
        }
        Member m = cluster.member(memberName);
        if (m == null) {
            return Optional.of("no member named " + memberName);
        }
        if (g.state.loggedOn()) {
            return Optional.of(userid + " is already logged on at " + g.member.name());
        }
        for (HeldLogon h : held) {
            if (h.guest() == g) {
                return Optional.of(userid + " already has a logon waiting on " + h.member().name());
            }
        }
        if (!m.available() || m.shuttingDown) {
            return Optional.of(memberName + " is " + m.state() + (m.shuttingDown ? " and shutting down" : "")
                    + "; guests log on only to a joined member");
        }
        if (!g.snapshot().multiConfiguration()) {
            if (cluster.mode() == ClusterMode.SAFE) {
                return Optional.of("cluster is in SAFE mode (" + cluster.modeReason()
                        + "): logon of single-configuration users is refused");
            }
            if (cluster.mode() == ClusterMode.IN_FLUX) {
                held.add(new HeldLogon(g, m, reason));
                trace.add(new LogonHeld(engine.now(), userid, memberName, "cluster is IN-FLUX (" + cluster.modeReason() + ")"));
                return Optional.empty();
            }
        }
        boot(g, m, reason);
        return Optional.empty();
    }

    private void boot(Guest g, Member m, String reason) {
        place(g, m);
        g.state = GuestState.BOOTING;
        int life = ++g.lifecycle;
        engine.after(bootNanos, () -> {
            if (g.lifecycle != life) {
                return;
            }
            g.state = GuestState.RUNNING;
            trace.add(new GuestUp(engine.now(), g.userid(), m.name(), reason));
            endOutage(g);
            Consumer<Optional<String>> up = whenUp.remove(g);
            if (up != null) {
                up.accept(Optional.empty());
            }
        });
    }

    /** Logs the guest on to {@code m} in CP's sense: storage, load, and its fenced architecture. */
    private void place(Guest g, Member m) {
        g.member = m;
        fence(g);
        load.arrive(g, m);
    }

    /** Architecture fencing at logon: the facilities and CP level every member of its domain offers. */
    private void fence(Guest g) {
        String domain = g.snapshot().domain();
        ServiceLevel lowest = null;
        for (Member d : cluster.domains().members(domain)) {
            if (lowest == null || d.serviceLevel().compareTo(lowest) < 0) {
                lowest = d.serviceLevel();
            }
        }
        g.facilities = cluster.domains().commonFacilities(domain);
        g.fenceLevel = lowest;
    }

    private void endOutage(Guest g) {
        if (g.outageSince < 0) {
            return;
        }
        long outage = engine.now() - g.outageSince;
        g.outageSince = -1;
        downtime.merge(g.userid(), outage, Long::sum);
        double limit = g.snapshot().criticalitySeconds();
        if (SimTime.toSeconds(outage) > limit) {
            trace.add(new Violation(engine.now(), "OUTAGE", g.userid(), String.format(java.util.Locale.ROOT,
                    "%s was out of service %.1f s, more than its criticality of %.1f s", g.userid(),
                    SimTime.toSeconds(outage), limit)));
        }
    }

    // ---- logoff --------------------------------------------------------------------------

    /** LOGOFF after an orderly shutdown (SIGNAL SHUTDOWN); a relocation in progress ends with code 07. */
    public Optional<String> logoff(String userid) {
        Guest g = byUserid.get(userid);
        if (g == null) {
            return Optional.of("no user " + userid + " in the directory");
        }
        if (!g.state.loggedOn()) {
            return Optional.of(userid + " is not logged on");
        }
        if (g.state == GuestState.SHUTTING_DOWN) {
            return Optional.of(userid + " is already shutting down");
        }
        beginShutdown(g, "logoff");
        return Optional.empty();
    }

    private void beginShutdown(Guest g, String why) {
        for (GuestListener l : listeners) {
            l.guestStopping(g, why);
        }
        g.state = GuestState.SHUTTING_DOWN;
        if (g.outageSince < 0) {
            g.outageSince = engine.now();
        }
        int life = ++g.lifecycle;
        engine.after(shutdownNanos, () -> {
            if (g.lifecycle == life) {
                takeOff(g, why);
            }
        });
    }

    private void takeOff(Guest g, String why) {
        Member m = g.member;
        load.depart(g, m);
        g.member = null;
        g.state = GuestState.LOGGED_OFF;
        g.lifecycle++;
        trace.add(new GuestDown(engine.now(), g.userid(), m.name(), why));
        Consumer<Guest> next = whenDown.remove(g);
        if (next != null) {
            next.accept(g);
        }
    }

    /** SHUTDOWN of a member signals all its guests; returns the time until the last is down. */
    private long shutdownAll(Member m) {
        boolean any = false;
        for (Guest g : guests) {
            if (g.member == m && (g.state == GuestState.RUNNING || g.state == GuestState.BOOTING)) {
                beginShutdown(g, "SHUTDOWN of " + m.name());
                any = true;
            } else if (g.member == m && g.state == GuestState.SHUTTING_DOWN) {
                any = true;
            }
        }
        held.removeIf(h -> h.member() == m);
        return any ? shutdownNanos : 0;
    }

    // ---- static mobility -----------------------------------------------------------------

    /** Shut the guest down where it runs and log it on at {@code to}: the move for non-relocatable guests. */
    public Optional<String> moveStatic(String userid, String to) {
        Guest g = byUserid.get(userid);
        if (g == null) {
            return Optional.of("no user " + userid + " in the directory");
        }
        if (cluster.member(to) == null) {
            return Optional.of("no member named " + to);
        }
        if (g.state != GuestState.RUNNING) {
            return Optional.of(userid + " is " + g.state + "; a static move starts from a running guest");
        }
        if (g.member.name().equals(to)) {
            return Optional.of(userid + " already runs on " + to);
        }
        if (g.relocating) {
            return Optional.of(userid + " is being relocated");
        }
        String from = g.member.name();
        long issued = engine.now();
        long down = engine.now();
        whenDown.put(g, x -> {
            Optional<String> refused = logon(userid, to, "static move from " + from);
            if (refused.isPresent()) {
                staticMoves.add(new StaticMoveResult(userid, from, to, issued, down, -1, false,
                        "logon at " + to + " refused: " + refused.get()));
                return;
            }
            whenUp.put(g, failure -> staticMoves.add(new StaticMoveResult(userid, from, to, issued, down,
                    failure.isEmpty() ? engine.now() : -1, failure.isEmpty(), failure.orElse(""))));
        });
        beginShutdown(g, "static move to " + to);
        return Optional.empty();
    }

    // ---- relocation hand-over --------------------------------------------------------------

    /** A relocation completed: the guest now lives on {@code to}, in the storage reserved for it there. */
    public void relocated(Guest g, Member to, long reserved) {
        load.depart(g, g.member);
        g.member = to;
        load.arrive(g, to, reserved);
    }

    // ---- cluster events ------------------------------------------------------------------

    @Override
    public void memberLost(Member m, String why) {
        for (Guest g : guests) {
            if (g.member == m) {
                if (g.outageSince < 0) {
                    g.outageSince = engine.now();
                }
                Consumer<Optional<String>> up = whenUp.remove(g);
                // a static move that was shutting the guest down goes on: it is down now, log it on there
                takeOff(g, why);
                if (up != null) {
                    up.accept(Optional.of(why + " before the guest was up"));
                }
            }
        }
        for (Iterator<HeldLogon> it = held.iterator(); it.hasNext();) {
            HeldLogon h = it.next();
            if (h.member() == m) {
                it.remove();
                Consumer<Optional<String>> up = whenUp.remove(h.guest());
                if (up != null) {
                    up.accept(Optional.of("held logon dropped: " + why));
                }
            }
        }
    }

    @Override
    public void modeChanged(ClusterMode mode) {
        if (mode == ClusterMode.IN_FLUX) {
            return;
        }
        List<HeldLogon> waiting = new ArrayList<>(held);
        held.clear();
        for (Iterator<HeldLogon> it = waiting.iterator(); it.hasNext();) {
            HeldLogon h = it.next();
            if (mode == ClusterMode.STABLE && h.member().available() && !h.member().shuttingDown) {
                boot(h.guest(), h.member(), h.reason());
            } else {
                trace.add(new ssiplan.sim.trace.TraceEvent.CommandRejected(engine.now(), "", "LOGON " + h.guest().userid()
                        + " AT " + h.member().name(), "cluster went " + mode.label() + " while the logon was held"));
                Consumer<Optional<String>> up = whenUp.remove(h.guest());
                if (up != null) {
                    up.accept(Optional.of("held logon refused: cluster is " + mode.label()));
                }
            }
        }
    }
}
