package ssiplan.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualMachine;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.EligibilityProblem;
import ssiplan.sim.lgr.EligibilityResult;
import ssiplan.sim.lgr.Force;
import ssiplan.sim.lgr.PassRecord;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.model.Conversion;
import ssiplan.sim.model.ModelSnapshotException;
import ssiplan.sim.model.ModelSnapshots;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;

/**
 * {@code ssiplan relocate}: one VMRELOCATE of a guest in a planned installation, simulated. With
 * {@code --test} only the eligibility checks run (VMRELOCATE TEST); otherwise the guest is moved
 * (VMRELOCATE MOVE ... SYNCHRONOUS) and each memory pass, the quiesce and the ending code are shown.
 * The installation file is only read.
 */
@Command(name = "relocate", sortOptions = false,
		description = { "Simulates VMRELOCATE of one guest: TEST (eligibility) or MOVE (memory passes, quiesce, outcome).",
				"Exit 0: eligible / relocation completed; 1: not eligible / not completed; 2: bad usage or input." })
public final class RelocateCommand implements Callable<Integer> {

	private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");
	private static final int NAMES_SHOWN = 40;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The .ssiplan installation file.")
	private Path file;

	@Option(names = "--guest", required = true, paramLabel = "ID", description = "User id of the guest to relocate.")
	private String guest;

	@Option(names = "--to", required = true, paramLabel = "MEMBER", description = "Destination member.")
	private String to;

	@Option(names = "--cluster", paramLabel = "SSI", description = "SSI cluster, when the file holds several (default: the guest's).")
	private String clusterName;

	@Option(names = "--test", description = "Only check eligibility (VMRELOCATE TEST).")
	private boolean test;

	@Option(names = "--immediate", description = "One memory pass, then quiesce (IMMEDIATE; limits default to NOLIMIT).")
	private boolean immediate;

	@Option(names = "--maxquiesce", paramLabel = "S|NOLIMIT", description = "Longest the guest may be stopped (default 10 s).")
	private String maxQuiesce;

	@Option(names = "--maxtotal", paramLabel = "S|NOLIMIT", description = "Longest the whole relocation may take (default NOLIMIT).")
	private String maxTotal;

	@Option(names = "--force", arity = "1..*", paramLabel = "ARCHITECTURE|DOMAIN|STORAGE",
			description = "Accept these ineligibilities (FORCE).")
	private List<String> force = new ArrayList<>();

	@Option(names = "--json", description = "Machine-readable output.")
	private boolean json;

	@Override
	public Integer call() {
		Installation installation = InstallationFiles.load(file);
		SsiCluster cluster = cluster(installation);
		Conversion conversion;
		try {
			conversion = ModelSnapshots.convert(cluster);
		} catch (ModelSnapshotException e) {
			throw CommandFailure.unreadable(file + ": cannot be simulated: " + e.getMessage());
		}
		InstallationSnapshot snapshot = conversion.snapshot();
		GuestSnapshot g = guest(snapshot);
		MemberSnapshot dest = member(snapshot);
		Set<Force> forces = forces();
		RelocationOptions options = options(forces);
		Simulation sim = Simulation.of(snapshot);
		if (test) {
			sim.at(0).test(g.userid(), dest.name(), forces.toArray(Force[]::new));
		} else {
			sim.at(0).relocate(g.userid(), dest.name(), options);
		}
		SimulationResult result = sim.run();
		List<String> notes = notes(conversion, g, dest);
		PrintWriter out = spec.commandLine().getOut();
		if (test) {
			EligibilityResult r = result.tests().get(0);
			if (json) {
				JsonOutput.print(out, testJson(r, notes));
			} else {
				printTest(out, r, forces, notes);
			}
			return r.eligible() ? Exit.OK : Exit.NO;
		}
		RelocationResult r = result.relocation(g.userid());
		if (r == null) {
			throw new IllegalStateException("the relocation of " + g.userid() + " did not end");
		}
		if (json) {
			JsonOutput.print(out, moveJson(r, notes));
		} else {
			printMove(out, r, notes);
		}
		return r.completed() ? Exit.OK : Exit.NO;
	}

