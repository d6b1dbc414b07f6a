package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import ssiplan.model.CtcConnection;
import ssiplan.model.Installation;
import ssiplan.model.MachineType;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.derived.Architecture;
import ssiplan.model.derived.Facility;
import ssiplan.model.resource.SsiplanResourceFactory;
import ssiplan.sim.Simulation;
import ssiplan.sim.SimulationResult;
import ssiplan.sim.isfc.LinkCapacity;
import ssiplan.sim.lgr.EligibilityResult;
import ssiplan.sim.lgr.EndingCode;
import ssiplan.sim.lgr.Ineligibility;
import ssiplan.sim.lgr.RelocationResult;
import ssiplan.sim.model.Conversion;
import ssiplan.sim.model.ModelSnapshotException;
import ssiplan.sim.model.ModelSnapshots;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.snapshot.CryptoUse;
import ssiplan.sim.snapshot.CtcSnapshot;
import ssiplan.sim.snapshot.DcssUse;
import ssiplan.sim.snapshot.DeviceKind;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.InitialMemberState;
import ssiplan.sim.snapshot.InstallationSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.NicSnapshot;
import ssiplan.sim.snapshot.PageRangeType;
import ssiplan.sim.snapshot.RelocationDomainSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;
import ssiplan.sim.snapshot.Units;
import ssiplan.sim.snapshot.VswitchSnapshot;

/** The model-to-simulation adapter, field by field, and that it leaves the model as it was. */
class ModelSnapshotsTest {

    private static final long GIB = Units.gib(1);

    private static InstallationSnapshot snapshot(ModelFixture f) {
        return ModelSnapshots.of(f.installation);
    }

    private static Set<String> facilities(MachineType t) {
        return new TreeSet<>(Architecture.of(t).facilities().stream().map(Facility::name).toList());
    }

    @Test
    void membersCarryHardwareStorageLevelStateAndReach() {
        InstallationSnapshot s = snapshot(new ModelFixture());
        assertEquals("PLEX1", s.ssiName());
        assertEquals(List.of("SYSA", "SYSB", "SYSC", "SYSD"), s.members().stream().map(MemberSnapshot::name).toList());

        MemberSnapshot a = s.member("SYSA");
        assertEquals(1, a.slot());
        assertEquals("z15", a.machine());
        assertEquals(facilities(MachineType.Z15), a.facilities());
        assertTrue(a.facilities().contains("VECTOR_ENHANCEMENTS_2"));
        assertFalse(a.facilities().contains("NEURAL_NETWORK_PROCESSING_ASSIST"));
        assertEquals(64 * GIB, a.realBytes(), "no member memory: the LPAR's");
        assertEquals(48 * GIB, a.pagingBytes());
        assertEquals(8, a.processors());
        assertEquals(new ServiceLevel("7.3", 2401), a.serviceLevel());
        assertEquals(InitialMemberState.JOINED, a.initialState());
        assertEquals(Set.of("OSAPROD", "FCPSET1"), a.eqids());
        assertEquals(Set.of("VMCOM1", "LX0001", "LOCALA"), a.volumes());
        assertEquals(Set.of("CMS", "LNXSEG", "ZOSNSS", "ZOSSEG"), a.savedSegments().keySet());
        assertEquals(Set.of("CEX"), a.cryptoTypes());

        MemberSnapshot b = s.member("SYSB");
        assertEquals("z16", b.machine());
        assertEquals(facilities(MachineType.Z16), b.facilities());
        assertEquals(100 * GIB, b.realBytes());
        assertEquals(10017L * 180 * 4096 + 2_000_000L * 512, b.pagingBytes(), "paging from its PAGE volumes");
        assertEquals(16, b.processors());
        assertEquals(new ServiceLevel("7.3", 2302), b.serviceLevel());
        assertEquals(Set.of("OSAPROD"), b.eqids());
        assertEquals(Set.of("VMCOM1", "LX0001", "PAGEB1", "PAGEB2"), b.volumes());
        assertEquals(a.savedSegments(), b.savedSegments(), "segments are taken as identical everywhere");

        MemberSnapshot c = s.member("SYSC");
        assertEquals(InitialMemberState.DOWN, c.initialState());
        assertEquals(Set.of("FCPSET1"), c.eqids());
        assertEquals(32 * GIB, c.pagingBytes(), "no paging in the model: the runtime default");

        MemberSnapshot d = s.member("SYSD");
        assertEquals("", d.machine());
        assertEquals(Arrays.stream(Facility.values()).map(Facility::name).collect(java.util.stream.Collectors.toSet()),
                d.facilities(), "a member not on hardware constrains nothing");
        assertEquals(InitialMemberState.DOWN, d.initialState(), "ISOLATED at plan start is started DOWN");
        assertEquals(new ServiceLevel("7.4", 0), d.serviceLevel());
        assertEquals(64 * GIB, d.realBytes());
        assertEquals(8, d.processors());
    }

