package ssiplan.sim.bench;

import java.util.Locale;
import java.util.Map;
import ssiplan.sim.scenario.HtmlReport;
import ssiplan.sim.scenario.ScenarioDefaults;
import ssiplan.sim.scenario.ScenarioJson;
import ssiplan.sim.scenario.ScenarioOptions;
import ssiplan.sim.scenario.ScenarioResult;
import ssiplan.sim.scenario.ScenarioRunner;
import ssiplan.sim.scenario.ScenarioSpec;
import ssiplan.sim.snapshot.InstallationSnapshot;

/**
 * Rolling maintenance of a generated 8-member installation, end to end as {@code ssiplan generate
 * --members 8 --guests N} then {@code ssiplan simulate FILE --scenario maintenance} would do it:
 * generate the EMF installation, save and load the file, convert it to a snapshot, plan and run
 * every member's evacuation, shutdown, IPL and move back, build the summary, write JSON and
 * HTML. With {@code --snapshot} it starts from the runtime's own generator instead (no EMF). Prints wall and CPU times (the CPU time of the one thread that does the work, which is
 * what to read on a shared machine) per guest count (default 1000 2000 4000 8000); {@code --compare}
 * also runs the other strategy (twice the work). A benchmark, not a test.
 * Run: {@code java -cp ... ssiplan.sim.bench.ScenarioBench [--compare] [N ...]}
 */
public final class ScenarioBench {

    private ScenarioBench() {
    }

    public static void main(String[] args) {
        boolean compare = false;
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.equals("--compare")) {
                compare = true;
            } else if (a.equals("--snapshot")) {
                fromModel = false;
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = java.util.List.of(1000, 2000, 4000, 8000);
        }
        run(1000, compare, false); // warm the JIT
        run(1000, compare, false);
        System.out.println((fromModel ? "from the EMF model (generate, save, load, convert)" : "from a generated snapshot"));
        System.out.println("guests  members  generate_ms  run_ms  summary_ms  total_ms  cpu_ms (generate/run/summary)  relocations  sim_window_s  trace_events" + (compare ? "  (both strategies)" : ""));
        for (int n : sizes) {
            run(n, compare, true);
        }
    }

    /** generate, save to a temporary file, load it back and convert: what the two CLI commands do before the run. */
    private static InstallationSnapshot fromModel(int guests) {
        try {
            ssiplan.model.Installation generated = ssiplan.model.examples.SyntheticInstallations.generate(8, guests, 42);
            java.nio.file.Path file = java.nio.file.Files.createTempFile("scenario-bench", ".ssiplan");
            try {
                ssiplan.model.resource.InstallationStore store = new ssiplan.model.resource.InstallationStore();
                store.save(generated, file);
                return ssiplan.sim.model.ModelSnapshots.of(store.load(file));
            } finally {
                java.nio.file.Files.deleteIfExists(file);
                java.nio.file.Files.deleteIfExists(ssiplan.model.resource.InstallationStore.backupOf(file));
            }
        } catch (java.io.IOException | ssiplan.model.resource.InstallationLoadException e) {
            throw new IllegalStateException("the generated installation did not save and load: " + e.getMessage(), e);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static boolean fromModel = true;

    private static void run(int guests, boolean compare, boolean print) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        InstallationSnapshot s = fromModel ? fromModel(guests) : SyntheticInstallation.generate(8, guests, 42);
        long t1 = System.nanoTime();
        long c1 = THREADS.getCurrentThreadCpuTime();
        ScenarioSpec spec = ScenarioDefaults.of("maintenance", s, Map.of(), ScenarioOptions.defaults().withCompareStrategies(compare),
                ScenarioDefaults.Context.NONE);
        ScenarioResult r = ScenarioRunner.run(s, spec);
        long t2 = System.nanoTime();
        long c2 = THREADS.getCurrentThreadCpuTime();
        int json = ScenarioJson.toJson(r).length();
        int html = HtmlReport.render(r).length();
        long t3 = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime() - c0;
        if (print) {
            long moves = r.moves().stream().filter(ScenarioResult.Move::completed).count();
            System.out.println(String.format(Locale.ROOT, "%6d  %7d  %11.0f  %6.0f  %10.0f  %8.0f  %6.0f (%.0f/%.0f/%.0f)  %11d  %12.0f  %12d", guests, 8, (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6, cpu / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c0 + cpu - c2) / 1e6, moves, r.windowSeconds(), r.trace().events().size())
                    + (json > 0 && html > 0 ? "" : " (empty output?)") + (r.finished() ? "" : " NOT FINISHED"));
        }
    }
}
