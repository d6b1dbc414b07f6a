package ssiplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ssiplan.cli.Exit;
import ssiplan.cli.InstallationFiles;
import ssiplan.model.Installation;
import ssiplan.model.MaintenanceRollout;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.WorkloadProfile;
import ssiplan.model.examples.Examples;

/** {@code ssiplan simulate} on the bundled examples: every kind runs, answers in words and JSON, and never changes the file. */
class SimulateCommandTest {

	@TempDir
	Path dir;

	private Path example(String name) {
		Path file = dir.resolve(name + ".ssiplan");
		InstallationFiles.save(Examples.create(name), file);
		return file;
	}

	private static JsonNode json(CliRun run) throws IOException {
		return new ObjectMapper().readTree(run.out());
	}

	private static CliRun simulate(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "simulate";
		System.arraycopy(args, 0, all, 1, args.length);
		return CliRun.of(all);
	}

	@Test
	void maintenanceOnFourMembersMovesRelocatableGuestsWithoutOutage() throws IOException {
		Path file = example("four-member-two-cec");
		byte[] before = Files.readAllBytes(file);
		CliRun run = simulate(file.toString(), "--scenario", "maintenance", "--json");
		assertTrue(run.exitCode() == Exit.OK || run.exitCode() == Exit.NO, run::toString);
		JsonNode j = json(run);
		assertTrue(j.get("finished").asBoolean(), run::toString);
		assertEquals("maintenance", j.get("kind").asText());
		int members = Examples.create("four-member-two-cec").getClusters().get(0).getMembers().size();
		assertEquals(members, j.get("memberOutages").size(), "every member serviced once");
		for (JsonNode o : j.get("memberOutages")) {
			assertFalse(o.get("endSeconds").isNull(), "every member rejoined: " + o);
		}
		for (JsonNode g : j.get("guests")) {
			if (g.get("liveMoves").asInt() > 0 && g.get("failedMoves").asInt() == 0) {
				assertEquals(0, g.get("outageSeconds").asDouble(), 1e-9, "relocated live, no outage: " + g);
			}
		}
		assertEquals(2, j.get("strategies").size());
		assertFalse(j.get("strategyVerdict").asText().isEmpty());
		assertEquals(run.exitCode() == Exit.OK, j.get("violationCount").asInt() == 0, "exit 1 exactly when there are violations");
		assertArrayEquals(before, Files.readAllBytes(file), "simulate never changes the file");
	}

	@Test
	void everyKindRunsOnTheBundledExamples() throws IOException {
		String[][] cases = {
				{ "four-member-two-cec", "processor-migration" },
				{ "four-member-two-cec", "member-failure" },
				{ "four-member-two-cec", "rebalance" },
				{ "dr-two-sites", "dr" },
				{ "mixed-generations", "maintenance" },
		};
		for (String[] c : cases) {
			CliRun run = simulate(example(c[0]).toString(), "--scenario", c[1], "--json", "--no-compare");
			assertTrue(run.exitCode() == Exit.OK || run.exitCode() == Exit.NO, c[0] + " " + c[1] + ": " + run);
			JsonNode j = json(run);
			assertTrue(j.get("finished").asBoolean(), c[0] + " " + c[1] + ": " + run.out());
		}
		Installation util = Examples.create("utility-lpar");
		String cluster = util.getClusters().get(0).getName();
		CliRun run = simulate(example("utility-lpar").toString(), "--scenario", "utility-lpar", "--cluster", cluster, "--json");
		assertTrue(run.exitCode() == Exit.OK || run.exitCode() == Exit.NO, run::toString);
		JsonNode j = json(run);
		assertTrue(j.get("finished").asBoolean(), run::toString);
		assertTrue(j.get("plans").size() >= 2, "work moved to the utility member and back");
	}

	@Test
	void drRestartsInCriticalityOrder() throws IOException {
		JsonNode j = json(simulate(example("dr-two-sites").toString(), "--scenario", "dr", "--json"));
		double last = 0;
		int restarted = 0;
		for (JsonNode r : j.get("recoveries")) {
			if (r.get("recoverySeconds").isNull()) {
				assertFalse(r.get("reason").asText().isEmpty(), "says why it was not restarted: " + r);
				continue;
			}
			restarted++;
			double crit = r.get("criticalitySeconds").isTextual() ? Double.POSITIVE_INFINITY : r.get("criticalitySeconds").asDouble();
			assertTrue(crit >= last, "criticality order: " + r);
			last = crit;
		}
		assertTrue(restarted > 0);
	}

	@Test
	void processorMigrationWithoutCpuHeadroomSaysSo() throws IOException {
		// the example leaves CPU headroom: with one CEC carrying all the work nothing is CPU-bound
		assertFalse(cpuOvercommitted(processorMigrationToZ17(example("four-member-two-cec"))), "the example has CPU headroom");
		// the same estate with every machine three times as busy: the guests still move (slower rather than
		// down), and the over-commit is a violation: exit 1
		Installation busy = Examples.create("four-member-two-cec");
		busy.eAllContents().forEachRemaining(o -> {
			if (o instanceof WorkloadProfile w) {
				w.setCpuDemand(w.getCpuDemand() * 3);
			}
		});
		Path file = dir.resolve("busy.ssiplan");
		InstallationFiles.save(busy, file);
		CliRun run = processorMigrationToZ17(file);
		assertEquals(Exit.NO, run.exitCode(), run::toString);
		assertTrue(cpuOvercommitted(run), run::toString);
	}

