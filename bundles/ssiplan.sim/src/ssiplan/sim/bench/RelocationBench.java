package ssiplan.sim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;

/**
 * Throughput of the runtime: N guests on an 8-member cluster each relocated once to the next
 * member, ASYNCHRONOUS, eight commands every half second (so many share each link).
 * Run: {@code java -cp ... ssiplan.sim.bench.RelocationBench [--burst] [--reps R] [N ...]}
 * (default 800 8000 80000, 5 repetitions each after two warm-up runs of 8000);
 * {@code --burst} issues every command at time 0, so about N/8 relocations share each link direction.
 * Prints each repetition's wall times and events per second, then per size the median and best
 * run time and how the median grows from the previous size; it is a benchmark, not a test.
 */
public final class RelocationBench {

    private static final int MEMBERS = 8;
    private static final int WARMUP_SIZE = 8_000;
    private static final int WARMUP_RUNS = 2;

    private RelocationBench() {
    }

    /** One repetition: wall times in ms and what the run did. */
    record Sample(int relocations, double buildMs, double runMs, double jsonMs, long events, long completed, double simSeconds) {
        double eventsPerSecond() {
            return events / (runMs / 1e3);
        }
    }

    public static void main(String[] args) {
        double spacing = 0.5;
        int reps = 5;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.remove("--burst")) {
            spacing = 0;
        }
        int r = rest.indexOf("--reps");
        if (r >= 0) {
            reps = Integer.parseInt(rest.get(r + 1));
            rest.subList(r, r + 2).clear();
        }
        int[] sizes = rest.isEmpty() ? new int[] {800, 8_000, 80_000} : rest.stream().mapToInt(Integer::parseInt).toArray();
        for (int i = 0; i < WARMUP_RUNS; i++) {
            run(WARMUP_SIZE, spacing); // let the JIT compile the hot paths first
        }
        System.out.println("relocations  build_ms   run_ms  json_ms     events   events/s  completed  sim_seconds");
        List<String> summary = new ArrayList<>();
        double previous = -1;
        int previousSize = 0;
        for (int n : sizes) {
            double[] runs = new double[reps];
            Sample last = null;
            for (int i = 0; i < reps; i++) {
                last = run(n, spacing);
                runs[i] = last.runMs();
                System.out.println(String.format(Locale.ROOT, "%11d %9.0f %8.0f %8.0f %10d %10.0f %10d %12.1f", n, last.buildMs(),
                        last.runMs(), last.jsonMs(), last.events(), last.eventsPerSecond(), last.completed(), last.simSeconds()));
            }
            Arrays.sort(runs);
            double median = runs[reps / 2];
            String growth = previous < 0 ? "" : String.format(Locale.ROOT, "  x%.1f for x%.1f relocations", median / previous,
                    (double) n / previousSize);
            summary.add(String.format(Locale.ROOT, "%11d  median run %8.0f ms  best %8.0f ms  %10.0f events/s (median)%s", n, median,
                    runs[0], last.events() / (median / 1e3), growth));
            previous = median;
            previousSize = n;
        }
        System.out.println();
        summary.forEach(System.out::println);
    }

    /**
     * Schedules VMRELOCATE MOVE ASYNCHRONOUS of every logged-on, relocatable single-configuration
     * guest to the member after its own (in slot order), one command per member every
     * {@code spacing} seconds; returns how many were issued.
     */
    public static int scheduleToNextMember(Simulation sim, InstallationSnapshot snap, double spacing) {
        List<String> members = snap.members().stream().sorted(java.util.Comparator.comparingInt(m -> m.slot()))
                .map(m -> m.name()).toList();
        RelocationOptions async = RelocationOptions.defaults().asynchronous();
        int issued = 0;
        for (GuestSnapshot g : snap.guests()) {
            if (g.homeMember() == null || g.multiConfiguration() || !g.relocationEnabled()) {
                continue;
            }
            String to = members.get((members.indexOf(g.homeMember()) + 1) % members.size());
            sim.at((issued / members.size()) * spacing).relocate(g.userid(), to, async);
            issued++;
        }
        return issued;
    }

    private static Sample run(int n, double spacing) {
        long t0 = System.nanoTime();
        InstallationSnapshot snap = SyntheticInstallation.generate(MEMBERS, n, 42);
        Simulation sim = Simulation.builder(snap).seed(42).build();
        scheduleToNextMember(sim, snap, spacing);
        long t1 = System.nanoTime();
        SimulationResult r = sim.run();
        long t2 = System.nanoTime();
        int json = r.trace().toJson().length();
        long t3 = System.nanoTime();
        if (json == 0) {
            throw new IllegalStateException("empty trace");
        }
        long completed = r.relocations().stream().filter(x -> x.completed()).count();
        return new Sample(n, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, r.events(), completed, r.endTime() / 1e9);
    }
}
