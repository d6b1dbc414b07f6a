package ssiplan.sim.bench;

import java.util.Locale;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;

/**
 * Throughput of the runtime: N guests on an 8-member cluster each relocated once to the next
 * member, ASYNCHRONOUS, eight commands every half second (so many share each link).
 * Run: {@code java -cp ... ssiplan.sim.bench.RelocationBench [--burst] [N ...]} (default 800 8000 80000);
 * {@code --burst} issues every command at time 0, so about N/8 relocations share each link direction.
 * Prints wall times and events per second; it is a benchmark, not a test.
 */
public final class RelocationBench {

    private static final int MEMBERS = 8;

    private RelocationBench() {
    }

    private static double spacing = 0.5;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--burst")) {
            spacing = 0;
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        int[] sizes = args.length == 0 ? new int[] {800, 8_000, 80_000} : parse(args);
        run(2_000, false); // warm the JIT
        System.out.println("relocations  build_ms   run_ms  json_ms     events   events/s  completed  sim_seconds");
        for (int n : sizes) {
            run(n, true);
        }
    }

    private static int[] parse(String[] args) {
        int[] out = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = Integer.parseInt(args[i]);
        }
        return out;
    }

    private static void run(int n, boolean print) {
        long t0 = System.nanoTime();
        InstallationSnapshot snap = SyntheticInstallation.generate(MEMBERS, n, 42);
        Simulation sim = Simulation.builder(snap).seed(42).build();
        RelocationOptions async = RelocationOptions.defaults().asynchronous();
        int i = 0;
        for (GuestSnapshot g : snap.guests()) {
            int home = i % MEMBERS;
            sim.at((i / MEMBERS) * spacing).relocate(g.userid(), SyntheticInstallation.name((home + 1) % MEMBERS), async);
            i++;
        }
        long t1 = System.nanoTime();
        SimulationResult r = sim.run();
        long t2 = System.nanoTime();
        int json = r.trace().toJson().length();
        long t3 = System.nanoTime();
        if (print) {
            long completed = r.relocations().stream().filter(x -> x.completed()).count();
            double runMs = (t2 - t1) / 1e6;
            System.out.println(String.format(Locale.ROOT, "%11d %9.0f %8.0f %8.0f %10d %10.0f %10d %12.1f", n, (t1 - t0) / 1e6,
                    runMs, (t3 - t2) / 1e6, r.events(), r.events() / (runMs / 1e3), completed, r.endTime() / 1e9)
                    + (json > 0 ? "" : " (empty trace?)"));
        }
    }
}
