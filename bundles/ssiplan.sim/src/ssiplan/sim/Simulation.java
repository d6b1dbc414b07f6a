package ssiplan.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import ssiplan.sim.cluster.Cluster;
import ssiplan.sim.cluster.Guest;
import ssiplan.sim.cluster.MemberLoad;
import ssiplan.sim.cluster.VirtualMachines;
import ssiplan.sim.command.OperatorCommand;
import ssiplan.sim.command.ScheduledCommand;
import ssiplan.sim.engine.Engine;
import ssiplan.sim.engine.RunStatus;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.isfc.IsfcNetwork;
import ssiplan.sim.lgr.Force;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.lgr.VmRelocate;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.CommandIssued;
import ssiplan.sim.trace.TraceEvent.CommandRejected;
import ssiplan.sim.trace.TraceEvent.RunEnded;

/**
 * The entry point of the runtime: build one from a snapshot (and parameters and a seed), schedule
 * operator commands, run it once, read the {@link SimulationResult}.
 *
 * <pre>{@code
 * Simulation sim = Simulation.builder(snapshot).parameter("lgr.maxPasses", 12).seed(7).build();
 * sim.at(0).relocate("LINUX01", "SYSB", RelocationOptions.defaults().asynchronous());
 * sim.at(30).shutdown("SYSA");
 * SimulationResult r = sim.run();
 * r.relocation("LINUX01").quiesceSeconds();
 * String json = r.trace().toJson();
 * }</pre>
 * Nothing here uses threads or wall-clock time: the same snapshot, parameters, seed and commands
 * give the same trace, byte for byte.
 */
public final class Simulation {

    private final InstallationSnapshot snapshot;
    private final Parameters params;
    private final Engine engine = new Engine();
    private final Trace trace;
    private final Cluster cluster;
    private final VirtualMachines vms;
    private final VmRelocate vmRelocate;
    private final List<ScheduledCommand> schedule = new ArrayList<>();
    private final Map<String, Console> consoles = new HashMap<>();
    private boolean ran;
    private Driver driver;

    private Simulation(InstallationSnapshot snapshot, Parameters params, long seed) {
        this.snapshot = snapshot;
        this.params = params;
        this.trace = new Trace(snapshot.ssiName(), seed, params.asMap());
        IsfcNetwork network = new IsfcNetwork(snapshot.links(), params, engine, trace);
        this.cluster = new Cluster(snapshot, params, engine, trace, network);
        MemberLoad load = new MemberLoad(engine, trace, params);
        this.vms = new VirtualMachines(snapshot, params, engine, trace, cluster, load);
        this.vmRelocate = new VmRelocate(snapshot, params, engine, trace, cluster, vms, new SplittableRandom(seed));
        // relocations end before their guests are taken down, so they can tell where the guest was
        cluster.addListener(vmRelocate);
        cluster.addListener(vms);
        vms.addListener(vmRelocate);
    }

    public static Builder builder(InstallationSnapshot snapshot) {
        return new Builder(snapshot);
    }

    /** A simulation with the snapshot's own parameter overrides and seed 0. */
    public static Simulation of(InstallationSnapshot snapshot) {
        return builder(snapshot).build();
    }

    public Parameters parameters() {
        return params;
    }

    /** Live view of the cluster, for tests and for stepping UIs; do not change it. */
    public Cluster cluster() {
        return cluster;
    }

    public VirtualMachines virtualMachines() {
        return vms;
    }

    // ---- scheduling ---------------------------------------------------------------------

    public Simulation schedule(ScheduledCommand c) {
        if (ran) {
            throw new IllegalStateException("the simulation has already run");
        }
        schedule.add(c);
        return this;
    }

    /** Commands entered at {@code seconds} on the OPERATOR console. */
    public At at(double seconds) {
        return at(seconds, ScheduledCommand.OPERATOR);
    }

    /** Commands entered at {@code seconds} on the named console. */
    public At at(double seconds, String console) {
        return new At(SimTime.ofSeconds(seconds), console);
    }

    /** Fluent command entry at one time on one console, in the order given. */
    public final class At {
        private final long time;
        private final String console;

        private At(long time, String console) {
            this.time = time;
            this.console = console;
        }

        public At command(OperatorCommand c) {
            schedule(new ScheduledCommand(time, console, c));
            return this;
        }

