package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ssiplan.sysconfig.config.SystemConfig;
import ssiplan.sysconfig.config.SystemConfigReader;
import ssiplan.sysconfig.config.check.CheckOptions;
import ssiplan.sysconfig.config.check.SystemConfigChecks;
import ssiplan.sysconfig.diagnostic.Diagnostic;

class SystemConfigChecksTest {

    private static List<String> check(String text) {
        return check(text, CheckOptions.defaults());
    }

    private static List<String> check(String text, CheckOptions options) {
        SystemConfig config = new SystemConfigReader().read("c.config", text);
        return new SystemConfigChecks(options).check(config).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void sampleFilePassesEveryCheck() {
        assertEquals(List.of(), check(TestFiles.text("systemconfig/plexa-4member.config")));
    }

    @Test
    void ssiNameTooLongAndNotAlphanumeric() {
        assertEquals(List.of("c.config:1:5: error: SSI name 'CLUSTER123' is 10 characters; a name is at most 8 [SSI-NAME]"),
                check("SSI CLUSTER123 SLOT 1 SYSA\n"));
        assertEquals(List.of("c.config:1:5: error: SSI name 'CL-1' has characters other than A-Z and 0-9; use letters and digits only [SSI-NAME]"),
                check("SSI CL-1 SLOT 1 SYSA\n"));
    }

    @Test
    void ssiPdrVolumeSlotsAndMembers() {
        assertEquals(List.of(
                "c.config:1:22: error: PDR volume label 'VMCOM12' is 7 characters; a volume label is at most 6 [SSI-PDR-VOLUME]",
                "c.config:3:12: error: SLOT 5 is outside 1-4; use a slot from 1 to 4 [SSI-SLOT-RANGE]",
                "c.config:4:12: error: SLOT 1 is already given at 2:12; each slot may appear once [SSI-SLOT-DUPLICATE]",
                "c.config:4:14: error: member SYSA already has a slot at 2:14; give each member one slot [SSI-MEMBER-NAME]",
                "c.config:5:14: error: member name 'SYSTEMXYZ' is 9 characters; a name is at most 8 [SSI-MEMBER-NAME]",
                "c.config:6:7: error: unexpected operand 'EXTRA' in the SSI statement; expected PDR_VOLUME volid or SLOT n member [SSI-OPERANDS]"),
                check("""
                        SSI PLEXA PDR_VOLUME VMCOM12,
                              SLOT 1 SYSA,
                              SLOT 5 SYSE,
                              SLOT 1 SYSA,
                              SLOT 2 SYSTEMXYZ,
                              EXTRA
                        """));
    }

    @Test
    void slotRangeFollowsTheConfiguredMemberCount() {
        String eight = "SSI PLEXA SLOT 8 SYSH SLOT 2 AVAILABLE PDR_VOL &SYSPARM\n";
        assertEquals(List.of("c.config:1:16: error: SLOT 8 is outside 1-4; use a slot from 1 to 4 [SSI-SLOT-RANGE]"), check(eight));
        assertEquals(List.of(), check(eight, new CheckOptions(8)));
    }

    @Test
    void onlyOneSsiStatementIsHonouredPerMember() {
        assertEquals(List.of(
                "c.config:3:1: error: only one SSI statement is honoured; CP ignores this one because of the one at 1:1; delete one of them [SSI-DUPLICATE]"),
                check("SYSA: SSI PLEXA SLOT 1 SYSA\nSYSB: SSI PLEXA SLOT 1 SYSA\nSSI PLEXA SLOT 1 SYSA\n"));
    }

    @Test
    void systemIdentifierOperandCounts() {
        assertEquals(List.of(
                "c.config:1:1: error: System_Identifier LPAR has 2 operands and needs 3; write 'System_Identifier LPAR lpar-name system-name' [SYSID-OPERANDS]",
                "c.config:2:40: error: System_Identifier LPAR has 4 operands and needs 3; write 'System_Identifier LPAR lpar-name system-name' [SYSID-OPERANDS]",
                "c.config:3:23: error: system name 'ZVMSYSTEMA' is 10 characters; a name is at most 8 [SYSID-OPERANDS]",
                "c.config:4:1: error: System_Identifier_Default has 0 operands and needs 1; write 'System_Identifier_Default system-name' [SYSID-OPERANDS]"),
                check("""
                        System_Identifier LPAR VMLP1
                        System_Identifier LPAR VMLP1 SYSA      SYSB
                        System_Identifier * * ZVMSYSTEMA
                        System_Identifier_Default
                        System_Identifier 2964 0A1B2C SYSA
                        """));
    }

    @Test
    void islinkDevicesAndNode() {
        StringBuilder seventeen = new StringBuilder("ACTIVATE ISLINK");
        for (int i = 0; i < 17; i++) {
            seventeen.append(' ').append(String.format("4A%02X", i));
        }
        assertEquals(List.of(
                "c.config:1:97: error: ACTIVATE ISLINK names 17 devices; a logical link holds at most 16, so move the rest to another link or drop them [ISLINK-COUNT]",
                "c.config:2:22: error: ISLINK device number '4A0G' is not 1-4 hex digits (or a range like 4A00-4A03) [ISLINK-RDEV]",
                "c.config:2:27: error: ISLINK device number '14A00' is not 1-4 hex digits (or a range like 4A00-4A03) [ISLINK-RDEV]",
                "c.config:3:1: error: ACTIVATE ISLINK names no device; give 1 to 16 real CTC device numbers [ISLINK-COUNT]",
                "c.config:3:17: error: NODE needs the partner's system name, e.g. NODE SYSB [ISLINK-OPERANDS]"),
                check(seventeen + "\nACTIVATE ISLINK 4A00 4A0G 14A00 NODE SYSB\nACTIVATE ISLINK NODE\nACTIVATE ISLINK 4A00-4A0F BUF 8 NODE SYSB\n"));
    }

    @Test
    void vswitchNameRdevsAndDuplicates() {
        assertEquals(List.of(
                "c.config:1:16: error: VSWITCH name 'PRODUCTION1' is 11 characters; a name is at most 8 [VSWITCH-NAME]",
                "c.config:2:41: error: RDEV names 4 devices; a VSWITCH takes at most 3, so drop the extra ones [VSWITCH-RDEV]",
                "c.config:3:23: error: VSWITCH RDEV '10G0' is not 1-4 hex digits [VSWITCH-RDEV]",
                "c.config:5:22: error: VSWITCH VSW1 is already defined at 2:1; the first definition wins, so remove or rename this one [VSWITCH-DUPLICATE]"),
                check("""
                        DEFINE VSWITCH PRODUCTION1 RDEV 1000
                        DEFINE VSWITCH VSW1 RDEV 1000 2000 3000 4000 ETH
                        DEF VSWITCH VSW2 RDEV 10G0
                        SYSA: DEFINE VSWITCH VSW3 RDEV NONE
                        SYSA: DEFINE VSWITCH vsw1 RDEV 1000
                        SYSB: DEFINE VSWITCH VSW3 RDEV 2000
                        """));
    }

    @Test
    void cpOwnedSlotRangeAndVolumeLabel() {
        assertEquals(List.of(
                "c.config:1:15: error: CP_Owned slot 256 is outside 1-255; use a slot from 1 to 255 [CPOWNED-SLOT]",
                "c.config:2:15: error: CP_Owned slot 0 is outside 1-255; use a slot from 1 to 255 [CPOWNED-SLOT]",
                "c.config:3:17: error: volume label 'M01RES1' is 7 characters; a volume label is at most 6 [CPOWNED-OPERANDS]",
                "c.config:4:1: error: CP_Owned needs 'Slot n volid', e.g. CP_Owned Slot 10 M01S01 [CPOWNED-OPERANDS]"),
                check("CP_Owned Slot 256 M01P01\nCP_Owned Slot 0 M01P01\nCP_Owned Slot 1 M01RES1\nCP_Owned M01RES\nCP_Owned Slot 255 M01P01\n"));
    }

    @Test
    void vmlanPrefixesAreSixHexDigits() {
        assertEquals(List.of(
                "c.config:1:17: error: VMLAN MACPREFIX '02000' is not 6 hex digits; write it like 02000A [VMLAN-PREFIX]",
                "c.config:1:34: error: VMLAN USERPREFIX '02000G' is not 6 hex digits; write it like 02000A [VMLAN-PREFIX]",
                "c.config:2:7: error: VMLAN USERPREFIX needs a value of 6 hex digits, e.g. USERPREFIX 020001 [VMLAN-PREFIX]"),
                check("VMLAN MACPREFIX 02000 USERPREFIX 02000G\nVMLAN USERPREFIX\nVMLAN MACPREFIX 02000a\n"));
    }
}
