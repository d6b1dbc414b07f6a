package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.derived.Architecture;
import ssiplan.model.derived.Facility;
import ssiplan.model.derived.MachineGeneration;

class ArchitectureTest {

    @Test
    void everyMachineTypeHasAGeneration() {
        for (MachineType type : MachineType.VALUES) {
            MachineGeneration generation = MachineGeneration.of(type);
            assertTrue(Architecture.of(type).facilities().contains(Facility.Z_ARCHITECTURE), type + " " + generation);
        }
        assertEquals(MachineGeneration.Z15, MachineGeneration.of(MachineType.Z15_T02));
        assertEquals(MachineGeneration.Z196, MachineGeneration.of(MachineType.Z114));
    }

    @Test
    void businessClassModelsMatchTheirEnterpriseSibling() {
        assertEquals(Architecture.of(MachineType.Z14), Architecture.of(MachineType.Z14_ZR1));
        assertEquals(Architecture.of(MachineType.Z16), Architecture.of(MachineType.Z16_A02));
    }

    @Test
    void newerGenerationsProvideOlderOnes() {
        Architecture z15 = Architecture.of(MachineType.Z15);
        Architecture z16 = Architecture.of(MachineType.Z16);
        assertTrue(z16.provides(z15));
        assertFalse(z15.provides(z16));
        assertEquals(Set.of(Facility.NEURAL_NETWORK_PROCESSING_ASSIST, Facility.VECTOR_PACKED_DECIMAL_ENHANCEMENTS_2,
                Facility.BEAR_ENHANCEMENT), z15.missing(z16));
        assertEquals(MachineGeneration.Z15, z15.level());
    }

    @Test
    void domainLevelIsTheIntersectionOfItsMembers() {
        SampleInstallation sample = new SampleInstallation();
        // SYSA on the z15, SYSB and SYSC on the z16.
        assertEquals(Architecture.of(MachineType.Z16), Architecture.common(List.of(sample.sysb, sample.sysc)).orElseThrow());
        Architecture all = Architecture.common(List.of(sample.sysa, sample.sysb, sample.sysc)).orElseThrow();
        assertEquals(Architecture.of(MachineType.Z15), all);
        assertEquals(MachineGeneration.Z15, all.level());
    }

    @Test
    void unplacedMembersConstrainNothing() {
        SampleInstallation sample = new SampleInstallation();
        Member unplaced = SsiplanFactory.eINSTANCE.createMember();
        assertTrue(Architecture.of(unplaced).isEmpty());
        assertTrue(Architecture.common(List.of(unplaced)).isEmpty());
        assertEquals(Architecture.of(MachineType.Z16), Architecture.common(List.of(unplaced, sample.sysb)).orElseThrow());
    }
}
