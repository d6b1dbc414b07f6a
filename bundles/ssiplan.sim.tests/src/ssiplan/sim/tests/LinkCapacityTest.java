package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ssiplan.sim.isfc.LinkCapacity;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.snapshot.CtcSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;

/** The ISFC link rate model: write collisions, CHPID sharing, mixed speeds. */
class LinkCapacityTest {

    private static final Parameters P = Parameters.defaults();

    @ParameterizedTest
    @CsvSource({"1,1", "2,1", "4,3", "8,7", "9,7", "16,14"})
    void writeCollisionRuleLimitsSendingDevices(int ctcs, int sending) {
        assertEquals(sending, LinkCapacity.sendingDevices(ctcs));
    }

    @Test
    void lowerNamedMemberSendsFromTheLowestDeviceNumbersTheOtherFromTheHighest() {
        LinkSnapshot l = LinkSnapshot.uniform("SYSB", "SYSA", 4, 4, 8, 0x4A00);
        assertEquals(List.of("4A00", "4A01", "4A02"), LinkCapacity.sendingDevices(l, "SYSA").stream().map(CtcSnapshot::rdev).toList());
        assertEquals(List.of("4A01", "4A02", "4A03"), LinkCapacity.sendingDevices(l, "SYSB").stream().map(CtcSnapshot::rdev).toList());
    }

    @Test
    void ctcsOnOneChpidShareItsRate() {
        // five CTCs on one 8 Gb/s CHPID: four send, which fills the CHPID once: 800 MB/s x 0.85
        LinkSnapshot oneChpid = LinkSnapshot.uniform("SYSA", "SYSB", 5, 1, 8, 0x4A00);
        assertEquals(800e6 * 0.85, LinkCapacity.bytesPerSecond(oneChpid, "SYSA", P), 1e-3);
        // the same five CTCs over four CHPIDs: four CHPIDs with one sending device each, a quarter of each
        LinkSnapshot fourChpids = LinkSnapshot.uniform("SYSA", "SYSB", 5, 4, 8, 0x4A00);
        assertEquals(4 * 800e6 * 0.85 / 4, LinkCapacity.bytesPerSecond(fourChpids, "SYSA", P), 1e-3);
        // 16 CTCs over 2 CHPIDs: 14 send, 7 per CHPID, both full
        LinkSnapshot big = LinkSnapshot.uniform("SYSA", "SYSB", 16, 2, 8, 0x4A00);
        assertEquals(2 * 800e6 * 0.85, LinkCapacity.bytesPerSecond(big, "SYSA", P), 1e-3);
        // 16 CTCs over 4 CHPIDs: the two devices a side may not send on leave two CHPIDs at 3 of 4
        LinkSnapshot wide = LinkSnapshot.uniform("SYSA", "SYSB", 16, 4, 8, 0x4A00);
        assertEquals(3.5 * 800e6 * 0.85, LinkCapacity.bytesPerSecond(wide, "SYSA", P), 1e-3);
    }

    @Test
    void moreCtcsAndChpidsRaiseThroughputUntilChannelsAreFull() {
        double prev = 0;
        for (int n = 2; n <= 5; n++) {
            double r = LinkCapacity.bytesPerSecond(LinkSnapshot.uniform("SYSA", "SYSB", n, 1, 16, 0x100), "SYSA", P);
            assertTrue(r >= prev);
            prev = r;
        }
        double full = LinkCapacity.bytesPerSecond(LinkSnapshot.uniform("SYSA", "SYSB", 8, 1, 16, 0x100), "SYSA", P);
        assertEquals(prev, full, 1e-3, "one channel is full at four sending devices");
    }

    @Test
    void mixingChpidSpeedsCostsEfficiency() {
        LinkSnapshot mixed = new LinkSnapshot("SYSA", "SYSB", List.of(
                new CtcSnapshot("4A00", "40", 8), new CtcSnapshot("4A01", "41", 16), new CtcSnapshot("4A02", "42", 8)));
        double sum = (800e6 + 1600e6) * 0.85 * 0.25; // SYSA sends on 4A00 (8G) and 4A01 (16G)
        assertEquals(sum * 0.8, LinkCapacity.bytesPerSecond(mixed, "SYSA", P), 1e-3);
        double calibrated = LinkCapacity.bytesPerSecond(mixed, "SYSA", P.with("isfc.mixedSpeedEfficiency", 1.0));
        assertEquals(sum, calibrated, 1e-3);
    }

    @Test
    void theSlowerOrMoreSharedEndLimitsTheLink() {
        // four CTCs, each on its own 16 Gb/s CHPID at SYSA, but all on one 8 Gb/s CHPID at SYSB
        List<CtcSnapshot> ctcs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ctcs.add(new CtcSnapshot("4A0" + i, "4" + i, 16, "5A0" + i, "50", 8));
        }
        LinkSnapshot l = new LinkSnapshot("SYSA", "SYSB", ctcs);
        // three devices send; at SYSA they reach 3 x 1600 x 0.85 x 1/4, at SYSB one CHPID 800 x 0.85 x 3/4
        double atA = 3 * 1600e6 * 0.85 / 4;
        double atB = 800e6 * 0.85 * 3 / 4;
        assertTrue(atB < atA);
        assertEquals(atB * 0.8, LinkCapacity.bytesPerSecond(l, "SYSA", P), 1e-3, "the ends run at different speeds: mixed");
        assertEquals(atB * 0.8, LinkCapacity.bytesPerSecond(l, "SYSB", P), 1e-3);
    }

    @Test
    void ctcsGivenFromTheOtherEndAreTurnedRound() {
        // the same cabling described from SYSB's side: device and CHPID numbers swap ends
        LinkSnapshot fromB = new LinkSnapshot("SYSB", "SYSA", List.of(new CtcSnapshot("5A00", "50", 8, "4A00", "40", 16)));
        assertEquals("SYSA", fromB.memberA());
        CtcSnapshot c = fromB.ctcs().get(0);
        assertEquals(List.of("4A00", "40", "5A00", "50"), List.of(c.rdev(), c.chpid(), c.rdevB(), c.chpidB()));
        assertEquals(16, c.speedGbps());
        assertEquals(8, c.speedGbpsB());
        // one CHPID of each speed: limited by the 8 Gb/s end
        assertEquals(800e6 * 0.85 * 0.25 * 0.8, LinkCapacity.bytesPerSecond(fromB, "SYSA", P), 1e-3);
    }

    @Test
    void linkSnapshotRejectsWhatCannotBeConfigured() {
        assertThrows(IllegalArgumentException.class, () -> LinkSnapshot.uniform("SYSA", "SYSB", 17, 2, 8, 0x100));
        assertThrows(IllegalArgumentException.class, () -> new LinkSnapshot("SYSA", "SYSB", List.of(
                new CtcSnapshot("4A00", "40", 8), new CtcSnapshot("4A01", "40", 16))));
        assertThrows(IllegalArgumentException.class, () -> new LinkSnapshot("SYSA", "SYSB", List.of(
                new CtcSnapshot("4A00", "40", 8, "5A00", "50", 8), new CtcSnapshot("4A01", "41", 8, "5A01", "50", 16))),
                "the far end's CHPID 50 cannot run at two speeds either");
        assertThrows(IllegalArgumentException.class, () -> new LinkSnapshot("SYSA", "SYSA", List.of(new CtcSnapshot("1", "40", 8))));
    }
}
