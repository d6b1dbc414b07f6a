package ssiplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ssiplan.model.Installation;
import ssiplan.model.Scenario;
import ssiplan.model.SsiCluster;
import ssiplan.sim.model.ModelSnapshotException;
import ssiplan.sim.model.ModelSnapshots;
import ssiplan.sim.model.ScenarioDefinitions;
import ssiplan.sim.plan.PlannerOptions;
import ssiplan.sim.plan.Strategy;
import ssiplan.sim.scenario.HtmlReport;
import ssiplan.sim.scenario.ScenarioDefaults;
import ssiplan.sim.scenario.ScenarioJson;
import ssiplan.sim.scenario.ScenarioOptions;
import ssiplan.sim.scenario.ScenarioParameterException;
import ssiplan.sim.scenario.ScenarioResult;
import ssiplan.sim.scenario.ScenarioRunner;
import ssiplan.sim.scenario.ScenarioSpec;
import ssiplan.sim.scenario.ScenarioText;
import ssiplan.sim.snapshot.InstallationSnapshot;

/**
 * {@code ssiplan simulate}: runs a what-if scenario on a planned installation — one saved in the
 * file (by name) or a kind with defaults derived from the installation — and prints a summary,
 * the JSON ({@code --json}), the trace ({@code --trace}) and a change-board HTML report
 * ({@code --report}). The installation file is only read.
 */
@Command(name = "simulate", sortOptions = false,
		description = { "Runs a what-if scenario (saved in FILE, or a KIND with defaults from the installation) and reports the plan,",
				"the timeline, per-guest impact, member headroom and violations.",
				"KIND: maintenance, utility-lpar, processor-migration, dr, member-failure, rebalance.",
				"Exit 0: no violations; 1: the scenario runs but violates something; 2: bad usage, parameter or input." })
