package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.plan.GuestDecision;
import ssiplan.sim.plan.MoveKind;
import ssiplan.sim.plan.Strategy;
import ssiplan.sim.scenario.Finding;
import ssiplan.sim.scenario.Recovery;
import ssiplan.sim.scenario.ScenarioDefaults;
import ssiplan.sim.scenario.ScenarioJson;
import ssiplan.sim.scenario.ScenarioOptions;
import ssiplan.sim.scenario.ScenarioResult;
import ssiplan.sim.scenario.ScenarioRunner;
import ssiplan.sim.scenario.ScenarioSpec;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.trace.TraceEvent;

/** Each scenario kind, checked the way a planner would check its plan. */
class ScenarioKindsTest {

    private static final double SHUTDOWN = Parameters.defaults().get(SimParameters.GUEST_SHUTDOWN_SECONDS);
    private static final double BOOT = Parameters.defaults().get(SimParameters.GUEST_BOOT_SECONDS);

    static ScenarioResult run(String kind, InstallationSnapshot s, Map<String, String> p, ScenarioOptions o,
            ScenarioDefaults.Context ctx) {
        return ScenarioRunner.run(s, ScenarioDefaults.of(kind, s, p, o, ctx));
    }

    static ScenarioResult run(String kind, InstallationSnapshot s) {
        return run(kind, s, Map.of(), ScenarioOptions.defaults(), ScenarioFixtures.TWO_CECS);
    }

    @Test
    void rolloutServicesEveryMemberWithoutOutagesForRelocatableGuests() {
        InstallationSnapshot s = ScenarioFixtures.fourMemberTwoCec();
        ScenarioResult r = run("maintenance", s, Map.of("--service-level", "7.3+2401"), ScenarioOptions.defaults(), ScenarioFixtures.TWO_CECS);

        assertTrue(r.finished(), r.findings().toString());
        List<String> ipled = new ArrayList<>();
        for (TraceEvent.IplStarted e : r.trace().events(TraceEvent.IplStarted.class)) {
            assertEquals("7.3+2401", e.serviceLevel());
            ipled.add(e.member());
        }
        assertEquals(List.of("SYSA", "SYSB", "SYSC", "SYSD"), ipled, "every member serviced once, in slot order");
        assertEquals(4, r.memberOutages().size());
        for (ScenarioResult.MemberOutage o : r.memberOutages()) {
            assertTrue(o.endSeconds() > o.startSeconds(), "every member rejoined: " + o);
        }
        for (GuestSnapshot g : s.guests()) {
            ScenarioResult.GuestImpact i = r.guest(g.userid());
            if (g.relocatable() && !g.multiConfiguration()) {
                assertEquals(0, i.outageSeconds(), 1e-9, g.userid() + " relocates live: no outage");
                assertTrue(i.liveMoves() >= 1, g.userid() + " moved at least once");
                assertTrue(i.worstQuiesceSeconds() <= 10, g.userid() + " within MAXQUIESCE");
            }
        }
        // LOCALDB's disk is reachable from SYSA only: it is down for SYSA's outage (plus its own shutdown and boot)
        ScenarioResult.MemberOutage sysa = r.memberOutages().get(0);
        assertEquals("SYSA", sysa.member());
        double memberOutage = sysa.endSeconds() - sysa.startSeconds();
        ScenarioResult.GuestImpact local = r.guest("LOCALDB");
        assertEquals(1, local.outages());
        assertTrue(local.outageSeconds() >= memberOutage && local.outageSeconds() <= memberOutage + SHUTDOWN + BOOT + 1e-6,
                "LOCALDB outage " + local.outageSeconds() + " ~ member outage " + memberOutage);
        // DB2SVC cannot relocate but can log on elsewhere: a static move, outage = shutdown + boot each time
        ScenarioResult.GuestImpact db2 = r.guest("DB2SVC");
        assertTrue(db2.outages() >= 1);
        assertEquals(db2.outages() * (SHUTDOWN + BOOT), db2.outageSeconds(), 1e-6);
        assertTrue(r.plans().get(0).decision("LOCALDB").explanation().contains("stays down with SYSA"));
        assertTrue(r.violations().isEmpty(), "no violation expected: " + r.violations());
        // guests moved back home
        for (GuestSnapshot g : s.guests()) {
            if (g.relocatable()) {
                assertEquals(g.homeMember(), r.guest(g.userid()).endMember(), g.userid() + " back home");
            }
        }
    }

