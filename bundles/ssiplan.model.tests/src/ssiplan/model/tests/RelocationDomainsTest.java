package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ssiplan.model.MachineType;
import ssiplan.model.derived.Architecture;
import ssiplan.model.derived.EffectiveDomain;
import ssiplan.model.derived.RelocationDomains;

class RelocationDomainsTest {

    private final SampleInstallation sample = new SampleInstallation();

    @Test
    void implicitDomainsAreDerivedNotStored() {
        List<EffectiveDomain> all = RelocationDomains.all(sample.cluster);
        assertEquals(List.of("SSI", "SYSA", "SYSB", "SYSC", "PRODDOM"), all.stream().map(EffectiveDomain::name).toList());
        assertEquals(List.of(sample.sysa, sample.sysb, sample.sysc), all.get(0).members());
        assertEquals(EffectiveDomain.Kind.SINGLE_MEMBER, all.get(2).kind());
        assertEquals(List.of(sample.sysb), all.get(2).members());
        assertEquals(1, sample.cluster.getRelocationDomains().size(), "only the defined domain is in the model");
    }

    @Test
    void guestIsInItsNamedDomainOtherwiseTheSsiDomain() {
        EffectiveDomain named = RelocationDomains.effectiveDomain(sample.linuxGuest).orElseThrow();
        assertEquals(EffectiveDomain.Kind.DEFINED, named.kind());
        assertSame(sample.prodDomain, named.definition());
        assertTrue(named.contains(sample.sysc));

        EffectiveDomain implicit = RelocationDomains.effectiveDomain(sample.maint).orElseThrow();
        assertEquals(EffectiveDomain.Kind.SSI, implicit.kind());
        assertNull(implicit.definition());
        assertEquals(3, implicit.members().size());
    }

    @Test
    void domainArchitectureFollowsItsMembersCecs() {
        assertEquals(Architecture.of(MachineType.Z16), RelocationDomains.of(sample.prodDomain).architecture().orElseThrow());
        assertEquals(Architecture.of(MachineType.Z15), RelocationDomains.ssiDomain(sample.cluster).architecture().orElseThrow());
    }

    @Test
    void addingAnOlderMemberLowersTheSsiDomain() {
        sample.cec2.setMachineType(MachineType.Z13);
        assertEquals(Architecture.of(MachineType.Z13), RelocationDomains.ssiDomain(sample.cluster).architecture().orElseThrow());
    }
}