	private static CliRun processorMigrationToZ17(Path file) {
		return simulate(file.toString(), "--scenario", "processor-migration", "--machine", "z17", "--no-compare", "--json");
	}

	private static boolean cpuOvercommitted(CliRun run) throws IOException {
		boolean cpu = false;
		for (JsonNode f : json(run).get("findings")) {
			cpu |= f.get("kind").asText().equals("CPU_OVERCOMMIT");
		}
		return cpu;
	}

	@Test
	void processorMigrationListsGuestsToReIpl() throws IOException {
		// the z14 CEC replaced by a z16: guests that kept running are still fenced to what the z14 offered
		CliRun run = simulate(example("mixed-generations").toString(), "--scenario", "processor-migration", "--cec", "Z14A", "--machine",
				"z16", "--no-compare");
		assertTrue(run.out().contains("Guests to re-IPL"), run::toString);
		assertTrue(run.out().contains("NEURAL_NETWORK_PROCESSING_ASSIST"), "a z16 facility the z14 lacked: " + run);
		assertTrue(run.out().contains("running since before the migration"), run::toString);
	}

	@Test
	void textSummaryReportAndTraceAreWritten() throws IOException {
		Path report = dir.resolve("out/report.html");
		Path trace = dir.resolve("out/trace.json");
		CliRun run = simulate(example("four-member-two-cec").toString(), "--scenario", "member-failure", "--report", report.toString(),
				"--trace", trace.toString());
		assertTrue(run.out().startsWith("Scenario member-failure (member-failure) on SSI"), run::toString);
		assertTrue(run.out().contains("While the cluster was in SAFE mode"), run::toString);
		String html = Files.readString(report);
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg"), "a self-contained report");
		assertTrue(new ObjectMapper().readTree(trace.toFile()).get("format").asText().equals("ssiplan-trace"));
	}

	@Test
	void savedScenarioRunsByNameAndTheModelIsUntouched() throws IOException {
		Installation inst = Examples.create("four-member-two-cec");
		MaintenanceRollout r = SsiplanFactory.eINSTANCE.createMaintenanceRollout();
		r.setName("RSU-2501");
		r.getMemberOrder().add(inst.getClusters().get(0).getMembers().get(1));
		r.setTargetServiceLevel("7.3+2501");
		r.setMoveGuestsBack(false);
		inst.getScenarios().add(r);
		Path file = dir.resolve("with-scenario.ssiplan");
		InstallationFiles.save(inst, file);
		Installation copy = EcoreUtil.copy(InstallationFiles.load(file));
		CliRun run = simulate(file.toString(), "--scenario", "rsu-2501", "--json", "--no-compare");
		assertTrue(run.exitCode() == Exit.OK || run.exitCode() == Exit.NO, run::toString);
		JsonNode j = json(run);
		assertEquals("RSU-2501", j.get("scenario").asText());
		assertEquals(1, j.get("memberOutages").size(), "only the member in the order is serviced");
		assertTrue(EcoreUtil.equals(copy, InstallationFiles.load(file)), "the saved model is not changed by the run");
		CliRun mixed = simulate(file.toString(), "--scenario", "RSU-2501", "--member-order", "SYSA");
		assertEquals(Exit.USAGE, mixed.exitCode());
		assertTrue(mixed.err().contains("--member-order"), mixed::toString);
	}

	@Test
	void badParametersExitTwoNamingTheParameter() {
		String file = example("four-member-two-cec").toString();
		String[][] bad = {
				{ "--scenario", "meltdown" },
				{ "--scenario", "maintenance", "--member-order", "NOSUCH" },
				{ "--scenario", "maintenance", "--maxquiesce", "0" },
				{ "--scenario", "member-failure", "--failure", "meteor" },
				{ "--scenario", "maintenance", "--strategy", "random" },
				{ "--scenario", "maintenance", "--param", "lgr.nothing=3" },
				{ "--scenario", "dr", "--standby", "SYSA" },
		};
		String[] named = { "--scenario", "--member-order", "--maxquiesce", "--failure", "--strategy", "--param", "--standby" };
		for (int i = 0; i < bad.length; i++) {
			String[] args = new String[bad[i].length + 2];
			args[0] = "simulate";
			args[1] = file;
			System.arraycopy(bad[i], 0, args, 2, bad[i].length);
			CliRun run = CliRun.of(args);
			assertEquals(Exit.USAGE, run.exitCode(), String.join(" ", bad[i]) + ": " + run);
			assertTrue(run.err().contains(named[i]), "names " + named[i] + ": " + run.err());
		}
	}
}
