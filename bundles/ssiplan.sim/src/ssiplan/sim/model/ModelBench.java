package ssiplan.sim.model;

import java.util.Locale;
import ssiplan.model.Installation;
import ssiplan.model.examples.SyntheticInstallations;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.bench.RelocationBench;
import ssiplan.sim.snapshot.InstallationSnapshot;

/**
 * The whole path from a plan to an answer at scale: an EMF installation from
 * {@link SyntheticInstallations#generate} (8 members), converted by {@link ModelSnapshots}, every
 * logged-on relocatable guest relocated once to the next member as {@link RelocationBench} does.
 * Run: {@code java -cp ... ssiplan.sim.model.ModelBench [--reps R] [GUESTS ...]} (default 800 8000,
 * 3 repetitions after a warm-up). It lives here, not in {@code bench}, because it needs EMF.
 */
public final class ModelBench {

    private static final int MEMBERS = 8;

    private ModelBench() {
    }

    public static void main(String[] args) {
        int reps = 3;
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.Arrays.asList(args));
        int r = rest.indexOf("--reps");
        if (r >= 0) {
            reps = Integer.parseInt(rest.get(r + 1));
            rest.subList(r, r + 2).clear();
        }
        int[] sizes = rest.isEmpty() ? new int[] {800, 8_000} : rest.stream().mapToInt(Integer::parseInt).toArray();
        once(2_000, false);
        System.out.println("    guests  generate_ms  convert_ms   run_ms  relocations  completed     events");
        for (int n : sizes) {
            for (int i = 0; i < reps; i++) {
                once(n, true);
            }
        }
    }

    private static void once(int guests, boolean print) {
        long t0 = System.nanoTime();
        Installation installation = SyntheticInstallations.generate(MEMBERS, guests, 42);
        long t1 = System.nanoTime();
        InstallationSnapshot snapshot = ModelSnapshots.of(installation);
        long t2 = System.nanoTime();
        Simulation sim = Simulation.builder(snapshot).seed(42).build();
        int issued = RelocationBench.scheduleToNextMember(sim, snapshot, 0.5);
        long t3 = System.nanoTime();
        SimulationResult result = sim.run();
        long t4 = System.nanoTime();
        if (print) {
            long completed = result.relocations().stream().filter(x -> x.completed()).count();
            System.out.println(String.format(Locale.ROOT, "%10d %12.0f %11.0f %8.0f %12d %10d %10d", guests, (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, (t4 - t3) / 1e6, issued, completed, result.events()));
        }
    }
}
