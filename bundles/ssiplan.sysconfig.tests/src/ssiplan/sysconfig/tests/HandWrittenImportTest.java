package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ssiplan.model.DasdVolume;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchTransport;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Severity;
import ssiplan.sysconfig.model.ImportResult;
import ssiplan.sysconfig.model.InstallationImporter;
import ssiplan.sysconfig.model.SystemConfigExporter;
import ssiplan.sysconfig.model.UserDirectExporter;

/**
 * Files written the way IBM's installer and operators write them (comments, odd spacing, tabs, lower
 * case, abbreviations such as PDR_VOL, DEF VSWITCH and CHPIDV, bare END, statements SSI Planner does not
 * model) import into the right model, and an export keeps the statements the model does not hold.
 */
class HandWrittenImportTest {

    private static ImportResult plexa() {
        return new InstallationImporter().importText("plexa-4member.config", TestFiles.text("systemconfig/plexa-4member.config"),
                "plexa.direct", TestFiles.text("userdirect/plexa.direct"));
    }

    private static ImportResult itso() {
        return new InstallationImporter().importText("itso-2member.config", TestFiles.text("systemconfig/itso-2member.config"),
                "itso.direct", TestFiles.text("userdirect/itso.direct"));
    }

    private static List<Diagnostic> problems(ImportResult result) {
        // Minidisk passwords are dropped on purpose and said so; everything else would be a real problem.
        return result.diagnostics().stream().filter(d -> d.severity() != Severity.INFO && !d.ruleId().equals("EXPORT-PASSWORD"))
                .toList();
    }

    private static DasdVolume volume(ImportResult result, String volser) {
        return result.installation().getDasdVolumes().stream().filter(v -> v.getVolser().equals(volser)).findFirst().orElseThrow();
    }