        public At relocate(String guest, String to) {
            return command(new OperatorCommand.Relocate(guest, to, RelocationOptions.DEFAULTS));
        }

        public At relocate(String guest, String to, RelocationOptions options) {
            return command(new OperatorCommand.Relocate(guest, to, options));
        }

        public At test(String guest, String to, Force... force) {
            return command(new OperatorCommand.RelocateTest(guest, to, Set.of(force)));
        }

        public At cancelRelocation(String guest) {
            return command(new OperatorCommand.RelocateCancel(guest));
        }

        public At modifyRelocation(String guest, Double maxTotal, Double maxQuiesce) {
            return command(new OperatorCommand.RelocateModify(guest, maxTotal, maxQuiesce));
        }

        public At status(String guest) {
            return command(new OperatorCommand.RelocateStatus(guest));
        }

        public At logon(String guest, String member) {
            return command(new OperatorCommand.Logon(guest, member));
        }

        public At logoff(String guest) {
            return command(new OperatorCommand.Logoff(guest));
        }

        public At moveStatic(String guest, String to) {
            return command(new OperatorCommand.StaticMove(guest, to));
        }

        public At shutdown(String member) {
            return command(new OperatorCommand.Shutdown(member));
        }

        public At ipl(String member) {
            return command(new OperatorCommand.Ipl(member, null));
        }

        public At ipl(String member, String serviceLevel) {
            return command(new OperatorCommand.Ipl(member, ServiceLevel.parse(serviceLevel)));
        }

        public At abend(String member) {
            return command(new OperatorCommand.Abend(member));
        }

        public At stop(String member) {
            return command(new OperatorCommand.Stop(member));
        }

        public At declareDown(String member) {
            return command(new OperatorCommand.DeclareDown(member));
        }

        public At linkDown(String a, String b) {
            return command(new OperatorCommand.LinkDown(a, b));
        }

        public At linkUp(String a, String b) {
            return command(new OperatorCommand.LinkUp(a, b));
        }
    }

    // ---- drivers ------------------------------------------------------------------------

    /**
     * Decides commands while the run unfolds (a scenario runner): unlike commands scheduled up
     * front, it can wait for a member to join or a relocation to end before the next step.
     */
    public interface Driver {

        /** Called once at time 0, after the initial states are set. */
        void start(Live live);

        /**
         * Every trace event, as it is added. The runtime may be mid-change: look and act through
         * {@link Live#soon(Runnable)} when the decision depends on state.
         */
        void observe(ssiplan.sim.trace.TraceEvent e, Live live);
    }

    /** What a driver may do during the run: read the live cluster and enter commands now or later. */
    public final class Live {

        private Live() {
        }

        public long now() {
            return engine.now();
        }

        public Cluster cluster() {
            return cluster;
        }

        public InstallationSnapshot snapshot() {
            return snapshot;
        }

        public VirtualMachines virtualMachines() {
            return vms;
        }

        public Parameters parameters() {
            return params;
        }

        public Trace trace() {
            return trace;
        }

        /** Enters {@code c} on {@code console} now (it runs after the event being handled). */
        public void command(String console, OperatorCommand c) {
            ScheduledCommand sc = new ScheduledCommand(engine.now(), console, c);
            engine.at(engine.now(), () -> arrive(sc));
        }

        public void command(OperatorCommand c) {
            command(ScheduledCommand.OPERATOR, c);
        }

        /** Runs {@code r} at the same simulated time, once the current event is over. */
        public void soon(Runnable r) {
            engine.after(0, r);
        }

        public void after(double seconds, Runnable r) {
            engine.after(SimTime.ofSeconds(seconds), r);
        }
    }

    /** Sets the driver (one per run). */
    public Simulation driver(Driver d) {
        if (ran) {
            throw new IllegalStateException("the simulation has already run");
        }
        this.driver = d;
        return this;
    }

    // ---- running ------------------------------------------------------------------------

    public SimulationResult run() {
        return run(RunControl.UNLIMITED);
    }

