package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import ssiplan.model.Installation;
import ssiplan.model.examples.Examples;
import ssiplan.model.examples.SyntheticInstallations;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.EligibilityResult;
import ssiplan.sim.lgr.EndingCode;
import ssiplan.sim.lgr.Ineligibility;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.model.ModelSnapshots;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;

/** The bundled examples and the synthetic generator go through the adapter and behave as their authors describe. */
class ExamplesSimulationTest {

    static List<String> examples() {
        return Examples.names();
    }

    /**
     * Every guest logged on at the start, tested against every other member once the members that
     * are down at plan start (a utility LPAR, a standby site) have been IPLed and joined.
     */
    private static SimulationResult testEverything(InstallationSnapshot s) {
        Simulation sim = Simulation.of(s);
        double t = 0;
        for (MemberSnapshot m : s.members()) {
            if (m.initialState() == ssiplan.sim.snapshot.InitialMemberState.DOWN) {
                sim.at(0).ipl(m.name());
                t = 3600;
            }
        }
        for (GuestSnapshot g : s.guests()) {
            if (g.homeMember() != null) {
                for (MemberSnapshot m : s.members()) {
                    if (!m.name().equals(g.homeMember())) {
                        sim.at(t).test(g.userid(), m.name());
                    }
                }
            }
        }
        return sim.run();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleConvertsAndItsGuestsCanBeTested(String name) {
        Installation installation = Examples.create(name);
        Map<String, InstallationSnapshot> clusters = ModelSnapshots.all(installation);
        assertFalse(clusters.isEmpty(), name);
        for (InstallationSnapshot s : clusters.values()) {
            assertTrue(s.members().size() >= 2, name + ": " + s.members());
            assertFalse(s.guests().isEmpty(), name);
            SimulationResult r = testEverything(s);
            assertTrue(r.tests().stream().anyMatch(EligibilityResult::eligible), name + ": some guest can move somewhere");
        }
    }

    @Test
    void aRelocatableGuestOfFourMemberTwoCecRelocates() {
        InstallationSnapshot s = ModelSnapshots.of(Examples.create("four-member-two-cec"));
        assertEquals("PLEXA", s.ssiName());
        for (String guest : List.of("LXDNS01", "LXWAS01", "LXORA11")) {
            GuestSnapshot g = s.guest(guest);
            String to = s.members().stream().map(MemberSnapshot::name).filter(m -> !m.equals(g.homeMember())).findFirst().orElseThrow();
            Simulation sim = Simulation.of(s);
            sim.at(0).relocate(guest, to);
            SimulationResult r = sim.run();
            RelocationResult res = r.relocation(guest);
            assertEquals(EndingCode.COMPLETED, res.endingCode(), res::details);
            assertEquals(to, r.memberOf(guest));
            assertEquals(g.touchedPages(), res.passes().get(0).pages());
            assertTrue(res.quiesceSeconds() < 10, res::details);
        }
    }

    @ParameterizedTest
    @CsvSource({"LXTSM01, LGR-DEDICATED", "LXLCL01, LGR-MDISK-VOLUME", "ZVMTST1, LGR-GUEST-OS", "LXTMP01, LGR-TDISK",
            "LXHSI01, LGR-EQID", "LXLIC01, LGR-DOMAIN"})
    void theGuestsFourMemberTwoCecCannotMoveAreRefusedForTheirReason(String guest, String code) {
        InstallationSnapshot s = ModelSnapshots.of(Examples.create("four-member-two-cec"));
        GuestSnapshot g = s.guest(guest);
        Simulation sim = Simulation.of(s);
        for (MemberSnapshot m : s.members()) {
            if (!m.name().equals(g.homeMember())) {
                sim.at(0).test(guest, m.name());
            }
        }
        for (EligibilityResult r : sim.run().tests()) {
            Set<String> codes = r.problems().stream().map(p -> p.reason().code()).collect(Collectors.toSet());
            assertTrue(codes.contains(code), guest + " to " + r.to() + ": " + r.problems());
            if (!guest.equals("LXLIC01")) {
                assertTrue(codes.contains(Ineligibility.RELOCATION_DISABLED.code()), guest + " has VMRELOCATE OFF: " + codes);
            }
        }
    }

    @Test
    void aGeneratedInstallationConvertsAndItsGuestsRelocate() {
        InstallationSnapshot s = ModelSnapshots.of(SyntheticInstallations.generate(8, 400, 7));
        assertEquals(8, s.members().size());
        assertEquals(400, s.guests().stream().filter(g -> g.userid().startsWith("LNX")).count(), "400 Linux guests besides IBM's service machines");
        Simulation sim = Simulation.of(s);
        int i = 0;
        for (GuestSnapshot g : s.guests()) {
            if (g.homeMember() != null && g.relocationEnabled()) {
                MemberSnapshot home = s.member(g.homeMember());
                String to = s.members().get((s.members().indexOf(home) + 1) % 8).name();
                sim.at(i++ * 0.5).relocate(g.userid(), to, RelocationOptions.DEFAULTS.asynchronous());
            }
        }
        SimulationResult r = sim.run();
        assertTrue(i > 300, "most generated guests are logged on and relocatable: " + i);
        long completed = r.relocations().stream().filter(RelocationResult::completed).count();
        assertTrue(completed > i * 0.8, completed + " of " + i + " completed; first refusal: "
                + r.relocations().stream().filter(x -> !x.completed()).findFirst().map(RelocationResult::details).orElse(""));
    }
}