    @Test
    void rolloutComparesStrategiesAndSaysWhichIsSooner() {
        ScenarioResult r = run("maintenance", ScenarioFixtures.fourMemberTwoCec());
        assertEquals(2, r.strategies().size());
        ScenarioResult.StrategyRun one = r.strategies().stream().filter(x -> x.strategy() == Strategy.ONE_AT_A_TIME).findFirst().orElseThrow();
        ScenarioResult.StrategyRun par = r.strategies().stream().filter(x -> x.strategy() == Strategy.PLANNED_PARALLEL).findFirst().orElseThrow();
        assertEquals(r.windowSeconds(), par.windowSeconds(), 1e-9, "the reported run is the planned-parallel one");
        String sooner = one.windowSeconds() < par.windowSeconds() ? "one at a time" : "planned parallelism";
        assertTrue(r.strategyVerdict().startsWith(sooner + " finishes sooner"), r.strategyVerdict());
        assertTrue(par.windowSeconds() < one.windowSeconds(), "parallel relocations over 4-CTC links finish sooner here: " + r.strategyVerdict());
    }

    @Test
    void decisionsExplainThemselvesInOneLine() {
        ScenarioResult r = run("maintenance", ScenarioFixtures.fourMemberTwoCec());
        for (GuestDecision d : r.plans().get(0).decisions()) {
            assertFalse(d.explanation().contains("\n"));
            assertTrue(d.explanation().startsWith(d.guest()), d.explanation());
            if (d.kind() == MoveKind.LIVE) {
                assertTrue(d.explanation().matches(d.guest() + " \u2192 " + d.to() + ": live, \\d+\\.\\d s quiesce predicted.*"), d.explanation());
            }
        }
        assertTrue(r.plans().get(0).decision("TCPIP").explanation().contains("IDENTITY"));
        assertTrue(r.plans().get(1).decision("DB2SVC").explanation().contains("static move"), "DB2SVC runs on SYSB, the second member serviced");
    }

    @Test
    void processorMigrationListsExactlyTheGuestsStillRunningFromBefore() {
        InstallationSnapshot s = ScenarioFixtures.fourMemberTwoCec();
        ScenarioResult r = run("processor-migration", s, Map.of("--machine", "z17"), ScenarioOptions.defaults(), ScenarioFixtures.TWO_CECS);
        assertTrue(r.finished(), r.findings().toString());
        List<TraceEvent.MachineReplaced> replaced = r.trace().events(TraceEvent.MachineReplaced.class);
        assertEquals(4, replaced.size());
        replaced.forEach(m -> assertEquals("z17", m.machine()));
        Set<String> upDuringRun = new HashSet<>();
        for (TraceEvent.GuestUp u : r.trace().events(TraceEvent.GuestUp.class)) {
            if (u.t() > 0) {
                upDuringRun.add(u.guest());
            }
        }
        Set<String> stillRunningFromBefore = new TreeMapSet();
        for (GuestSnapshot g : s.guests()) {
            if (g.homeMember() != null && !g.multiConfiguration() && !upDuringRun.contains(g.userid()) && r.guest(g.userid()).endMember() != null) {
                stillRunningFromBefore.add(g.userid());
            }
        }
        Set<String> reIpl = new TreeMapSet();
        for (ScenarioResult.ReIplGuest x : r.reIpl()) {
            if (x.runningSinceBefore()) {
                reIpl.add(x.guest());
            }
            assertTrue(x.gains().contains("Z17-FACILITIES"), x.toString());
        }
        assertFalse(stillRunningFromBefore.isEmpty());
        assertEquals(stillRunningFromBefore, reIpl);
        // a guest logged on after the last CEC was replaced sees the new machine already
        assertTrue(r.reIpl().stream().noneMatch(x -> x.guest().equals("TCPIP")));
    }

