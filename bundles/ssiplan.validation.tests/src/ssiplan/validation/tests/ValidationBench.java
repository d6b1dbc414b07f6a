package ssiplan.validation.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ssiplan.model.Installation;
import ssiplan.model.examples.SyntheticInstallations;
import ssiplan.model.resource.InstallationStore;
import ssiplan.validation.Finding;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.ValidationReport;

/**
 * Load, validate and save times for a synthetic installation ({@code generate --members 8 --guests
 * 10000} by default). A benchmark, not a test: run its main (see the bundle README). Warm-up rounds
 * first (JIT), then measured rounds; prints every round and the medians. Goal: load + validate under 1 s.
 *
 * <p>Arguments: {@code [members] [guests] [warm-up rounds] [measured rounds]}.
 */
public final class ValidationBench {

    private ValidationBench() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int guests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;

        long g0 = System.nanoTime();
        Installation generated = SyntheticInstallations.generate(members, guests, 42);
        long g1 = System.nanoTime();
        InstallationStore store = new InstallationStore();
        Path dir = Files.createTempDirectory("ssiplan-bench");
        Path file = dir.resolve("synthetic.ssiplan");
        store.save(generated, file);
        System.out.printf("generated %d members, %,d guests in %d ms; file %,d bytes (%s)%n", members, guests, ms(g0, g1),
                Files.size(file), file);

        List<Long> load = new ArrayList<>();
        List<Long> validate = new ArrayList<>();
        List<Long> save = new ArrayList<>();
        List<Long> loadAndValidate = new ArrayList<>();
        List<Long> loadCpu = new ArrayList<>();
        List<Long> validateCpu = new ArrayList<>();
        // Wall time on a shared 2-core machine depends on the neighbours; the thread's CPU time does not
        // much, so both are printed.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ValidationReport report = null;
        for (int round = 1; round <= warmup + rounds; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Installation loaded = store.load(file);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            report = RuleCatalogue.standard().validate(loaded);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            store.save(loaded, dir.resolve("saved.ssiplan"));
            long t3 = System.nanoTime();
            boolean measured = round > warmup;
            System.out.printf("%s %2d: load %4d ms (cpu %4d), validate %4d ms (cpu %4d; %s), save %4d ms; load+validate %4d ms%n",
                    measured ? "round " : "warmup", round, ms(t0, t1), ms(c0, c1), ms(t1, t2), ms(c1, c2), report.summary(),
                    ms(t2, t3), ms(t0, t2));
            if (measured) {
                load.add(ms(t0, t1));
                validate.add(ms(t1, t2));
                save.add(ms(t2, t3));
                loadAndValidate.add(ms(t0, t2));
                loadCpu.add(ms(c0, c1));
                validateCpu.add(ms(c1, c2));
            }
        }
        System.out.printf("median of %d rounds: load %d ms, validate %d ms, save %d ms; load+validate %d ms (goal < 1000 ms);"
                + " thread CPU: load %d ms, validate %d ms%n", rounds, median(load), median(validate), median(save),
                median(loadAndValidate), median(loadCpu), median(validateCpu));
        System.out.printf("load average during the run: %.1f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding finding : report.findings()) {
            byRule.merge(finding.severity() + " " + finding.ruleId(), 1, Integer::sum);
        }
        System.out.println("findings by rule: " + byRule);
        Files.deleteIfExists(dir.resolve("saved.ssiplan"));
        Files.deleteIfExists(dir.resolve("saved.ssiplan.bak"));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