    /** Runs once, to completion, the time limit or cancellation, and always ends the trace cleanly. */
    public SimulationResult run(RunControl control) {
        if (ran) {
            throw new IllegalStateException("a simulation runs once; build a new one to run again");
        }
        ran = true;
        Live live = new Live();
        if (driver != null) {
            Driver d = driver;
            trace.setListener(e -> d.observe(e, live));
        }
        cluster.start();
        vms.start();
        for (ScheduledCommand c : schedule) {
            engine.at(c.time(), () -> arrive(c));
        }
        if (driver != null) {
            engine.at(0, () -> driver.start(live));
        }
        RunStatus status = engine.run(control.limitNanos(), control.cancel(), control.progress());
        control.progress().progress(engine.now(), control.limitNanos(), engine.eventsExecuted());
        trace.setListener(null);
        trace.add(new RunEnded(engine.now(), status.name(), engine.eventsExecuted()));
        TreeMap<String, String> placement = new TreeMap<>();
        for (Guest g : vms.guests()) {
            if (g.member() != null) {
                placement.put(g.userid(), g.member().name());
            }
        }
        return new SimulationResult(status, engine.now(), engine.eventsExecuted(), trace, vmRelocate.results(),
                vmRelocate.tests(), vms.staticMoves(), placement, new TreeMap<>(vms.downtime()), vmRelocate.inProgress());
    }

    private void arrive(ScheduledCommand c) {
        Console con = consoles.computeIfAbsent(c.console(), k -> new Console());
        con.offer(c);
        pump(con);
    }

    /** Runs the console's commands until it is empty or busy with a synchronous one (a loop, not recursion). */
    private void pump(Console con) {
        if (con.pumping) {
            return;
        }
        con.pumping = true;
        try {
            ScheduledCommand c;
            while ((c = con.take()) != null) {
                execute(c, () -> {
                    con.free();
                    pump(con);
                });
            }
        } finally {
            con.pumping = false;
        }
    }

    private void execute(ScheduledCommand sc, Runnable done) {
        OperatorCommand cmd = sc.command();
        trace.add(new CommandIssued(engine.now(), sc.console(), cmd.text()));
        Optional<String> refused = switch (cmd) {
            case OperatorCommand.Relocate r -> {
                vmRelocate.move(r.guest(), r.to(), r.options(), done);
                yield null;
            }
            case OperatorCommand.RelocateTest t -> {
                vmRelocate.test(t.guest(), t.to(), t.force());
                yield Optional.empty();
            }
            case OperatorCommand.RelocateCancel c -> vmRelocate.cancel(c.guest());
            case OperatorCommand.RelocateModify m -> vmRelocate.modify(m.guest(), m.maxTotalSeconds(), m.maxQuiesceSeconds());
            case OperatorCommand.RelocateStatus s -> vmRelocate.status(s.guest());
            case OperatorCommand.Logon l -> vms.logon(l.guest(), l.member());
            case OperatorCommand.Logoff l -> vms.logoff(l.guest());
            case OperatorCommand.StaticMove m -> vms.moveStatic(m.guest(), m.to());
            case OperatorCommand.Shutdown s -> cluster.shutdown(s.member());
            case OperatorCommand.Ipl i -> cluster.ipl(i.member(), i.serviceLevel());
            case OperatorCommand.Abend a -> cluster.abend(a.member());
            case OperatorCommand.Stop s -> cluster.stop(s.member());
            case OperatorCommand.DeclareDown d -> cluster.declareDown(d.member());
            case OperatorCommand.LinkDown l -> cluster.linkDown(l.a(), l.b(), "ISFC link lost");
            case OperatorCommand.LinkUp l -> cluster.linkUp(l.a(), l.b());
            case OperatorCommand.ReplaceMachine r -> cluster.replaceMachine(r.member(), r.machine(), r.facilities());
        };
        if (refused == null) {
            return; // MOVE frees the console itself
        }
        refused.ifPresent(why -> trace.add(new CommandRejected(engine.now(), sc.console(), cmd.text(), why)));
        done.run();
    }

    /** Collects the snapshot, parameter overrides and seed. */
    public static final class Builder {
        private final InstallationSnapshot snapshot;
        private final Map<String, Double> overrides = new TreeMap<>();
        private long seed;

        private Builder(InstallationSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        public Builder parameter(String name, double value) {
            overrides.put(name, value);
            return this;
        }

        public Builder parameters(Map<String, ? extends Number> values) {
            values.forEach((k, v) -> overrides.put(k, v.doubleValue()));
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Parameters: catalogue defaults, then the snapshot's overrides, then these. */
        public Simulation build() {
            Parameters p = Parameters.of(snapshot.parameterOverrides()).with(overrides);
            return new Simulation(snapshot, p, seed);
        }
    }
}
