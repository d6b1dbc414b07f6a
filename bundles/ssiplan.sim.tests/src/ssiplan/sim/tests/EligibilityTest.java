package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.lgr.EligibilityResult;
import ssiplan.sim.lgr.Force;
import ssiplan.sim.lgr.Ineligibility;
import ssiplan.sim.lgr.RelocationOptions;
import ssiplan.sim.snapshot.CryptoUse;
import ssiplan.sim.snapshot.DcssUse;
import ssiplan.sim.snapshot.DeviceKind;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;
import ssiplan.sim.snapshot.NicSnapshot;
import ssiplan.sim.snapshot.PageRangeType;
import ssiplan.sim.snapshot.RelocationDomainSnapshot;
import ssiplan.sim.snapshot.Units;
import ssiplan.sim.snapshot.VswitchSnapshot;

/** Every eligibility condition of reference section 3.3, one case each, with its FORCE where there is one. */
class EligibilityTest {

    /** One case: how to build the installation, what happens first, and the reason expected for LINUX1 -> SYSB. */
    record Case(Ineligibility reason, UnaryOperator<GuestSnapshot.Builder> guest,
            Consumer<InstallationSnapshot.Builder> installation, Consumer<Simulation> before) {
        @Override
        public String toString() {
            return reason.name();
        }
    }

    private static Case guestCase(Ineligibility r, UnaryOperator<GuestSnapshot.Builder> g) {
        return new Case(r, g, b -> { }, s -> { });
    }

    /** Three members; SYSB is the destination. Members differ only where a case says so. */
    private static InstallationSnapshot.Builder base(Case c) {
        InstallationSnapshot.Builder b = InstallationSnapshot.builder("PLEX1");
        // SYSA and SYSC at 7.4 for the CP-level case: the guest's domain assumes 7.4, SYSB is still at 7.3
        b.member(Fixtures.member(0).eqid("OSA1").crypto("CEX7C").savedSegment("CMS", "S1").savedSegment("LNXSEG", "S1")
                .serviceLevel(c.reason() == Ineligibility.CP_LEVEL ? "7.4" : "7.3").build());
        if (c.reason() == Ineligibility.ARCHITECTURE) {
            b.member(Fixtures.member(1).machine("z14").facilities(List.of()).build());
        } else if (c.reason() == Ineligibility.CP_LEVEL) {
            b.member(Fixtures.member(1).serviceLevel("7.3+2301").build());
        } else if (c.reason() == Ineligibility.STORAGE_CURRENT) {
            b.member(Fixtures.member(1).realBytes(Units.gib(2)).pagingBytes(Units.gib(1)).build());
        } else if (c.reason() == Ineligibility.STORAGE_PAGING) {
            b.member(Fixtures.member(1).realBytes(Units.gib(1)).pagingBytes(Units.gib(1)).build());
        } else {
            b.member(Fixtures.member(1).eqid("OSA1").crypto("CEX7C").savedSegment("CMS", "S1").savedSegment("LNXSEG", "S1").build());
        }
        b.member(Fixtures.member(2).serviceLevel("7.4").build());
        b.link(LinkSnapshot.uniform("SYSA", "SYSC", 4, 2, 16, 0x4A00));
        b.link(LinkSnapshot.uniform("SYSB", "SYSC", 4, 2, 16, 0x4B00));
        if (c.reason() != Ineligibility.NO_ISFC_LINK) {
            b.link(LinkSnapshot.uniform("SYSA", "SYSB", 4, 2, 16, 0x4C00));
        }
        for (String m : List.of("SYSA", "SYSB", "SYSC")) {
            if (c.reason() == Ineligibility.VSWITCH_MISSING && m.equals("SYSB")) {
                continue;
            }
            String def = c.reason() == Ineligibility.VSWITCH_DIFFERENT && m.equals("SYSB") ? "IP" : "ETHERNET";
            b.vswitch(c.reason() == Ineligibility.VSWITCH_NOT_AUTHORIZED && m.equals("SYSB")
                    ? VswitchSnapshot.restricted(m, "VSWPROD", def, List.of("OTHER"))
                    : VswitchSnapshot.open(m, "VSWPROD", def));
        }
        c.installation().accept(b);
        GuestSnapshot.Builder g = Fixtures.linux("LINUX1", "SYSA").storage(Units.gib(2)).touchedPages(100_000);
        b.guest(c.guest().apply(g).build());
        b.guest(Fixtures.linux("OTHER1", "SYSC").build());
        return b;
    }

