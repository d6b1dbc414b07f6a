package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.cluster.ClusterMode;
import ssiplan.sim.cluster.MemberState;
import ssiplan.sim.engine.SimTime;
import ssiplan.sim.lgr.EndingCode;
import ssiplan.sim.lgr.Ineligibility;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.ClusterModeChanged;
import ssiplan.sim.trace.TraceEvent.CommandRejected;
import ssiplan.sim.trace.TraceEvent.GuestDown;
import ssiplan.sim.trace.TraceEvent.GuestUp;
import ssiplan.sim.trace.TraceEvent.HeartbeatMissed;
import ssiplan.sim.trace.TraceEvent.LogonHeld;
import ssiplan.sim.trace.TraceEvent.MemberStateChanged;

/** Member states, cluster modes and what each mode allows. */
class ClusterTest {

    private static InstallationSnapshot threeMembers() {
        return Fixtures.cluster(3)
                .guest(Fixtures.linux("LNXA", "SYSA").build())
                .guest(Fixtures.linux("LNXC", "SYSC").build())
                .guest(Fixtures.linux("IDLE", null).build())
                .build();
    }

    private static List<String> modes(Trace t) {
        return t.events(ClusterModeChanged.class).stream().map(ClusterModeChanged::to).toList();
    }

    private static List<String> states(Trace t, String member) {
        return t.events(MemberStateChanged.class).stream().filter(e -> e.member().equals(member))
                .map(MemberStateChanged::to).toList();
    }

    @Test
    void safeModeRefusesRelocationsAndLogons() {
        Simulation sim = Simulation.of(threeMembers());
        sim.at(1).stop("SYSC");
        sim.at(2).relocate("LNXA", "SYSB").logon("IDLE", "SYSB");
        SimulationResult r = sim.run();
        assertEquals(ClusterMode.SAFE, sim.cluster().mode());
        assertTrue(r.relocation("LNXA").problems().stream().anyMatch(p -> p.reason() == Ineligibility.CLUSTER_NOT_STABLE));
        assertEquals("SYSA", r.memberOf("LNXA"));
        assertTrue(r.trace().events(CommandRejected.class).stream().anyMatch(c -> c.command().contains("IDLE")
                && c.reason().contains("SAFE")));
        assertNull(r.memberOf("IDLE"));
    }

    @Test
    void suddenStopMeansSafeUntilTheOperatorDeclaresTheMemberDown() {
        Simulation sim = Simulation.builder(threeMembers()).parameter("ssi.heartbeatIntervalSeconds", 5)
                .parameter("ssi.heartbeatTimeoutSeconds", 30).build();
        sim.at(12).stop("SYSC");
        sim.at(20).declareDown("SYSC"); // too early: the heartbeat (last at 10 s) is not overdue before 40 s
        sim.at(41).declareDown("SYSC");
        sim.at(42).relocate("LNXA", "SYSB");
        SimulationResult r = sim.run();
        assertEquals(List.of("JOINED", "SUSPENDED", "UNKNOWN", "DOWN"), states(r.trace(), "SYSC"));
        HeartbeatMissed missed = r.trace().events(HeartbeatMissed.class).get(0);
        assertEquals(SimTime.ofSeconds(10), missed.lastHeartbeat());
        assertEquals(SimTime.ofSeconds(40), missed.t());
        assertEquals(List.of("STABLE", "SAFE", "STABLE"), modes(r.trace()));
        ClusterModeChanged safe = r.trace().events(ClusterModeChanged.class).get(1);
        assertEquals(SimTime.ofSeconds(12), safe.t(), "SAFE as soon as ISFC contact is lost");
        assertEquals(SimTime.ofSeconds(41), r.trace().events(ClusterModeChanged.class).get(2).t());
        assertEquals(1, r.trace().events(CommandRejected.class).size(), "the early declaration is refused");
        // the stopped member's guest is gone; after the declaration relocations run again
        assertNull(r.memberOf("LNXC"));
        assertEquals(EndingCode.COMPLETED, r.relocation("LNXA").endingCode());
    }

    @Test
    void abendMarksItselfDownSoTheClusterStaysStable() {
        Simulation sim = Simulation.of(threeMembers());
        sim.at(5).abend("SYSC");
        sim.at(6).relocate("LNXA", "SYSB");
        SimulationResult r = sim.run();
        assertEquals(List.of("JOINED", "DOWN"), states(r.trace(), "SYSC"));
        assertEquals(List.of("STABLE"), modes(r.trace()));
        assertTrue(r.trace().events(GuestDown.class).stream().anyMatch(d -> d.guest().equals("LNXC")));
        assertEquals(EndingCode.COMPLETED, r.relocation("LNXA").endingCode());
    }