public final class SimulateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The .ssiplan installation file.")
	private Path file;

	@Option(names = "--scenario", required = true, paramLabel = "NAME|KIND", description = "A scenario saved in FILE, or a kind.")
	private String scenario;

	@Option(names = "--cluster", paramLabel = "SSI", description = "SSI cluster for a KIND, when FILE holds several.")
	private String clusterName;

	// ---- kind options (KIND only) ----------------------------------------------------------

	@Option(names = "--member-order", paramLabel = "M1,M2", description = "maintenance: members in service order (default: slot order).")
	private String memberOrder;
	@Option(names = "--service-level", paramLabel = "LEVEL", description = "maintenance, utility-lpar: CP level to IPL at, e.g. 7.3+2401.")
	private String serviceLevel;
	@Option(names = "--move-back", paramLabel = "yes|no", description = "maintenance, processor-migration: move guests back (default yes).")
	private String moveBack;
	@Option(names = "--member", paramLabel = "MEMBER", description = "utility-lpar: production member; member-failure: the member that fails.")
	private String member;
	@Option(names = "--utility-member", paramLabel = "MEMBER", description = "utility-lpar: the spare member (default: the first one down).")
	private String utilityMember;
	@Option(names = "--release", paramLabel = "yes|no", description = "utility-lpar: shut the utility member down at the end (default yes).")
	private String release;
	@Option(names = "--cec", paramLabel = "CEC1,CEC2", description = "processor-migration: CECs replaced, in order (default: all).")
	private String cec;
	@Option(names = "--machine", paramLabel = "TYPE", description = "processor-migration: new machine type, e.g. z17 (default: the next generation).")
	private String machine;
	@Option(names = "--failed", paramLabel = "M1,M2", description = "dr: production members lost (default: those up).")
	private String failed;
	@Option(names = "--standby", paramLabel = "M1,M2", description = "dr: recovery members (default: those down).")
	private String standby;
	@Option(names = "--sever-seconds", paramLabel = "S", description = "dr: time to sever mirroring (default 300).")
	private String severSeconds;
	@Option(names = "--declare-down-seconds", paramLabel = "S", description = "dr, member-failure: when the operator declares down (default 120).")
	private String declareDownSeconds;
	@Option(names = "--failure", paramLabel = "abend|stop|isfc-loss", description = "member-failure: how it fails (default stop).")
	private String failure;
	@Option(names = "--restart", paramLabel = "yes|no", description = "member-failure: restart its guests elsewhere (default yes).")
	private String restart;
	@Option(names = "--members", paramLabel = "M1,M2", description = "rebalance: members taking part (default: all joined).")
	private String members;
	@Option(names = "--tolerance", paramLabel = "POINTS", description = "rebalance: allowed distance from the mean use (default 10).")
	private String tolerance;

	// ---- planner and runtime options (any scenario) ---------------------------------------

	@Option(names = "--strategy", paramLabel = "parallel|one-at-a-time", description = "How relocations are paced (default parallel).")
	private String strategy;
	@Option(names = "--concurrent", paramLabel = "N", description = "Relocations at once per ISFC link (default: the planner decides).")
	private String concurrent;
	@Option(names = "--maxquiesce", paramLabel = "S|NOLIMIT", description = "VMRELOCATE MAXQUIESCE for the moves (default 10 s).")
	private String maxQuiesce;
	@Option(names = "--maxtotal", paramLabel = "S|NOLIMIT", description = "VMRELOCATE MAXTOTAL for the moves (default NOLIMIT).")
	private String maxTotal;
	@Option(names = "--immediate", description = "Relocate with IMMEDIATE.")
	private boolean immediate;
	@Option(names = "--memory-limit", paramLabel = "RATIO", description = "Defined storage per byte of real memory a destination may take.")
	private String memoryLimit;
	@Option(names = "--cpu-limit", paramLabel = "RATIO", description = "Share of a destination's engines guests may demand (default 1.0).")
	private String cpuLimit;
	@Option(names = "--ipl-seconds", paramLabel = "S", description = "IPL to join request (member.iplSeconds).")
	private String iplSeconds;
	@Option(names = "--param", paramLabel = "NAME=VALUE", description = "Any simulation parameter (repeatable).")
	private List<String> params = new ArrayList<>();
	@Option(names = "--seed", paramLabel = "N", description = "Seed of the run (default 0).")
	private long seed;
	@Option(names = "--no-compare", description = "Do not run the other strategy for comparison.")
	private boolean noCompare;

	// ---- output ------------------------------------------------------------------------------

	@Option(names = "--json", description = "Print the summary as JSON.")
	private boolean json;
	@Option(names = "--trace", paramLabel = "OUT", description = "Write the trace (JSON) to OUT.")
	private Path traceOut;
	@Option(names = "--report", paramLabel = "OUT.html", description = "Write the HTML report to OUT.html.")
	private Path reportOut;

	@Override
	public Integer call() {
		Installation installation = InstallationFiles.load(file);
		Scenario saved = ScenarioDefinitions.find(installation, scenario);
		String kind = scenario.toLowerCase(Locale.ROOT);
		if (saved == null && !ScenarioDefaults.KINDS.contains(kind)) {
			List<String> names = new ArrayList<>();
			installation.getScenarios().forEach(s -> names.add(s.getName()));
			throw CommandFailure.unreadable("--scenario: '" + scenario + "' is neither a scenario of " + file
					+ (names.isEmpty() ? " (it has none)" : " (" + String.join(", ", names) + ")") + " nor a kind ("
					+ String.join(", ", ScenarioDefaults.KINDS) + ")");
		}
		Map<String, String> kindOptions = kindOptions();
		if (saved != null && !kindOptions.isEmpty()) {
			throw CommandFailure.unreadable(kindOptions.keySet().iterator().next() + ": applies to a KIND; scenario " + saved.getName()
					+ " is saved in " + file + " with its own choices (change them there, or run the kind)");
		}
		try {
			SsiCluster cluster = saved != null ? ScenarioDefinitions.cluster(saved, installation)
					: clusterName != null ? ModelSnapshots.cluster(installation, clusterName) : ModelSnapshots.onlyCluster(installation);
			InstallationSnapshot snapshot = ModelSnapshots.of(cluster);
			ScenarioOptions options = options(snapshot);
			ScenarioSpec spec = saved != null ? ScenarioDefinitions.of(saved, installation, snapshot, options)
					: ScenarioDefaults.of(kind, snapshot, kindOptions, options, ScenarioDefinitions.context(installation, cluster));
			ScenarioResult result = ScenarioRunner.run(snapshot, spec);
			write(result);
			return result.violations().isEmpty() ? Exit.OK : Exit.NO;
		} catch (ScenarioParameterException e) {
			throw CommandFailure.unreadable(e.getMessage());
		} catch (ModelSnapshotException e) {
			throw CommandFailure.unreadable(file + ": cannot be simulated: " + e.getMessage());
		}
	}

	private Map<String, String> kindOptions() {
		Map<String, String> m = new LinkedHashMap<>();
		put(m, "--member-order", memberOrder);
		put(m, "--service-level", serviceLevel);
		put(m, "--move-back", moveBack);
		put(m, "--member", member);
		put(m, "--utility-member", utilityMember);
		put(m, "--release", release);
		put(m, "--cec", cec);
		put(m, "--machine", machine);
		put(m, "--failed", failed);
		put(m, "--standby", standby);
		put(m, "--sever-seconds", severSeconds);
		put(m, "--declare-down-seconds", declareDownSeconds);
		put(m, "--failure", failure);
		put(m, "--restart", restart);
		put(m, "--members", members);
		put(m, "--tolerance", tolerance);
		return m;
	}

	private static void put(Map<String, String> m, String k, String v) {
		if (v != null) {
			m.put(k, v);
		}
	}

	private ScenarioOptions options(InstallationSnapshot snapshot) {
		PlannerOptions p = ScenarioDefinitions.plannerDefaults(snapshot);
		if (strategy != null) {
			p = p.withStrategy(switch (strategy.toLowerCase(Locale.ROOT)) {
				case "parallel", "planned-parallel" -> Strategy.PLANNED_PARALLEL;
				case "one-at-a-time", "serial" -> Strategy.ONE_AT_A_TIME;
				default -> throw new ScenarioParameterException("--strategy", "'" + strategy + "' is not parallel or one-at-a-time");
			});
		}
		if (concurrent != null) {
			p = p.withConcurrency((int) number("--concurrent", concurrent, 1, 64, false));
		}
		Double q = maxQuiesce == null ? p.maxQuiesceSeconds() : limit("--maxquiesce", maxQuiesce);
		Double t = maxTotal == null ? p.maxTotalSeconds() : limit("--maxtotal", maxTotal);
		p = p.withRelocationLimits(q, t, immediate);
		p = p.withLimits(memoryLimit == null ? p.memoryOvercommitLimit() : number("--memory-limit", memoryLimit, 0.01, 100, true),
				cpuLimit == null ? p.cpuLimit() : number("--cpu-limit", cpuLimit, 0.01, 100, true));
		ScenarioOptions o = new ScenarioOptions(p, null, seed, !noCompare);
		if (iplSeconds != null) {
			o = o.withParameter("member.iplSeconds", number("--ipl-seconds", iplSeconds, 0, 1e9, true));
		}
		for (String kv : params) {
			int eq = kv.indexOf('=');
			if (eq <= 0) {
				throw new ScenarioParameterException("--param", "'" + kv + "' is not NAME=VALUE");
			}
			String name = kv.substring(0, eq).trim();
			String value = kv.substring(eq + 1).trim();
			o = o.withParameter(name, value.equalsIgnoreCase("NOLIMIT") ? Double.POSITIVE_INFINITY
					: number("--param " + name, value, -Double.MAX_VALUE, Double.MAX_VALUE, true));
		}
		return o;
	}

	private static double number(String option, String text, double min, double max, boolean fraction) {
		try {
			double v = fraction ? Double.parseDouble(text.trim()) : Integer.parseInt(text.trim());
			if (!(v >= min && v <= max)) {
				throw new NumberFormatException();
			}
			return v;
		} catch (NumberFormatException e) {
			throw new ScenarioParameterException(option, "'" + text + "' is not " + (fraction ? "a number" : "a whole number")
					+ (min > -Double.MAX_VALUE ? " in " + fmt(min) + ".." + fmt(max) : ""));
		}
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}

	private static Double limit(String option, String text) {
		if (text.equalsIgnoreCase("NOLIMIT")) {
			return Double.POSITIVE_INFINITY;
		}
		return number(option, text, 1, 99_999_999, true);
	}

	// ---- output ------------------------------------------------------------------------------

	private void write(ScenarioResult r) {
		PrintWriter out = spec.commandLine().getOut();
		if (traceOut != null) {
			writeFile(traceOut, w -> ssiplan.sim.trace.TraceJson.write(r.trace(), w));
		}
		if (reportOut != null) {
			writeFile(reportOut, w -> w.write(HtmlReport.render(r)));
		}
		if (json) {
			ScenarioJson.write(r, out);
		} else {
			out.print(ScenarioText.render(r));
			if (reportOut != null) {
				out.println("Report written to " + reportOut);
			}
			if (traceOut != null) {
				out.println("Trace written to " + traceOut);
			}
		}
		out.flush();
	}

	private interface Body {
		void write(Writer w) throws IOException;
	}

	/** Writes next to the target and moves it into place, so a failed write leaves no half file. */
	private static void writeFile(Path target, Body body) {
		Path dir = target.toAbsolutePath().getParent();
		Path tmp = null;
		try {
			Files.createDirectories(dir);
			tmp = Files.createTempFile(dir, ".ssiplan-", ".tmp");
			try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				body.write(w);
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | java.io.UncheckedIOException e) {
			try {
				if (tmp != null) {
					Files.deleteIfExists(tmp);
				}
			} catch (IOException ignored) {
				// the write failed already; that is what we report
			}
			throw new CommandFailure(Exit.USAGE, target + ": cannot be written: " + e.getMessage(), e);
		}
	}
}