    @Test
    void disasterRecoveryRestartsInCriticalityOrderUntilStandbyCapacityRunsOut() {
        InstallationSnapshot s = ScenarioFixtures.drTwoSites();
        ScenarioOptions o = ScenarioOptions.defaults().withPlanner(ScenarioOptions.defaults().planner().withLimits(1.5, 1.0));
        ScenarioResult r = run("dr", s, Map.of(), o, ScenarioDefaults.Context.NONE);
        assertTrue(r.finished(), r.findings().toString());
        assertEquals(20, r.recoveries().size());
        List<Recovery> restarted = r.recoveries().stream().filter(Recovery::restarted).toList();
        List<Recovery> notRestarted = r.recoveries().stream().filter(x -> !x.restarted()).toList();
        assertEquals(12, restarted.size(), "16 GiB x 1.5 = 24 GiB per standby member: 6 guests of 4 GiB each");
        double lastCrit = 0;
        double lastRecovery = 0;
        for (Recovery x : restarted) {
            assertTrue(x.criticalitySeconds() >= lastCrit, "criticality order: " + x);
            assertTrue(x.recoverySeconds() >= lastRecovery, "recovered in that order: " + x);
            lastCrit = x.criticalitySeconds();
            lastRecovery = x.recoverySeconds();
        }
        for (Recovery x : notRestarted) {
            assertTrue(x.criticalitySeconds() >= lastCrit, "only the least critical are left out: " + x);
            assertTrue(x.reason().contains("full"), x.reason());
        }
        assertEquals(8, r.violations().stream().filter(f -> f.kind().equals("NOT_RESTARTED")).count());
        double first = restarted.get(0).recoverySeconds();
        double expected = 300 + Parameters.defaults().get(SimParameters.IPL_SECONDS) + 2 * Parameters.defaults().get(SimParameters.JOIN_SECONDS) + BOOT;
        assertTrue(first >= expected - 1e-6, "sever mirroring, IPL, join, boot: " + first + " >= " + expected);
        assertTrue(r.trace().events(TraceEvent.ScenarioStep.class).stream().anyMatch(e -> e.step().equals("sever mirroring")));
    }

    @Test
    void memberFailureInSafeModeBlocksLogonsAndRelocationsUntilDeclaredDown() {
        InstallationSnapshot s = ScenarioFixtures.fourMemberTwoCec();
        ScenarioResult r = run("member-failure", s, Map.of("--member", "SYSA", "--failure", "stop", "--declare-down-seconds", "90"),
                ScenarioOptions.defaults(), ScenarioFixtures.TWO_CECS);
        assertTrue(r.finished(), r.findings().toString());
        assertEquals(2, r.safeModeChecks().size());
        for (ScenarioResult.SafeModeCheck c : r.safeModeChecks()) {
            assertTrue(c.refused(), c.toString());
            assertTrue(c.answer().contains("SAFE"), c.answer());
        }
        List<TraceEvent.ClusterModeChanged> modes = r.trace().events(TraceEvent.ClusterModeChanged.class);
        assertTrue(modes.stream().anyMatch(m -> m.to().equals("SAFE")));
        double declared = r.trace().events(TraceEvent.MemberStateChanged.class).stream()
                .filter(e -> e.member().equals("SYSA") && e.reason().contains("declared down")).findFirst().orElseThrow().t() / 1e9;
        assertEquals(90, declared, 1e-9);
        for (Recovery x : r.recoveries()) {
            if (x.restarted()) {
                assertTrue(x.recoverySeconds() >= declared + BOOT - 1e-6, "no restart before the declare-down: " + x);
            }
        }
        assertTrue(r.recoveries().stream().anyMatch(x -> x.guest().equals("LNX000") && x.order() == 1), "most critical first");
        // LOCALDB's disk is only on SYSA: it cannot be restarted elsewhere, and that is said
        Recovery local = r.recoveries().stream().filter(x -> x.guest().equals("LOCALDB")).findFirst().orElseThrow();
        assertFalse(local.restarted());
        assertTrue(local.reason().contains("LOCAL1"), local.reason());
    }