    @Test
    void linksKeepEveryCtcWithChpidAndSpeedAtBothEnds() {
        InstallationSnapshot s = snapshot(new ModelFixture());
        assertEquals(List.of("SYSA-SYSB", "SYSB-SYSC", "SYSA-SYSC"), s.links().stream().map(LinkSnapshot::id).toList());
        LinkSnapshot ab = s.links().get(0);
        assertEquals(List.of(new CtcSnapshot("4A00", "40", 16, "5A00", "50", 16), new CtcSnapshot("4A01", "42", 8, "5A01", "51", 16)),
                ab.ctcs());
        // entered from SYSC's side: turned round so that A is SYSB
        assertEquals(List.of(new CtcSnapshot("6B00", "50", 16, "6C00", "51", 16)), s.links().get(1).ctcs());
        // CHPID missing at SYSC's end: the same one assumed
        assertEquals(List.of(new CtcSnapshot("4C00", "41", 16, "5C00", "41", 16)), s.links().get(2).ctcs());
        assertTrue(s.links().stream().allMatch(LinkSnapshot::up));

        Parameters p = Parameters.defaults();
        // SYSA sends on 4A00 alone (write collisions): 16 Gb/s at both ends, a quarter of a CHPID
        assertEquals(1600e6 * 0.85 / 4, LinkCapacity.bytesPerSecond(ab, "SYSA", p), 1e-3);
        // SYSB sends on 4A01: CHPID 42 at SYSA runs at 8 Gb/s and the ends differ in speed
        assertEquals(800e6 * 0.85 / 4 * 0.8, LinkCapacity.bytesPerSecond(ab, "SYSB", p), 1e-3);
    }

    @Test
    void vswitchesExistOnEveryMemberWithTheirUplinkLanAndGrants() {
        InstallationSnapshot s = snapshot(new ModelFixture());
        assertEquals(8, s.vswitches().size());
        VswitchSnapshot prodA = vswitch(s, "SYSA", "VSWPROD");
        assertEquals("QDIO ETHERNET VLAN AWARE 100 USERBASED, uplink LAN PRODLAN", prodA.definition());
        assertTrue(prodA.restricted());
        assertEquals(Set.of("LNX1"), prodA.granted());
        assertEquals(prodA.definition(), vswitch(s, "SYSB", "VSWPROD").definition());
        assertEquals("QDIO ETHERNET VLAN AWARE 100 USERBASED, no uplink", vswitch(s, "SYSC", "VSWPROD").definition());
        VswitchSnapshot test = vswitch(s, "SYSD", "VSWTEST");
        assertEquals("QDIO ETHERNET VLAN UNAWARE USERBASED, no uplink", test.definition());
        assertFalse(test.restricted());
    }

    @Test
    void perMemberOperandsAGuestSeesMakeADifferentDefinitionTuningOnesDoNot() {
        ModelFixture f = new ModelFixture();
        f.vswprod.setOtherOperands("QUEUESTORAGE 8");
        f.vswprod.getUplinks().get(0).setOtherOperands("CONTROLLER *");
        f.vswprod.getUplinks().get(1).setOtherOperands("native 5 queuestorage 2");
        InstallationSnapshot s = snapshot(f);
        assertEquals("QDIO ETHERNET VLAN AWARE 100 USERBASED, uplink LAN PRODLAN", vswitch(s, "SYSA", "VSWPROD").definition());
        assertEquals("QDIO ETHERNET VLAN AWARE 100 USERBASED NATIVE 5, uplink LAN PRODLAN", vswitch(s, "SYSB", "VSWPROD").definition());
    }