    /** Builds on top of base(): a case that needs a domain or another adjustment adds it itself. */
    private static EligibilityResult testAfter(Case c, Set<Force> force) {
        InstallationSnapshot.Builder b = base(c);
        Simulation sim = Simulation.of(b.build());
        c.before().accept(sim);
        sim.at(10).test("LINUX1", "SYSB", force.toArray(Force[]::new));
        SimulationResult r = sim.run();
        return r.tests().get(r.tests().size() - 1);
    }

    static Stream<Case> cases() {
        UnaryOperator<GuestSnapshot.Builder> same = g -> g;
        return Stream.of(
                new Case(Ineligibility.NOT_LOGGED_ON, GuestSnapshot.Builder::loggedOff, b -> { }, s -> { }),
                new Case(Ineligibility.SAME_MEMBER, g -> g.on("SYSB"), b -> { }, s -> { }),
                guestCase(Ineligibility.MULTICONFIGURATION, g -> g.multiConfiguration(true)),
                guestCase(Ineligibility.UNSUPPORTED_GUEST, g -> g.relocatable(false)),
                guestCase(Ineligibility.RELOCATION_DISABLED, g -> g.relocationEnabled(false)),
                new Case(Ineligibility.IN_TRANSITION, same, b -> { }, s -> s.at(9).logoff("LINUX1")),
                new Case(Ineligibility.ALREADY_RELOCATING, g -> g.touchedPages(500_000), b -> { },
                        s -> s.at(9.9).relocate("LINUX1", "SYSC", RelocationOptions.DEFAULTS.asynchronous())),
                guestCase(Ineligibility.DEVICE_NO_EQUIVALENT, g -> g.device(DeviceSnapshot.dedicated("0700", DeviceKind.DEDICATED_FCP, "FCP9"))),
                guestCase(Ineligibility.DEDICATED_DEVICE, g -> g.device(DeviceSnapshot.of("0181", DeviceKind.DEDICATED_TAPE))),
                guestCase(Ineligibility.TDISK, g -> g.device(DeviceSnapshot.of("0300", DeviceKind.TDISK))),
                guestCase(Ineligibility.VIRTUAL_CTC, g -> g.device(DeviceSnapshot.of("0500", DeviceKind.VIRTUAL_CTC_COUPLED))),
                guestCase(Ineligibility.MINIDISK_VOLUME, g -> g.device(DeviceSnapshot.minidisk("0201", "LOCAL1"))),
                guestCase(Ineligibility.VSWITCH_MISSING, same),
                guestCase(Ineligibility.VSWITCH_DIFFERENT, same),
                guestCase(Ineligibility.VSWITCH_NOT_AUTHORIZED, same),
                guestCase(Ineligibility.GUEST_LAN, g -> g.nic(NicSnapshot.guestLan("0700", "TESTLAN"))),
                guestCase(Ineligibility.DCSS_EXCLUSIVE, g -> g.dcss(DcssUse.of("MYSEG", PageRangeType.EW))),
                guestCase(Ineligibility.DCSS_MISSING, g -> g.dcss(DcssUse.of("SHARED9", PageRangeType.SR))),
                guestCase(Ineligibility.NSS_MISMATCH, g -> g.iplNss("LNXNSS")),
                guestCase(Ineligibility.RESERVED_PAGES, g -> g.reservedPages(1000)),
                guestCase(Ineligibility.IUCV_CONNECTION, g -> g.iucv("*MSG", "RACFVM")),
                guestCase(Ineligibility.TRACE_ACTIVE, g -> g.traced(true)),
                guestCase(Ineligibility.DEDICATED_CPU, g -> g.dedicatedCpus(true)),
                guestCase(Ineligibility.CRYPTO_TYPE, g -> g.crypto(CryptoUse.apvirt("CEX8S"))),
                guestCase(Ineligibility.CRYPTO_DEDICATED, g -> g.crypto(CryptoUse.apded("CEX7C"))),
                new Case(Ineligibility.CLUSTER_NOT_STABLE, same, b -> { }, s -> s.at(1).stop("SYSC")),
                new Case(Ineligibility.DESTINATION_UNAVAILABLE, same, b -> { }, s -> s.at(1).shutdown("SYSB")),
                guestCase(Ineligibility.NO_ISFC_LINK, same),
                // the guest's domain is SYSA+SYSC (both z15); SYSB is a z14 and, with FORCE DOMAIN, only architecture is left
                new Case(Ineligibility.ARCHITECTURE, g -> g.domain("PROD"),
                        b -> b.domain(RelocationDomainSnapshot.of("PROD", "SYSA", "SYSC")), s -> { }),
                new Case(Ineligibility.CP_LEVEL, g -> g.domain("PROD"),
                        b -> b.domain(RelocationDomainSnapshot.of("PROD", "SYSA", "SYSC")), s -> { }),
                new Case(Ineligibility.DOMAIN, g -> g.domain("PROD"),
                        b -> b.domain(RelocationDomainSnapshot.of("PROD", "SYSA", "SYSC")), s -> { }),
                guestCase(Ineligibility.STORAGE_CURRENT, g -> g.storage(Units.gib(4)).touchedPages(100_000)),
                guestCase(Ineligibility.STORAGE_MAXIMUM, g -> g.maxStorage(Units.gib(1024))),
                guestCase(Ineligibility.STORAGE_PAGING, g -> g.storage(Units.gib(2)).touchedPages(510_000)));
    }