    @Test
    void abendNeedsNoDeclareDownAndRestartsAtOnce() {
        ScenarioResult r = run("member-failure", ScenarioFixtures.fourMemberTwoCec(), Map.of("--member", "SYSB", "--failure", "abend"),
                ScenarioOptions.defaults(), ScenarioFixtures.TWO_CECS);
        assertTrue(r.safeModeChecks().isEmpty());
        assertTrue(r.trace().events(TraceEvent.ClusterModeChanged.class).stream().noneMatch(m -> m.to().equals("SAFE")));
        Recovery first = r.recoveries().get(0);
        assertEquals(BOOT, first.recoverySeconds(), 1e-6, "restarted as soon as the member is down: " + first);
    }

    @Test
    void utilityLparMovesWorkThereAndBack() {
        InstallationSnapshot s = ScenarioFixtures.utilityLpar();
        ScenarioResult r = run("utility-lpar", s, Map.of("--service-level", "7.3+1"), ScenarioOptions.defaults(), ScenarioDefaults.Context.NONE);
        assertTrue(r.finished(), r.findings().toString());
        for (GuestSnapshot g : s.guests()) {
            ScenarioResult.GuestImpact i = r.guest(g.userid());
            assertEquals(2, i.liveMoves(), "to the utility member and back");
            assertEquals(0, i.outageSeconds(), 1e-9);
            assertEquals("SYSA", i.endMember());
        }
        List<TraceEvent.IplStarted> ipls = r.trace().events(TraceEvent.IplStarted.class);
        assertEquals("SYSB", ipls.get(0).member());
        assertEquals("SYSA", ipls.get(1).member());
        assertEquals("7.3+1", ipls.get(1).serviceLevel());
        TraceEvent.MemberStateChanged last = r.trace().events(TraceEvent.MemberStateChanged.class).getLast();
        assertEquals("SYSB", last.member());
        assertEquals("DOWN", last.to(), "the utility LPAR is released at the end");
    }

    @Test
    void rebalanceEvensOutWithFewMoves() {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEXR");
        b.member(ScenarioFixtures.member("SYSA", 1, "z15").build()).member(ScenarioFixtures.member("SYSB", 2, "z15").build())
                .member(ScenarioFixtures.member("SYSC", 3, "z15").build());
        b.fullMesh(4, 2, 8).vswitchEverywhere("VSWPROD", "ETHERNET");
        for (int i = 0; i < 12; i++) {
            b.guest(ScenarioFixtures.linux(String.format("LNX%03d", i), "SYSA").storage(i < 3 ? 8L << 30 : 2L << 30)
                    .touchedPages(100_000).build());
        }
        ScenarioResult r = run("rebalance", b.build(), Map.of("--tolerance", "10"), ScenarioOptions.defaults(), ScenarioDefaults.Context.NONE);
        assertTrue(r.finished());
        Map<String, Long> defined = new TreeMap<>();
        Set<String> moved = new HashSet<>();
        for (ScenarioResult.Move m : r.moves()) {
            assertTrue(m.completed(), m.toString());
            assertTrue(moved.add(m.guest()), "no guest moves twice");
        }
        for (ScenarioResult.GuestImpact g : r.guests()) {
            defined.merge(g.endMember(), g.guest().compareTo("LNX003") < 0 ? 8L : 2L, Long::sum);
        }
        long max = defined.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = defined.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertEquals(3, defined.size(), "every member got work: " + defined);
        assertTrue(100.0 * (max - min) / 64 <= 20, "within 2 x tolerance of each other: " + defined);
        // CPU decides the minimum here: 12 guests of 0.5 engine on 8-engine members, within 10 points of the
        // 25% mean, leave at most 5 guests on SYSA, so at least 7 must move
        assertEquals(7, r.moves().size(), "the fewest moves that even out memory and CPU");
    }

