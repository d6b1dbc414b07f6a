package ssiplan.validation.tests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import ssiplan.model.DasdDeviceType;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.ReleaseLimit;
import ssiplan.model.ZvmRelease;

/**
 * For every rule id, one change that breaks a {@link ValidInstallation} in exactly the way the rule
 * catches. {@code RuleCatalogueTest} fails when a catalogue rule has no case here.
 */
final class RuleCases {

    private RuleCases() {
    }

    static Map<String, Consumer<ValidInstallation>> all() {
        Map<String, Consumer<ValidInstallation>> cases = new LinkedHashMap<>();
        // The SSI statement and members
        cases.put("SSI-NAME", v -> v.cluster.setName("PLEX_ONE1"));
        cases.put("SSI-NO-MEMBERS", v -> {
            v.cluster.getIsfcLinks().clear();
            v.cluster.getVirtualMachines().clear();
            v.cluster.getRelocationDomains().clear();
            v.cluster.getMembers().clear();
        });
        cases.put("SSI-MEMBER-NAME", v -> v.sysb.setName("SYSTEMB12"));
        cases.put("SSI-MEMBER-DUPLICATE", v -> v.sysb.setName("sysa"));
        cases.put("SSI-SLOT-DUPLICATE", v -> v.sysb.setSlot(1));
        cases.put("SSI-SLOT-RANGE", v -> {
            v.cluster.setRelease(ZvmRelease.V7_2);
            v.sysd.setSlot(5);
        });
        cases.put("SSI-MEMBER-LIMIT", v -> {
            v.cluster.setRelease(ZvmRelease.V7_2);
            extraMember(v, "SYSE", 4);
        });
        cases.put("SSI-MEMBER-LIMIT-U", v -> extraMember(v, "SYSE", 5));
        cases.put("SSI-MEMBER-LPAR", v -> v.sysd.setLpar(null));
        cases.put("SSI-SYSID-LPAR-DUPLICATE", v -> v.sysc.getLpar().setName("LP1"));
        cases.put("SSI-RELEASE-HW", v -> v.cec1.setMachineType(MachineType.Z196));
        cases.put("SSI-RELEASE-HW-U", v -> v.cec1.setMachineType(MachineType.Z13));
        // PDR
        cases.put("SSI-PDR-ECKD", v -> v.common.setDeviceType(DasdDeviceType.EDEV));
        cases.put("SSI-PDR-LISTED", v -> v.members.forEach(m -> m.getCpOwnedSlots().removeIf(s -> s.getVolume() == v.common)));
        cases.put("SSI-PDR-REACH", v -> v.common.getDeviceNumbers().removeIf(n -> n.getMember() == v.sysd));
        return cases;
    }

    /** A fifth member on a new LPAR of CEC2, linked to nobody (tests that need more say so). */
    static Member extraMember(ValidInstallation v, String name, int slot) {
        Lpar lpar = ValidInstallation.F.createLpar();
        lpar.setName("LP" + slot + "X");
        lpar.setMemoryGiB(64);
        v.cec2.getLpars().add(lpar);
        Member member = ValidInstallation.F.createMember();
        member.setName(name);
        member.setSlot(slot);
        member.setLpar(lpar);
        member.setRealMemoryGiB(64);
        member.setMacPrefix("0200E" + slot);
        v.cluster.getMembers().add(member);
        return member;
    }

    static ReleaseLimit limitAt(ValidInstallation v, ZvmRelease release) {
        return v.installation.getSettings().getReleaseLimits().stream().filter(l -> l.getRelease() == release).findFirst()
                .orElseThrow();
    }
}