	// ---- input ----------------------------------------------------------------------------

	/** The named cluster, the only one, or the one whose directory has the guest. */
	private SsiCluster cluster(Installation installation) {
		try {
			if (clusterName != null) {
				return ModelSnapshots.cluster(installation, clusterName);
			}
			if (installation.getClusters().size() > 1) {
				for (SsiCluster c : installation.getClusters()) {
					for (VirtualMachine vm : c.getVirtualMachines()) {
						if (guest.equalsIgnoreCase(vm.getUserid())) {
							return c;
						}
					}
				}
				throw CommandFailure.unreadable(file + ": no cluster has a guest " + guest + "; the clusters are "
						+ installation.getClusters().stream().map(c -> String.valueOf(c.getName())).collect(Collectors.joining(", "))
						+ " (choose one with --cluster to see its guests)");
			}
			return ModelSnapshots.onlyCluster(installation);
		} catch (ModelSnapshotException e) {
			throw CommandFailure.unreadable(file + ": " + e.getMessage());
		}
	}

	private GuestSnapshot guest(InstallationSnapshot s) {
		for (GuestSnapshot g : s.guests()) {
			if (g.userid().equalsIgnoreCase(guest)) {
				return g;
			}
		}
		throw CommandFailure.unreadable(file + ": cluster " + s.ssiName() + " has no guest " + guest + "; its guests are "
				+ names(s.guests().stream().map(GuestSnapshot::userid).toList()));
	}

	private MemberSnapshot member(InstallationSnapshot s) {
		for (MemberSnapshot m : s.members()) {
			if (m.name().equalsIgnoreCase(to)) {
				return m;
			}
		}
		throw CommandFailure.unreadable(file + ": cluster " + s.ssiName() + " has no member " + to + "; its members are "
				+ names(s.members().stream().map(MemberSnapshot::name).toList()));
	}

	private static String names(List<String> names) {
		if (names.isEmpty()) {
			return "(none)";
		}
		String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
		return names.size() > NAMES_SHOWN ? shown + " and " + (names.size() - NAMES_SHOWN) + " more" : shown;
	}