    @Test
    void impossibleEvacuationEndsWithAClearViolationNotAnException() {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEXF");
        b.member(ScenarioFixtures.member("SYSA", 1, "z15").build())
                .member(ScenarioFixtures.member("SYSB", 2, "z15").realBytes(8L << 30).build());
        b.fullMesh(4, 2, 8).vswitchEverywhere("VSWPROD", "ETHERNET");
        for (int i = 0; i < 6; i++) {
            b.guest(ScenarioFixtures.linux(String.format("BIG%03d", i), "SYSA").storage(8L << 30).build());
        }
        ScenarioResult r = run("maintenance", b.build(), Map.of("--member-order", "SYSA"), ScenarioOptions.defaults(), ScenarioDefaults.Context.NONE);
        assertTrue(r.finished());
        List<Finding> noPlace = r.violations().stream().filter(f -> f.kind().equals("NO_PLACEMENT")).toList();
        assertFalse(noPlace.isEmpty(), r.findings().toString());
        assertTrue(noPlace.get(0).message().contains("SYSB full"), noPlace.get(0).message());
        assertTrue(r.guests().stream().anyMatch(g -> g.outageSeconds() > 0));
    }

    @Test
    void plannerKeepsAntiAffinityGroupsApartAndTheRunIsDeterministic() {
        InstallationSnapshot s = ScenarioFixtures.fourMemberTwoCec();
        ScenarioResult r = run("maintenance", s, Map.of("--member-order", "SYSB", "--move-back", "no"), ScenarioOptions.defaults(),
                ScenarioFixtures.TWO_CECS);
        GuestDecision web = r.plans().get(0).decision("LNX005");
        assertEquals(MoveKind.LIVE, web.kind());
        assertFalse(web.to().equals("SYSA"), "LNX004 of group WEB runs on SYSA: " + web.explanation());
        assertTrue(web.alternatives().stream().anyMatch(x -> x.contains("anti-affinity group WEB")), web.alternatives().toString());
        assertTrue(r.violations().stream().noneMatch(f -> f.kind().equals("ANTI_AFFINITY")));
        ScenarioResult again = run("maintenance", s, Map.of("--member-order", "SYSB", "--move-back", "no"), ScenarioOptions.defaults(),
                ScenarioFixtures.TWO_CECS);
        assertEquals(ScenarioJson.toJson(r), ScenarioJson.toJson(again));
        assertEquals(r.trace().toJson(), again.trace().toJson());
        assertEquals(ScenarioFixtures.fourMemberTwoCec(), s, "the snapshot is not changed by a run");
    }

    @Test
    void concurrencyStopsWhereMaxQuiesceWouldBeBreached() {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEXQ");
        b.member(ScenarioFixtures.member("SYSA", 1, "z15").build()).member(ScenarioFixtures.member("SYSB", 2, "z15").build());
        b.link(ssiplan.sim.snapshot.LinkSnapshot.uniform("SYSA", "SYSB", 2, 1, 4, 0x4A00)).vswitchEverywhere("VSWPROD", "ETHERNET");
        for (int i = 0; i < 6; i++) {
            b.guest(ScenarioFixtures.linux(String.format("HOT%03d", i), "SYSA").touchedPages(200_000).writableWorkingSetPages(150_000)
                    .dirtyPagesPerSecond(30_000).build());
        }
        ScenarioResult r = run("maintenance", b.build(), Map.of("--member-order", "SYSA", "--move-back", "no"), ScenarioOptions.defaults(),
                ScenarioDefaults.Context.NONE);
        var link = r.plans().get(0).links().get(0);
        assertTrue(link.concurrent() < 4, link.toString());
        assertTrue(link.explanation().contains("MAXQUIESCE"), link.explanation());
        for (ScenarioResult.Move m : r.moves()) {
            assertTrue(m.quiesceSeconds() <= 10, m.toString());
        }
        assertNotNull(r.worstQuiesce());
    }

    /** A TreeSet under a short name, so assertion messages list guests sorted. */
    private static final class TreeMapSet extends java.util.TreeSet<String> {
        private static final long serialVersionUID = 1L;
    }

    static ScenarioSpec spec(String kind, InstallationSnapshot s, Map<String, String> p) {
        return ScenarioDefaults.of(kind, s, p, ScenarioOptions.defaults(), ScenarioDefaults.Context.NONE);
    }
}
