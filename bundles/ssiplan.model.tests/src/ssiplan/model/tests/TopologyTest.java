package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.FiconSpeed;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.VolumeUse;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ChannelRate;
import ssiplan.model.derived.CpOwnedSlots;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.model.derived.MemberSlots;
import ssiplan.model.derived.ReleaseLimits;
import ssiplan.model.format.StorageSize;

/** ISFC links, member slots, CP_Owned slots, release limits and small formats. */
class TopologyTest {

    private final SampleInstallation sample = new SampleInstallation();

    @Test
    void linkIsFoundFromEitherEnd() {
        assertSame(sample.linkAb, IsfcLinks.between(sample.cluster, sample.sysa, sample.sysb).orElseThrow());
        assertSame(sample.linkAb, IsfcLinks.between(sample.cluster, sample.sysb, sample.sysa).orElseThrow());
        assertTrue(IsfcLinks.between(sample.cluster, sample.sysa, sample.sysc).isEmpty());
        assertSame(sample.sysa, IsfcLinks.otherEnd(sample.linkAb, sample.sysb).orElseThrow());
    }

    @Test
    void missingPairsShowWhereTheMeshIsIncomplete() {
        List<IsfcLinks.MemberPair> missing = IsfcLinks.missingPairs(sample.cluster);
        assertEquals(List.of(new IsfcLinks.MemberPair(sample.sysa, sample.sysc)), missing);
    }

    @Test
    void distinctChpidsPerEnd() {
        assertEquals(2, IsfcLinks.channelPathsAt(sample.linkAb, sample.sysa).size());
        assertEquals(List.of("40", "41"), IsfcLinks.channelPathsAt(sample.linkAb, sample.sysa).stream().map(p -> p.getChpid()).toList());
        assertTrue(IsfcLinks.channelPathsAt(sample.linkAb, sample.sysc).isEmpty());
    }

    @Test
    void memberSlotsFollowTheReleaseLimit() {
        assertEquals(8, MemberSlots.maxMembers(sample.cluster), "7.3 default is the cited (unconfirmed) 8");
        assertEquals(List.of(4, 5, 6, 7, 8), MemberSlots.freeSlots(sample.cluster));
        sample.cluster.setRelease(ZvmRelease.V7_2);
        assertEquals(List.of(4), MemberSlots.freeSlots(sample.cluster));
        assertSame(sample.sysb, MemberSlots.memberIn(sample.cluster, 2).orElseThrow());
    }

    @Test
    void planningSettingsOverrideTheDefaultLimit() {
        sample.installation.getSettings().getReleaseLimits().stream()
                .filter(l -> l.getRelease() == ZvmRelease.V7_3).findFirst().orElseThrow().setMaxMembers(4);
        assertEquals(4, MemberSlots.maxMembers(sample.cluster));
        assertEquals(8, ReleaseLimits.maxMembers(null, ZvmRelease.V7_4));
        assertTrue(ReleaseLimits.defaultFor(ZvmRelease.V6_2).isConfirmed());
        assertEquals(ZvmRelease.VALUES.size(), sample.installation.getSettings().getReleaseLimits().size());
        assertEquals(1.5, sample.installation.getSettings().getMemoryOvercommitLimit());
    }

    @Test
    void cpOwnedSlotsFollowIbmsLayout() {
        assertEquals(OptionalInt.of(5), CpOwnedSlots.slotOf(sample.sysa, sample.common));
        assertSame(sample.common, CpOwnedSlots.volumeIn(sample.sysa, 5).orElseThrow());
        assertEquals(OptionalInt.of(1), CpOwnedSlots.conventionalSlot(sample.sysa, VolumeUse.SYSRES));
        assertEquals(OptionalInt.empty(), CpOwnedSlots.conventionalSlot(sample.sysa, VolumeUse.COMMON), "slot 5 is taken");
        assertEquals(OptionalInt.of(10), CpOwnedSlots.conventionalSlot(sample.sysa, VolumeUse.SPOOL));
        CpOwnedSlot page = SsiplanFactory.eINSTANCE.createCpOwnedSlot();
        page.setSlot(255);
        sample.sysa.getCpOwnedSlots().add(page);
        assertEquals(OptionalInt.of(254), CpOwnedSlots.conventionalSlot(sample.sysa, VolumeUse.PAGE));
        assertEquals(OptionalInt.empty(), CpOwnedSlots.conventionalSlot(sample.sysa, VolumeUse.USER_SHARED));
        assertTrue(CpOwnedSlots.isValidSlot(255) && !CpOwnedSlots.isValidSlot(256) && !CpOwnedSlots.isValidSlot(0));
    }

    @Test
    void channelRates() {
        assertEquals(16, ChannelRate.gigabitsPerSecond(FiconSpeed.EXPRESS16SA));
        assertEquals(3200, ChannelRate.nominalMegabytesPerSecond(FiconSpeed.EXPRESS32S));
        assertEquals(270, ChannelRate.nominalMegabytesPerSecond(FiconSpeed.EXPRESS2));
        for (FiconSpeed speed : FiconSpeed.VALUES) {
            assertTrue(ChannelRate.nominalMegabytesPerSecond(speed) > 0);
        }
    }

    @Test
    void storageSizes() {
        assertEquals("4G", StorageSize.ofMiB(4096));
        assertEquals("1536M", StorageSize.ofMiB(1536));
        assertEquals("1T", StorageSize.ofMiB(1024 * 1024));
        assertEquals("0M", StorageSize.ofMiB(0));
        assertEquals("64G", StorageSize.ofGiB(64));
    }
}