	private Set<Force> forces() {
		EnumSet<Force> out = EnumSet.noneOf(Force.class);
		for (String f : force) {
			try {
				out.add(Force.valueOf(f.toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw CommandFailure.unreadable("--force " + f + ": expected ARCHITECTURE, DOMAIN or STORAGE");
			}
		}
		return out;
	}

	private RelocationOptions options(Set<Force> forces) {
		RelocationOptions o = RelocationOptions.defaults();
		if (immediate) {
			o = o.withImmediate();
		}
		if (maxTotal != null) {
			o = o.maxTotal(limit("--maxtotal", maxTotal));
		}
		if (maxQuiesce != null) {
			o = o.maxQuiesce(limit("--maxquiesce", maxQuiesce));
		}
		return forces.isEmpty() ? o : o.force(forces.toArray(Force[]::new));
	}

	/** Seconds (at least 1, as VMRELOCATE takes) or NOLIMIT. */
	private static double limit(String option, String value) {
		if (value.equalsIgnoreCase("NOLIMIT")) {
			return Double.POSITIVE_INFINITY;
		}
		if (SECONDS.matcher(value).matches()) {
			double s = Double.parseDouble(value);
			if (s >= 1 && s <= 99_999_999) {
				return s;
			}
		}
		throw CommandFailure.unreadable(option + " " + value + ": expected seconds from 1 to 99999999, or NOLIMIT");
	}

	/** The adapter's assumptions about this guest and the two members, plus IBM's CHPIDVIRTUALIZATION advice. */
	private static List<String> notes(Conversion c, GuestSnapshot g, MemberSnapshot dest) {
		List<String> out = new ArrayList<>();
		Set<String> names = Set.of(g.userid(), dest.name(), g.homeMember() == null ? dest.name() : g.homeMember());
		for (String line : c.assumptions()) {
			int colon = line.lastIndexOf(": ");
			String elements = colon < 0 ? line : line.substring(colon + 2);
			for (String word : elements.split("[^A-Za-z0-9@#$*-]+")) {
				if (names.contains(word)) {
					out.add(line);
					break;
				}
			}
		}
		if (g.relocatable() && g.relocationEnabled() && !g.multiConfiguration() && !g.chpidVirtualizationOne()) {
			out.add(g.userid() + " does not have OPTION CHPIDVIRTUALIZATION ONE, which IBM recommends for relocatable guests");
		}
		return out;
	}

	// ---- human output ---------------------------------------------------------------------

	private static void printTest(PrintWriter out, EligibilityResult r, Set<Force> forces, List<String> notes) {
		String forced = forces.stream().map(f -> " FORCE " + f.name()).collect(Collectors.joining());
		out.println("VMRELOCATE TEST " + r.guest() + " TO " + r.to() + forced);
		if (r.eligible()) {
			out.println("User " + r.guest() + " is eligible for relocation from " + r.from() + " to " + r.to());
		} else {
			out.println("User " + r.guest() + " is not eligible for relocation" + (r.from().isEmpty() ? "" : " from " + r.from())
					+ " to " + r.to() + " for the following reason(s):");
			printReasons(out, r.problems());
		}
		printNotes(out, notes);
	}

	private static void printReasons(PrintWriter out, List<EligibilityProblem> problems) {
		int width = problems.stream().mapToInt(p -> p.reason().code().length()).max().orElse(0);
		for (EligibilityProblem p : problems) {
			out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", p.reason().code(), p.message()));
		}
	}

	private static void printMove(PrintWriter out, RelocationResult r, List<String> notes) {
		out.println("VMRELOCATE MOVE " + r.guest() + " TO " + r.to() + " " + r.options().operands());
		String limits = "MAXTOTAL " + limit(r.maxTotalSeconds()) + ", MAXQUIESCE " + limit(r.maxQuiesceSeconds());
		if (r.rejected()) {
			out.println("User " + r.guest() + " is not eligible for relocation" + (r.from().isEmpty() ? "" : " from " + r.from())
					+ " to " + r.to() + "; the relocation was not started:");
			printReasons(out, r.problems());
			out.println("Outcome: not started; " + r.guest() + (r.from().isEmpty() ? " stays logged off" : " continues to run on " + r.from()));
			printNotes(out, notes);
			return;
		}
		out.println("Relocation of " + r.guest() + " from " + r.from() + " to " + r.to() + " started (" + limits + ")");
		out.println(String.format(Locale.ROOT, "  %4s  %-8s  %14s  %10s", "Pass", "", "Pages sent", "Seconds"));
		for (PassRecord p : r.passes()) {
			out.println(String.format(Locale.ROOT, "  %4d  %-8s  %,14d  %10.3f", p.pass(), p.quiesced() ? "quiesced" : "",
					p.pages(), p.seconds()));
		}
		out.println(String.format(Locale.ROOT, "Pages sent: %,d in %d pass(es)", r.pagesSent(), r.passes().size()));
		out.println(String.format(Locale.ROOT, "Quiesce time: %.3f s (MAXQUIESCE %s)", r.quiesceSeconds(), limit(r.maxQuiesceSeconds())));
		out.println(String.format(Locale.ROOT, "Relocation time: %.3f s (MAXTOTAL %s)", r.elapsedSeconds(), limit(r.maxTotalSeconds())));
		String code = "ending code " + r.endingCode().code() + ", " + r.endingCode().meaning();
		if (r.completed()) {
			out.println("Outcome: completed (" + code + "); " + r.guest() + " now runs on " + r.to());
		} else {
			out.println("Outcome: cancelled (" + code + (r.message().isEmpty() ? "" : ": " + r.message()) + "); "
					+ (r.guestOn().isEmpty() ? r.guest() + " was lost with " + r.from() : r.guest() + " continues to run on " + r.guestOn()));
		}
		printNotes(out, notes);
	}

	private static void printNotes(PrintWriter out, List<String> notes) {
		for (String n : notes) {
			out.println("Note: " + n);
		}
	}

	private static String limit(double seconds) {
		return Double.isInfinite(seconds) ? "NOLIMIT" : new BigDecimal(seconds).stripTrailingZeros().toPlainString() + " s";
	}

	// ---- JSON -----------------------------------------------------------------------------

	private static ObjectNode testJson(EligibilityResult r, List<String> notes) {
		ObjectNode o = header("TEST", r.guest(), r.from(), r.to(), r.eligible(), r.problems());
		o.put("outcome", r.eligible() ? "eligible" : "not eligible");
		o.putNull("endingCode");
		o.putNull("relocationSeconds");
		o.putNull("quiesceSeconds");
		o.putArray("passes");
		notes(o, notes);
		return o;
	}

	private static ObjectNode moveJson(RelocationResult r, List<String> notes) {
		ObjectNode o = header("MOVE", r.guest(), r.from(), r.to(), !r.rejected(), r.problems());
		o.put("outcome", r.rejected() ? "not started" : r.completed() ? "completed" : "cancelled");
		if (r.rejected()) {
			o.putNull("endingCode");
			o.putNull("endingReason");
		} else {
			o.put("endingCode", r.endingCode().code());
			o.put("endingReason", r.endingCode().meaning());
		}
		o.put("message", r.message());
		o.put("relocationSeconds", seconds(r.elapsedSeconds()));
		o.put("quiesceSeconds", seconds(r.quiesceSeconds()));
		o.put("pagesSent", r.pagesSent());
		ArrayNode passes = o.putArray("passes");
		for (PassRecord p : r.passes()) {
			ObjectNode n = passes.addObject();
			n.put("pass", p.pass());
			n.put("pages", p.pages());
			n.put("seconds", seconds(p.seconds()));
			n.put("quiesced", p.quiesced());
		}
		ObjectNode opts = o.putObject("options");
		opts.put("synchronous", r.options().synchronous());
		opts.put("immediate", r.options().immediate());
		limitJson(opts, "maxTotalSeconds", r.maxTotalSeconds());
		limitJson(opts, "maxQuiesceSeconds", r.maxQuiesceSeconds());
		ArrayNode f = opts.putArray("force");
		r.options().forceNames().forEach(f::add);
		if (r.guestOn().isEmpty()) {
			o.putNull("guestRunsOn");
		} else {
			o.put("guestRunsOn", r.guestOn());
		}
		notes(o, notes);
		return o;
	}

	private static ObjectNode header(String action, String guest, String from, String to, boolean eligible,
			List<EligibilityProblem> problems) {
		ObjectNode o = JsonOutput.object();
		o.put("action", action);
		o.put("guest", guest);
		if (from.isEmpty()) {
			o.putNull("from");
		} else {
			o.put("from", from);
		}
		o.put("to", to);
		o.put("eligible", eligible);
		ArrayNode reasons = o.putArray("reasons");
		for (EligibilityProblem p : problems) {
			ObjectNode n = reasons.addObject();
			n.put("code", p.reason().code());
			n.put("message", p.message());
		}
		return o;
	}

	private static void limitJson(ObjectNode o, String name, double seconds) {
		if (Double.isInfinite(seconds)) {
			o.put(name, "NOLIMIT");
		} else {
			o.put(name, seconds(seconds));
		}
	}

	private static void notes(ObjectNode o, List<String> notes) {
		ArrayNode a = o.putArray("notes");
		notes.forEach(a::add);
	}

	/** Seconds to the microsecond, so the JSON does not show binary noise. */
	private static double seconds(double s) {
		return BigDecimal.valueOf(s).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}
}