    private static Member member(SsiCluster cluster, String name) {
        return cluster.getMembers().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private static VirtualMachine guest(SsiCluster cluster, String userid) {
        return cluster.getVirtualMachines().stream().filter(g -> g.getUserid().equals(userid)).findFirst().orElseThrow();
    }

    @Test
    void plexaBecomesAFourMemberClusterWithAFullMesh() {
        ImportResult result = plexa();
        SsiCluster cluster = result.cluster();
        assertEquals("PLEXA", cluster.getName());
        assertEquals("SYSA SYSB SYSC SYSD", cluster.getMembers().stream().map(m -> m.getSlot() + m.getName())
                .map(s -> s.substring(1)).collect(Collectors.joining(" ")));
        assertEquals("VMCOM1", cluster.getPdrVolume().getVolser());
        assertEquals("VMLP3", member(cluster, "SYSC").getLpar().getName());
        assertEquals("020003", member(cluster, "SYSC").getMacPrefix());
        assertEquals("020000", cluster.getUserPrefix());
        assertEquals(6, cluster.getIsfcLinks().size(), "a link for each of the 6 member pairs");
        assertEquals("4A00/5A00 4A01/5A01 4A02/5A02 4A03/5A03", ctcs(cluster, "SYSA", "SYSB"));
        assertEquals("4B00/4A20 4B01/4A21", ctcs(cluster, "SYSA", "SYSC"), "a range on one side, single devices on the other");
        assertEquals("M03RES", member(cluster, "SYSC").getSystemResidence().getCheckpointVolume().getVolser());
        assertEquals(VolumeUse.SPOOL, volume(result, "M01S01").getUse());
        assertEquals(VolumeUse.PAGE, volume(result, "M01P01").getUse());
        assertEquals(member(cluster, "SYSA"), volume(result, "M01P01").getOwnerMember());
        assertEquals(VolumeUse.COMMON, volume(result, "VMCOM1").getUse());
        assertEquals(VolumeUse.USER_SHARED, volume(result, "LX0002").getUse());
        VirtualSwitch vswitch = cluster.getVirtualSwitches().get(0);
        assertEquals("VSWPROD", vswitch.getName());
        assertEquals(VswitchTransport.ETHERNET, vswitch.getTransport(), "ETH abbreviates ETHernet");
        assertEquals(VlanMode.AWARE, vswitch.getVlanMode());
        assertEquals(4, vswitch.getUplinks().size(), "'def vswitch' on SYSB is DEFINE VSWITCH");
        assertEquals("NATive 1 PORTType TRUNK CONTRoller * QUEuestorage 8", vswitch.getUplinks().get(0).getOtherOperands());
        OsaDevice osa = vswitch.getUplinks().get(1).getOsaDevices().get(0);
        assertEquals("OSASET1", osa.getEqid());
        assertEquals("EAST", cluster.getRelocationDomains().get(0).getName());
        assertTrue(problems(result).isEmpty(), problems(result).toString());
    }

    @Test
    void plexaDirectoryMapsIdentitiesProfilesAndGuests() {
        SsiCluster cluster = plexa().cluster();
        assertEquals(List.of("DIRECTORY 0123 3390 VMCOM1"), cluster.getDirectoryStatements());
        IdentityEntry maint = (IdentityEntry) guest(cluster, "MAINT");
        assertEquals(4, maint.getSubconfigs().size());
        assertEquals("SYSC", maint.getSubconfigs().get(2).getMember().getName(), "'build on sysc using subconfig maint-3'");
        assertEquals("M03RES", maint.getSubconfigs().get(2).getMinidisks().get(0).getVolume().getVolser());
        assertEquals(256, maint.getStorageMiB());
        assertEquals("CMS PARM AUTOCR", maint.getIpl());
        UserEntry linux01 = (UserEntry) guest(cluster, "LINUX01");
        assertTrue(linux01.isRelocatable());
        assertEquals("EAST", linux01.getRelocationDomain().getName());
        assertEquals("LNXDFLT", linux01.getProfile().getName());
        assertEquals(8192, linux01.getMaxStorageMiB());
        assertEquals("0E4E8E", linux01.getNics().get(0).getMacId());
        assertEquals("VSWPROD", linux01.getNics().get(0).getVswitch().getName());
        assertTrue(linux01.getOtherStatements().contains("MDISK 0101 3390 0001 END LX0002 MR"), "END extents are kept");
        assertTrue(linux01.getOtherStatements().contains("COMMAND SET VSWITCH VSWPROD GRANT &USERID"));
        UserEntry linux02 = (UserEntry) guest(cluster, "LINUX02");
        assertEquals(2048, linux02.getStorageMiB());
        assertTrue(linux02.getOtherStatements().contains("SHARE RELATIVE 200"));
        assertEquals(1, cluster.getProfiles().get(1).getNics().size(), "NICDEF in a PROFILE");
    }

    @Test
    void plexaExportKeepsTheUnmodelledStatements() {
        ImportResult result = plexa();
        String config = new SystemConfigExporter().export(result.cluster(), "plexa.ssiplan").text();
        String original = TestFiles.text("systemconfig/plexa-4member.config");
        for (String kept : List.of("Translate_Table_Define  Input  x'4A' x'4A'\n", "Priv_Classes Operator_Class_A ABC\n",
                "User_Volume_Include LNX*\n", "User_Volume_Exclude LNXT*\n", "System_Identifier_Default SYSA\n")) {
            assertTrue(config.contains(kept), "lost: " + kept);
        }
        for (String block : List.of("Features ,", "System_Userids ,", "Char_Defaults ,", "Devices ,")) {
            String verbatim = original.substring(original.indexOf(block), original.indexOf("\n\n", original.indexOf(block)) < 0
                    ? original.length() : original.indexOf("\n\n", original.indexOf(block)));
            String first = verbatim.lines().findFirst().orElseThrow();
            assertTrue(config.contains(first), "lost: " + first);
        }
        assertTrue(config.contains("Online_at_IPL   0000-FFFF,\n   Sensed          0000-FFFF\n"), config);
        String directory = new UserDirectExporter().export(result.cluster(), "plexa.ssiplan").text();
        assertTrue(directory.contains(" SHARE RELATIVE 200\n"), directory);
        assertTrue(directory.contains(" OPTION MAINTCCW LNKNOPAS\n"), directory);
        assertTrue(directory.contains(" ACCOUNT 1 SYSTEMS\n"), directory);
    }

    @Test
    void itsoImportsWithAbbreviationsBlocksAndTabs() {
        ImportResult result = itso();
        SsiCluster cluster = result.cluster();
        assertTrue(problems(result).isEmpty(), problems(result).toString());
        assertEquals("ITSOSSIA", cluster.getName());
        assertEquals("SSIAC2", cluster.getPdrVolume().getVolser(), "PDR_VOL abbreviates PDR_VOLume");
        assertEquals(2, cluster.getMembers().size(), "commented-out slots are not members");
        assertEquals("A2B", member(cluster, "ITSOSSI2").getLpar().getName());
        assertEquals("CEC-A2B", member(cluster, "ITSOSSI2").getLpar().eContainer().eGet(
                member(cluster, "ITSOSSI2").getLpar().eContainer().eClass().getEStructuralFeature("name")));
        assertEquals("4290/43A0 4291/43A1", ctcs(cluster, "ITSOSSI1", "ITSOSSI2"));
        assertEquals("02000B", member(cluster, "ITSOSSI2").getMacPrefix(), "lower-case vmlan in a 'NAME : BEGIN' block");
        assertEquals(VolumeUse.RELEASE, volume(result, "SSIAR1").getUse(), "named by the trailing comment");
        assertEquals(VolumeUse.PAGE, volume(result, "SSI1P2").getUse());
        assertEquals(VolumeUse.SPOOL, volume(result, "SSIAS2").getUse());
        assertEquals(VolumeUse.USER_LOCAL, volume(result, "LXL101").getUse());
        assertEquals(member(cluster, "ITSOSSI1"), volume(result, "LXL101").getOwnerMember());
        VirtualSwitch vswitch = cluster.getVirtualSwitches().get(0);
        assertEquals(PortAssignment.PORTBASED, vswitch.getPortAssignment());
        assertEquals(1, vswitch.getDefaultVlan());
        assertEquals(2, vswitch.getUplinks().size(), "DEF VSWITCH in one block, a tab-indented DEFINE in the other");
        assertEquals("OSA1SET1", vswitch.getUplinks().get(1).getOsaDevices().get(0).getEqid(),
                "'ITSOSSI2:RDEVICE' with the qualifier glued on");
        assertEquals(List.of("ITSOSSI1", "ITSOSSI2"), cluster.getRelocationDomains().get(0).getMembers().stream()
                .map(Member::getName).toList());
        List<String> kept = cluster.getConfigStatements().stream().map(s -> s.getQualifier() + ":" + s.getKeyword()).toList();
        assertEquals(List.of(":SYSTEM_IDENTIFIER_DEFAULT", ":USER_VOLUME_INCLUDE", ":DEVICES", ":FEATURES",
                ":OPERATOR_CONSOLES", ":EMERGENCY_MESSAGE_CONSOLES", "ITSOSSI1:EDEVICE"), kept);
    }

    @Test
    void itsoDirectoryImportsAndPasswordsAreDropped() {
        ImportResult result = itso();
        SsiCluster cluster = result.cluster();
        assertEquals(2, cluster.getDirectoryStatements().size());
        UserEntry lnx1 = (UserEntry) guest(cluster, "ITSOLNX1");
        assertTrue(lnx1.isChpidVirtualizationOne());
        assertEquals("ITSODOM", lnx1.getRelocationDomain().getName());
        assertEquals(1, lnx1.getNics().get(0).getVlan());
        assertEquals(3, lnx1.getMinidisks().size());
        UserEntry lnx2 = (UserEntry) guest(cluster, "ITSOLNX2");
        assertFalse(lnx2.isRelocatable());
        assertEquals("0A00", lnx2.getDedicatedDevices().get(0).getRdev());
        assertEquals(List.of("IPL CMS", "MACHINE ESA 4", "CPU 00 BASE", "CPU 01", "SPOOL 000C 2540 READER *"),
                cluster.getProfiles().get(0).getOtherStatements(), "a PROFILE keeps IPL, MACHINE and CPUs as written");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.file().equals("itso.direct") && d.severity() == Severity.WARNING
                && d.where().equals("30:3") && d.message().startsWith("1 MDISK statement has minidisk passwords")), result.diagnostics().toString());
        String directory = new UserDirectExporter().export(cluster, "itso.ssiplan").text();
        assertFalse(directory.contains("LNXPW") || directory.contains("TCPIPPW") || directory.contains("RPASS"),
                "no password from the file is kept");
        assertTrue(directory.contains(" OPTION QUICKDSP SVMSTAT MAXCONN 1024 DIAG98 APPLMON\n"), directory);
        assertNull(guest(cluster, "TCPIP").getRelocationDomain());
    }

    @Test
    void itsoExportKeepsEdeviceInsideTheMembersBlock() {
        ImportResult result = itso();
        String config = new SystemConfigExporter().export(result.cluster(), "itso.ssiplan").text();
        int begin = config.indexOf("ITSOSSI1: BEGIN");
        int end = config.indexOf("ITSOSSI1: END");
        int edevice = config.indexOf("   EDEVICE 0200 TYPE FBA ATTR SCSI,\n     FCP_DEV 1B00 WWPN 5005076300C70EE1 LUN 4011400000000000\n");
        assertTrue(begin >= 0 && begin < edevice && edevice < end, config);
        assertTrue(config.contains("Operator_Consoles  0009  0020  System_3270  System_Console\n"), config);
        assertNotNull(result.positions().of(result.cluster().getMembers().get(0)).orElse(null));
    }

    /** Import, export, import the export: the second model has the first one's SSI content and exports the same. */
    @Test
    void importedHandWrittenFilesRoundTripThroughExport() {
        for (ImportResult first : List.of(plexa(), itso())) {
            String config = new SystemConfigExporter().export(first.cluster(), "x.ssiplan").text();
            String directory = new UserDirectExporter().export(first.cluster(), "x.ssiplan").text();
            ImportResult second = new InstallationImporter().importText("x.config", config, "x.direct", directory);
            assertEquals(SsiContent.of(first.cluster()), SsiContent.of(second.cluster()));
            assertEquals(config, new SystemConfigExporter().export(second.cluster(), "x.ssiplan").text());
            assertEquals(directory, new UserDirectExporter().export(second.cluster(), "x.ssiplan").text());
        }
    }

    private static String ctcs(SsiCluster cluster, String a, String b) {
        for (var link : cluster.getIsfcLinks()) {
            boolean forward = link.getMemberA().getName().equals(a) && link.getMemberB().getName().equals(b);
            boolean backward = link.getMemberA().getName().equals(b) && link.getMemberB().getName().equals(a);
            if (forward || backward) {
                return link.getCtcConnections().stream().map(c -> forward ? c.getDeviceA() + "/" + c.getDeviceB()
                        : c.getDeviceB() + "/" + c.getDeviceA()).collect(Collectors.joining(" "));
            }
        }
        return "no link " + a + "-" + b;
    }
}