    @Test
    void aNicOnAGuestLanKeptVerbatimBlocksRelocation() {
        ModelFixture f = new ModelFixture();
        f.lnx1.getNics().get(1).setOtherOperands("LAN SYSTEM GLAN1");
        InstallationSnapshot s = snapshot(f);
        assertEquals(List.of(NicSnapshot.vswitch("0800", "VSWPROD"), NicSnapshot.guestLan("0900", "SYSTEM GLAN1")), s.guest("LNX1").nics());
        Simulation sim = Simulation.of(s);
        sim.at(0).test("LNX1", "SYSB");
        assertTrue(sim.run().tests().get(0).has(Ineligibility.GUEST_LAN));
    }

    private static VswitchSnapshot vswitch(InstallationSnapshot s, String member, String name) {
        return s.vswitches().stream().filter(v -> v.member().equals(member) && v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void definedDomainsAreListedAndTheImplicitOnesWork() {
        InstallationSnapshot s = snapshot(new ModelFixture());
        assertEquals(List.of(RelocationDomainSnapshot.of("PRODDOM", "SYSA", "SYSB")), s.domains());
        assertEquals(Set.of("SYSA", "SYSB", "SYSC", "SYSD"), s.domainMembers("SSI"));
        assertEquals(Set.of("SYSC"), s.domainMembers("SYSC"));
    }

    @Test
    void aLinuxGuestCarriesEverythingRelocationLooksAt() {
        GuestSnapshot g = snapshot(new ModelFixture()).guest("LNX1");
        assertFalse(g.multiConfiguration());
        assertTrue(g.relocatable());
        assertTrue(g.relocationEnabled());
        assertTrue(g.chpidVirtualizationOne());
        assertEquals("PRODDOM", g.domain());
        assertEquals(4 * GIB, g.storageBytes());
        assertEquals(8 * GIB, g.maxStorageBytes());
        assertEquals(3543L * 256, g.touchedPages());
        assertEquals(12000, g.dirtyPagesPerSecond());
        assertEquals(1024L * 256, g.writableWorkingSetPages());
        assertEquals(0.8, g.cpuDemand());
        assertEquals(0.25, g.stateTransferSeconds());
        assertEquals("SYSA", g.homeMember());
        assertEquals(30, g.criticalitySeconds());
        assertEquals("WEB", g.antiAffinityGroup());
        assertEquals(List.of(DeviceSnapshot.minidisk("0100", "LX0001"), DeviceSnapshot.minidisk("0200", "LOCALA"),
                DeviceSnapshot.of("0300", DeviceKind.VDISK), DeviceSnapshot.minidisk("0190", "VMCOM1"),
                DeviceSnapshot.dedicated("0A00", DeviceKind.DEDICATED_FCP, "FCPSET1"), DeviceSnapshot.minidisk("0191", "LX0001")),
                g.devices(), "own minidisks, the LINKed MAINT 0190, the dedicated FCP, then the profile's 0191");
        assertEquals(List.of(NicSnapshot.vswitch("0800", "VSWPROD")), g.nics(), "the uncoupled NIC 0900 does not count");
        assertEquals(List.of(new DcssUse("LNXSEG", new TreeSet<>(Set.of(PageRangeType.SR, PageRangeType.SW)))), g.dcss());
        assertNull(g.iplNss(), "IPL 0100 is a device, not an NSS");
        assertEquals(CryptoUse.apvirt("CEX"), g.crypto());
        assertEquals(Set.of("*MSG", "RACFVM"), g.iucvPartners(), "IUCV from its own statements and its profile's; ALLOW names no partner");
        assertFalse(g.dedicatedCpus());
        assertFalse(g.traced());
        assertEquals(0, g.reservedPages());
    }

    @Test
    void otherGuestsTypesAndBlockersAreMapped() {
        InstallationSnapshot s = snapshot(new ModelFixture());
        GuestSnapshot z = s.guest("ZOS1");
        assertFalse(z.relocatable(), "z/OS does not support relocation");
        assertFalse(z.relocationEnabled());
        assertEquals(4 * GIB, z.storageBytes(), "no storage in the model: the runtime default");
        assertEquals(Units.pages(4 * GIB) / 2, z.touchedPages());
        assertEquals(0.5, z.cpuDemand());
        assertNull(z.stateTransferSeconds());
        assertEquals("SYSB", z.homeMember());
        assertEquals("SSI", z.domain());
        assertEquals(List.of(DeviceSnapshot.of("0300", DeviceKind.TDISK), DeviceSnapshot.dedicated("0181", DeviceKind.DEDICATED_OTHER, null)),
                z.devices());
        assertEquals(List.of(DcssUse.of("ZOSSEG", PageRangeType.EW)), z.dcss());
        assertEquals("ZOSNSS", z.iplNss());
        assertEquals(CryptoUse.Mode.APDED, z.crypto().mode());
        assertTrue(z.dedicatedCpus());
        assertTrue(Double.isInfinite(z.criticalitySeconds()));

        GuestSnapshot m = s.guest("MAINT");
        assertTrue(m.multiConfiguration());
        assertEquals("SYSA", m.homeMember(), "the IDENTITY's instance on the lowest slot");
        assertEquals(List.of(DeviceSnapshot.minidisk("0190", "VMCOM1"), DeviceSnapshot.minidisk("0191", "LOCALA")), m.devices(),
                "its own statements and its SUBCONFIG on SYSA");
        assertEquals("CMS", m.iplNss());
    }

    @Test
    void planningSettingsBecomeParameterOverrides() {
        ModelFixture f = new ModelFixture();
        InstallationSnapshot s = snapshot(f);
        assertEquals(Map.of("capacity.memoryOvercommitLimit", 2.5), s.parameterOverrides());
        assertEquals(2.5, Simulation.of(s).parameters().asMap().get("capacity.memoryOvercommitLimit"));
        f.installation.getSettings().setMemoryOvercommitLimit(0);
        ModelSnapshotException e = assertThrows(ModelSnapshotException.class, () -> snapshot(f));
        assertTrue(e.getMessage().contains("memoryOvercommitLimit"), e.getMessage());
    }

    @Test
    void assumptionsNameTheElementsTheyApplyTo() {
        Conversion c = ModelSnapshots.convert(new ModelFixture().cluster);
        String all = String.join("\n", c.assumptions());
        assertTrue(all.contains("not placed on a CEC's LPAR") && all.contains("SYSD"), all);
        assertTrue(all.contains("ISOLATED"), all);
        assertTrue(all.contains("NOBODY 0999"), all);
        assertTrue(all.contains("no storage size") && all.contains("ZOS1"), all);
        assertTrue(all.contains("CHPID at one end only") && all.contains("SYSA-SYSC 4C00"), all);
        assertTrue(all.contains("IDENTITY logged on to several members; the simulation runs its instance on the lowest slot: MAINT"), all);
        assertEquals(1, c.assumptions().stream().filter(l -> l.contains("LNX1")).count(),
                "LNX1 is fully described but for its dangling LINK: " + all);
    }

    @Test
    void theConvertedModelAnswersVmrelocateTestWithTheModelsReasons() {
        Simulation sim = Simulation.of(snapshot(new ModelFixture()));
        sim.at(0).test("LNX1", "SYSB").test("ZOS1", "SYSA");
        SimulationResult r = sim.run();
        EligibilityResult lnx = r.tests().get(0);
        assertEquals(Set.of(Ineligibility.MINIDISK_VOLUME, Ineligibility.DEVICE_NO_EQUIVALENT, Ineligibility.IUCV_CONNECTION),
                reasons(lnx), lnx.problems().toString());
        EligibilityResult zos = r.tests().get(1);
        assertTrue(reasons(zos).containsAll(Set.of(Ineligibility.UNSUPPORTED_GUEST, Ineligibility.RELOCATION_DISABLED,
                Ineligibility.TDISK, Ineligibility.DEDICATED_DEVICE, Ineligibility.DCSS_EXCLUSIVE,
                Ineligibility.CRYPTO_DEDICATED, Ineligibility.DEDICATED_CPU)), zos.problems().toString());
    }

    private static Set<Ineligibility> reasons(EligibilityResult r) {
        return r.problems().stream().map(p -> p.reason()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aGuestFreedOfItsBlockersRelocatesWithItsOwnWorkload() {
        ModelFixture f = new ModelFixture();
        f.lnx1.getMinidisks().removeIf(md -> "0200".equals(md.getVaddr()));
        f.lnx1.getDedicatedDevices().clear();
        f.lnx1.getOtherStatements().remove("IUCV RACFVM");
        Simulation sim = Simulation.of(snapshot(f));
        sim.at(0).relocate("LNX1", "SYSB");
        SimulationResult r = sim.run();
        RelocationResult res = r.relocation("LNX1");
        assertEquals(EndingCode.COMPLETED, res.endingCode(), res::details);
        assertEquals(3543L * 256, res.passes().get(0).pages(), "pass 1 = touched storage");
        assertTrue(res.quiesceSeconds() >= 0.25, "quiesce includes the guest's own 0.25 s state transfer");
        assertEquals("SYSB", r.memberOf("LNX1"));
    }

    @Test
    void conversionAndARunLeaveTheModelAsItWas() throws IOException {
        ModelFixture f = new ModelFixture();
        Resource resource = SsiplanResourceFactory.register(new ResourceSetImpl())
                .createResource(URI.createURI("memory:/plant.ssiplan"));
        resource.getContents().add(f.installation);
        byte[] before = serialize(resource);
        Installation copy = EcoreUtil.copy(f.installation);

        Conversion c = ModelSnapshots.convert(f.cluster);
        ModelSnapshots.all(f.installation);
        Simulation sim = Simulation.of(c.snapshot());
        sim.at(0).relocate("LNX1", "SYSB").test("ZOS1", "SYSA").shutdown("SYSB");
        sim.at(5).ipl("SYSC").stop("SYSA");
        sim.run();

        assertArrayEquals(before, serialize(resource));
        assertTrue(EcoreUtil.equals(copy, f.installation));
        assertFalse(resource.isModified());
    }

    @Test
    void oneModelAlwaysGivesTheSameSnapshotAndByteIdenticalTraces() {
        InstallationSnapshot a = snapshot(new ModelFixture());
        InstallationSnapshot b = snapshot(new ModelFixture());
        assertEquals(a, b);
        assertEquals(ModelSnapshots.convert(new ModelFixture().cluster).assumptions(),
                ModelSnapshots.convert(new ModelFixture().cluster).assumptions());
        assertEquals(script(a).run().trace().toJson(), script(b).run().trace().toJson());
    }

    private static Simulation script(InstallationSnapshot s) {
        Simulation sim = Simulation.builder(s).seed(3).parameter("lgr.dirtyRateJitter", 0.2).build();
        sim.at(0).test("LNX1", "SYSB").relocate("MAINT", "SYSB").relocate("ZOS1", "SYSA");
        sim.at(1).ipl("SYSC");
        sim.at(400).shutdown("SYSB");
        return sim;
    }

    private static byte[] serialize(Resource r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, null);
        return out.toByteArray();
    }

    @Test
    void severalClustersAreConvertedOneByOne() {
        ModelFixture f = new ModelFixture();
        SsiCluster second = SsiplanFactory.eINSTANCE.createSsiCluster();
        second.setName("PLEX2");
        ssiplan.model.Member m = SsiplanFactory.eINSTANCE.createMember();
        m.setName("SYSX");
        second.getMembers().add(m);
        f.installation.getClusters().add(second);
        ModelSnapshotException e = assertThrows(ModelSnapshotException.class, () -> ModelSnapshots.of(f.installation));
        assertTrue(e.getMessage().contains("PLEX1") && e.getMessage().contains("PLEX2"), e.getMessage());
        assertEquals(List.of("SYSX"), ModelSnapshots.of(f.installation, "plex2").members().stream().map(MemberSnapshot::name).toList());
        assertEquals(List.of("PLEX1", "PLEX2"), List.copyOf(ModelSnapshots.all(f.installation).keySet()));
        assertThrows(ModelSnapshotException.class, () -> ModelSnapshots.of(f.installation, "PLEX9"));
    }

    @Test
    void whatARunCannotWorkAroundIsReportedInThePlannersTerms() {
        ModelFixture noChpid = new ModelFixture();
        CtcConnection ctc = noChpid.cluster.getIsfcLinks().get(0).getCtcConnections().get(0);
        ctc.setChpidA(null);
        ctc.setChpidB(null);
        assertMessage(noChpid, "ISFC link SYSA-SYSB", "4A00", "CHPID");

        ModelFixture emptyDomain = new ModelFixture();
        emptyDomain.prodDomain.getMembers().clear();
        assertMessage(emptyDomain, "PRODDOM", "no members");

        ModelFixture sameSlot = new ModelFixture();
        sameSlot.sysb.setSlot(1);
        assertMessage(sameSlot, "PLEX1", "slot 1");

        ModelFixture noUserid = new ModelFixture();
        noUserid.zos1.setUserid(null);
        assertMessage(noUserid, "no user id");
    }

    private static void assertMessage(ModelFixture f, String... parts) {
        ModelSnapshotException e = assertThrows(ModelSnapshotException.class, () -> snapshot(f));
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "'" + p + "' in: " + e.getMessage());
        }
    }
}