    @Test
    void oneMemberJoinsAtATime() {
        InstallationSnapshot s = InstallationSnapshot.builder("PLEX1")
                .member(Fixtures.member(0).build())
                .member(Fixtures.member(1).down().build())
                .member(Fixtures.member(2).down().build())
                .fullMesh(4, 2, 8).build();
        Simulation sim = Simulation.builder(s).parameter("member.iplSeconds", 100).parameter("member.joinSeconds", 20).build();
        sim.at(0).ipl("SYSB").ipl("SYSC", "7.4+2401");
        SimulationResult r = sim.run();
        List<MemberStateChanged> changes = r.trace().events(MemberStateChanged.class).stream()
                .filter(e -> !e.from().isEmpty()).toList();
        assertEquals(List.of("SYSB JOINING 100", "SYSB JOINED 120", "SYSC JOINING 120", "SYSC JOINED 140"),
                changes.stream().map(e -> e.member() + " " + e.to() + " " + e.t() / SimTime.NANOS_PER_SECOND).toList());
        // SYSC starts joining the moment SYSB has joined, so the cluster stays IN-FLUX from 100 s to 140 s
        assertEquals(List.of("STABLE", "IN-FLUX", "STABLE"), modes(r.trace()));
        assertEquals(SimTime.ofSeconds(140), r.trace().events(ClusterModeChanged.class).get(2).t());
        assertEquals("7.4+2401", sim.cluster().member("SYSC").serviceLevel().toString());
        assertTrue(sim.cluster().members().stream().allMatch(m -> m.state() == MemberState.JOINED));
    }

    @Test
    void logonIsHeldWhileInFluxAndRunsWhenStable() {
        InstallationSnapshot s = InstallationSnapshot.builder("PLEX1")
                .member(Fixtures.member(0).build()).member(Fixtures.member(1).down().build())
                .fullMesh(4, 2, 8).guest(Fixtures.linux("IDLE", null).build()).build();
        Simulation sim = Simulation.builder(s).parameter("member.iplSeconds", 10).parameter("member.joinSeconds", 20)
                .parameter("guest.bootSeconds", 60).build();
        sim.at(0).ipl("SYSB");
        sim.at(15).logon("IDLE", "SYSA");
        SimulationResult r = sim.run();
        assertEquals(1, r.trace().events(LogonHeld.class).size());
        GuestUp up = r.trace().events(GuestUp.class).get(0);
        assertEquals(SimTime.ofSeconds(30 + 60), up.t(), "boots once STABLE at 30 s");
        assertEquals("SYSA", r.memberOf("IDLE"));
    }

    @Test
    void joiningWithoutAnIsfcLinkIsolatesTheMemberAndTheClusterGoesSafe() {
        InstallationSnapshot s = InstallationSnapshot.builder("PLEX1")
                .member(Fixtures.member(0).build()).member(Fixtures.member(1).build()).member(Fixtures.member(2).down().build())
                .link(LinkSnapshot.uniform("SYSA", "SYSB", 4, 2, 8, 0x4A00))
                .link(LinkSnapshot.uniform("SYSA", "SYSC", 4, 2, 8, 0x4B00))
                .build();
        Simulation sim = Simulation.of(s);
        sim.at(0).ipl("SYSC");
        sim.at(500).shutdown("SYSC");
        SimulationResult r = sim.run();
        assertEquals(List.of("DOWN", "JOINING", "ISOLATED", "DOWN"), states(r.trace(), "SYSC"));
        assertEquals(List.of("STABLE", "IN-FLUX", "SAFE", "STABLE"), modes(r.trace()));
        assertTrue(r.trace().events(MemberStateChanged.class).stream()
                .anyMatch(e -> e.to().equals("ISOLATED") && e.reason().contains("SYSB")));
    }

    @Test
    void shutdownSignalsGuestsThenLeavesAndEndsOutgoingRelocations() {
        Simulation sim = Simulation.builder(threeMembers()).parameter("guest.shutdownSeconds", 30)
                .parameter("member.leaveSeconds", 20).build();
        sim.at(0).relocate("LNXA", "SYSB", RelocationOptions.DEFAULTS.asynchronous()).shutdown("SYSA");
        SimulationResult r = sim.run();
        assertEquals(EndingCode.GUEST_RESET, r.relocation("LNXA").endingCode());
        assertEquals(List.of("JOINED", "LEAVING", "DOWN"), states(r.trace(), "SYSA"));
        MemberStateChanged down = r.trace().events(MemberStateChanged.class).stream()
                .filter(e -> e.member().equals("SYSA") && e.to().equals("DOWN")).findFirst().orElseThrow();
        assertEquals(SimTime.ofSeconds(50), down.t());
        assertNull(r.memberOf("LNXA"));
        assertFalse(sim.cluster().member("SYSA").running());
        assertEquals(ClusterMode.STABLE, sim.cluster().mode());
    }
}