    @Test
    void everyReasonHasACase() {
        EnumSet<Ineligibility> covered = EnumSet.noneOf(Ineligibility.class);
        cases().forEach(c -> covered.add(c.reason()));
        assertEquals(EnumSet.allOf(Ineligibility.class), covered);
    }

    @Test
    void aPlainGuestIsEligible() {
        Case c = guestCase(Ineligibility.NOT_LOGGED_ON, g -> g); // reason unused: nothing is changed
        EligibilityResult r = testAfter(c, Set.of());
        assertTrue(r.eligible(), () -> r.problems().toString());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachConditionIsReportedWithAMessage(Case c) {
        Set<Force> force = c.reason() == Ineligibility.ARCHITECTURE || c.reason() == Ineligibility.CP_LEVEL
                ? Set.of(Force.DOMAIN) : Set.of();
        EligibilityResult r = testAfter(c, force);
        assertTrue(r.has(c.reason()), () -> c.reason() + " expected, got " + r.problems());
        r.problems().stream().filter(p -> p.reason() == c.reason())
                .forEach(p -> assertTrue(p.message().length() > 15, "message says what is wrong: " + p.message()));
        if (c.reason().forcedBy() != null) {
            EnumSet<Force> all = EnumSet.noneOf(Force.class);
            all.addAll(force);
            all.add(c.reason().forcedBy());
            EligibilityResult forced = testAfter(c, all);
            assertFalse(forced.has(c.reason()), c.reason() + " is overridden by FORCE " + c.reason().forcedBy());
        }
    }

    @Test
    void aDedicatedDeviceOfUnknownKindBlocks() {
        EligibilityResult r = testAfter(guestCase(Ineligibility.DEDICATED_DEVICE,
                g -> g.device(DeviceSnapshot.of("0190", DeviceKind.DEDICATED_OTHER))), Set.of());
        assertTrue(r.has(Ineligibility.DEDICATED_DEVICE), () -> r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("0190"), () -> r.problems().toString());
    }

    @Test
    void vmrelocateOffIsOneReasonNotAlsoTheOperatingSystem() {
        EligibilityResult r = testAfter(guestCase(Ineligibility.RELOCATION_DISABLED, g -> g.relocationEnabled(false)), Set.of());
        assertEquals(List.of(Ineligibility.RELOCATION_DISABLED), r.problems().stream().map(p -> p.reason()).toList());
        assertTrue(r.problems().get(0).message().contains("VMRELOCATE ON"), r.problems().get(0).message());
    }

    @Test
    void hardStorageCheckCannotBeForced() {
        Case c = guestCase(Ineligibility.STORAGE_CURRENT, g -> g.storage(Units.gib(4)).touchedPages(100_000));
        assertTrue(testAfter(c, EnumSet.allOf(Force.class)).has(Ineligibility.STORAGE_CURRENT));
    }

    @Test
    void moveOfAnIneligibleGuestIsRefusedAndTheGuestStays() {
        InstallationSnapshot s = base(guestCase(Ineligibility.TDISK, g -> g.device(DeviceSnapshot.of("0300", DeviceKind.TDISK)))).build();
        Simulation sim = Simulation.of(s);
        sim.at(0).relocate("LINUX1", "SYSB");
        SimulationResult r = sim.run();
        assertTrue(r.relocation("LINUX1").rejected());
        assertEquals("SYSA", r.memberOf("LINUX1"));
        assertTrue(r.relocation("LINUX1").details().contains("LGR-TDISK"));
    }
}
