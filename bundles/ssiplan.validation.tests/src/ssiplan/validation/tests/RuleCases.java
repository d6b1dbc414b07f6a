package ssiplan.validation.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ssiplan.model.Cec;
import ssiplan.model.Crypto;
import ssiplan.model.CryptoMode;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.FiconSpeed;
import ssiplan.model.GuestOs;
import ssiplan.model.IsfcLink;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SegmentPageType;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VswitchUplink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
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
            // Deleted the way an editor would: references to the members go too.
            List.copyOf(v.cluster.getMembers()).forEach(m -> EcoreUtil.delete(m, true));
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
        cases.put("SSI-MEMBER-LPAR-DOWN", v -> {
            v.sysd.setInitialState(MemberState.DOWN);
            v.sysd.setLpar(null);
        });
        cases.put("SSI-SYSID-LPAR-DUPLICATE", v -> v.sysc.getLpar().setName("LP1"));
        cases.put("SSI-RELEASE-HW", v -> v.cec1.setMachineType(MachineType.Z196));
        cases.put("SSI-RELEASE-HW-U", v -> v.cec1.setMachineType(MachineType.Z13));
        // Kept SYSTEM CONFIG statements
        cases.put("SSI-STATEMENT-DUPLICATE", v -> ValidInstallation.keep(v.cluster, "", "SSI", "SSI PLEX2 PDR_VOLUME VMCOM1,\n  SLOT 1 SYSA"));
        cases.put("SSI-XLINK", v -> ValidInstallation.keep(v.cluster, "", "XLINK_SYSTEM_EXCLUDE", "Xlink_System_Exclude vm1"));
        cases.put("SSI-XLINK-U", v -> ValidInstallation.keep(v.cluster, "", "XLINK_VOLUME_INCLUDE", "XLINK_VOLUME_INCLUDE VM*"));
        cases.put("SSI-QUALIFIER-MEMBER", v -> ValidInstallation.keep(v.cluster, "SYSX", "DEVICES", "SYSX: Devices Offline_at_IPL 0500"));
        // PDR
        cases.put("SSI-PDR-ECKD", v -> v.common.setDeviceType(DasdDeviceType.EDEV));
        cases.put("SSI-PDR-LISTED", v -> v.members.forEach(m -> m.getCpOwnedSlots().removeIf(s -> s.getVolume() == v.common)));
        cases.put("SSI-PDR-REACH", v -> v.common.getDeviceNumbers().removeIf(n -> n.getMember() == v.sysd));
        // ISFC
        cases.put("SSI-ISLINK-MESH", v -> v.cluster.getIsfcLinks().remove(v.links.get(0)));
        cases.put("SSI-ISFC-COLLECTION", v -> v.cluster.getIsfcLinks().removeIf(l -> l.getMemberA() == v.sysd || l.getMemberB() == v.sysd));
        cases.put("SSI-ISLINK-ENDS", v -> v.links.get(0).setMemberB(v.sysa));
        cases.put("SSI-ISLINK-DUPLICATE", v -> {
            IsfcLink second = ValidInstallation.F.createIsfcLink();
            second.setMemberA(v.sysb);
            second.setMemberB(v.sysa);
            CtcConnection ctc = ValidInstallation.F.createCtcConnection();
            ctc.setDeviceA("4E00");
            ctc.setDeviceB("4E00");
            ctc.setChpidA(v.cec1.getChannelPaths().get(0));
            ctc.setChpidB(v.cec1.getChannelPaths().get(1));
            second.getCtcConnections().add(ctc);
            v.cluster.getIsfcLinks().add(second);
        });
        cases.put("SSI-ISLINK-CTC-COUNT", v -> v.links.get(0).getCtcConnections().clear());
        cases.put("SSI-ISLINK-CTC-DEVICE", v -> v.links.get(0).getCtcConnections().get(0).setDeviceB("4G00"));
        cases.put("SSI-ISLINK-DEVICE-DUPLICATE", v -> v.links.get(0).getCtcConnections().get(1).setDeviceA("4200"));
        cases.put("SSI-ISLINK-CHPID", v -> v.links.get(1).getCtcConnections().get(0).setChpidB(v.cec1.getChannelPaths().get(0)));
        cases.put("SSI-ISLINK-ONE-CHPID", v -> v.links.get(2).getCtcConnections().get(1)
                .setChpidA(v.links.get(2).getCtcConnections().get(0).getChpidA()));
        cases.put("SSI-ISLINK-SPEED-MIX", v -> v.cec2.getChannelPaths().get(1).setSpeed(FiconSpeed.EXPRESS8S));
        // Volumes and CP_Owned
        cases.put("DASD-VOLSER", v -> v.userShared.setVolser("VMCOM1"));
        cases.put("SSI-CPOWNED-SLOT-RANGE", v -> v.sysb.getCpOwnedSlots().get(3).setSlot(256));
        cases.put("SSI-CPOWNED-SLOT-DUPLICATE", v -> v.sysb.getCpOwnedSlots().get(3).setSlot(10));
        cases.put("SSI-CPOWNED-REACH", v -> v.spool.getDeviceNumbers().removeIf(n -> n.getMember() == v.sysc));
        cases.put("SSI-SPOOL-REACH", v -> v.spool.getDeviceNumbers().removeIf(n -> n.getMember() == v.sysc));
        cases.put("SSI-SPOOL-CPOWNED", v -> v.sysc.getCpOwnedSlots().removeIf(s -> s.getVolume() == v.spool));
        cases.put("SSI-SPOOL-SLOT", v -> v.sysc.getCpOwnedSlots().stream().filter(s -> s.getVolume() == v.spool)
                .forEach(s -> s.setSlot(11)));
        cases.put("SSI-PAGE-SHARED", v -> {
            ValidInstallation.reach(v.page.get(0), v.sysb, "0120");
            ValidInstallation.cpOwned(v.sysb, 254, v.page.get(0));
        });
        cases.put("SSI-VOLUME-OWNER", v -> {
            ValidInstallation.reach(v.sysres.get(0), v.sysb, "0120");
            ValidInstallation.cpOwned(v.sysb, 2, v.sysres.get(0));
        });
        // Network
        cases.put("NET-VSWITCH-NAME", v -> v.internalSwitch.setName("VSWITCHINT"));
        cases.put("NET-VSWITCH-DUPLICATE", v -> v.internalSwitch.setName("vsw1"));
        cases.put("NET-VSWITCH-RDEV-COUNT", v -> {
            VswitchUplink uplink = v.vswitch.getUplinks().get(0);
            for (int i = 0; i < 3; i++) {
                OsaDevice osa = ValidInstallation.F.createOsaDevice();
                osa.setName("OSA-X" + i);
                osa.setEqid("OSAPROD");
                osa.setLanSegment("PRODLAN");
                osa.getDeviceNumbers().add(ValidInstallation.number(v.sysa, "100" + (4 + i)));
                v.installation.getRealDevices().add(osa);
                uplink.getOsaDevices().add(osa);
            }
        });
        cases.put("NET-UPLINK-REACH", v -> v.osas.get(1).getDeviceNumbers().clear());
        cases.put("NET-NIC-VSWITCH", v -> {
            SsiCluster other = ValidInstallation.F.createSsiCluster();
            other.setName("PLEX2");
            VirtualSwitch foreign = ValidInstallation.F.createVirtualSwitch();
            foreign.setName("VSWX");
            other.getVirtualSwitches().add(foreign);
            v.installation.getClusters().add(other);
            v.lnx003.getNics().get(0).setVswitch(foreign);
        });
        cases.put("SSI-MACPREFIX-UNIQUE", v -> v.sysb.setMacPrefix("020001"));
        cases.put("SSI-USERPREFIX-DISTINCT", v -> v.sysb.setMacPrefix("020000"));
        cases.put("SSI-VMLAN-FORMAT", v -> v.sysb.setMacPrefix("02000G"));
        cases.put("LGR-MACID-DUPLICATE", v -> v.lnx002.getNics().get(0).setMacId("000001"));
        cases.put("LGR-EQID", v -> v.osas.get(2).setEqid(null));
        cases.put("LGR-EQID-MISMATCH", v -> {
            v.osas.get(0).setEqid("OSAA");
            v.osas.get(1).setEqid("OSAB");
        });
        cases.put("LGR-LAN-SEGMENT", v -> v.osas.get(3).setLanSegment("TESTLAN"));
        cases.put("LGR-VSWITCH-MISSING", v -> v.vswitch.getUplinks().remove(3));
        cases.put("LGR-VSWITCH-PORTBASED", v -> {
            v.cluster.setRelease(ZvmRelease.V6_2);
            v.members.forEach(m -> m.setRelease(ZvmRelease.V6_2));
            v.vswitch.setPortAssignment(PortAssignment.PORTBASED);
        });
        cases.put("LGR-NIC-UNCOUPLED", v -> v.lnx001.getNics().get(0).setVswitch(null));
        // Directory
        cases.put("DIR-USERID", v -> v.lnx002.setUserid("LINUX0002"));
        cases.put("DIR-USERID-DUPLICATE", v -> v.lnx002.setUserid("lnx001"));
        cases.put("DIR-SUBCONFIG-NAME", v -> v.maint.getSubconfigs().get(1).setName("LNX001"));
        cases.put("DIR-SUBCONFIG-MEMBER", v -> v.maint.getSubconfigs().get(1).setMember(v.sysa));
        cases.put("GUEST-HOME-MEMBER", v -> v.lnx003.setHomeMember(extraMember(v.cec2, otherCluster(v), "SYSX", 1)));
        cases.put("GUEST-STORAGE", v -> v.lnx002.setStorageMiB(16384));
        cases.put("GUEST-VCPU", v -> v.lnx002.setVirtualCpus(65));
        cases.put("GUEST-MINIDISK-VOLUME", v -> v.lnx003.getMinidisks().get(0).setVolume(null));
        cases.put("GUEST-MINIDISK-HOME", v -> v.lnx003.setHomeMember(v.sysb));
        cases.put("GUEST-ANTI-AFFINITY", v -> v.lnx002.setHomeMember(v.sysa));
        // Relocation readiness
        cases.put("SSI-DOMAIN-MEMBERS", v -> v.prodDomain.getMembers().clear());
        cases.put("SSI-DOMAIN-NAME", v -> v.prodDomain.setName("SYSB"));
        cases.put("LGR-DOMAIN-CLUSTER", v -> {
            SsiCluster other = otherCluster(v);
            RelocationDomain domain = ValidInstallation.F.createRelocationDomain();
            domain.setName("EAST");
            other.getRelocationDomains().add(domain);
            v.lnx002.setRelocationDomain(domain);
        });
        cases.put("LGR-HOME-DOMAIN", v -> v.lnx002.setHomeMember(v.sysd));
        cases.put("LGR-IDENTITY-RELOCATABLE", v -> v.maint.setRelocatable(true));
        cases.put("LGR-MINIDISK-REACH", v -> v.userShared.getDeviceNumbers().removeIf(n -> n.getMember() == v.sysd));
        cases.put("LGR-TDISK", v -> v.lnx003.setRelocatable(true));
        cases.put("LGR-DEDICATED", v -> v.lnx001.getDedicatedDevices().get(0).setDevice(null));
        cases.put("LGR-DEDICATED-EQID", v -> v.fcps.get(0).setEqid(""));
        cases.put("LGR-DEDICATED-EQUIVALENT", v -> v.fcps.get(3).setEqid("SANB"));
        cases.put("LGR-SEGMENT-EXCLUSIVE", v -> v.lnx001.getSegments().get(0).setPageType(SegmentPageType.EW));
        cases.put("LGR-CRYPTO-APDED", v -> {
            v.cluster.setRelease(ZvmRelease.V6_2);
            v.members.forEach(m -> m.setRelease(ZvmRelease.V6_2));
            Crypto crypto = ValidInstallation.F.createCrypto();
            crypto.setMode(CryptoMode.APDED);
            crypto.getAdapters().add(1);
            crypto.getDomains().add(5);
            v.lnx001.setCrypto(crypto);
        });
        cases.put("LGR-GUEST-OS", v -> v.lnx001.setGuestOs(GuestOs.ZOS));
        cases.put("LGR-CHPIDV", v -> v.lnx001.setChpidVirtualizationOne(false));
        cases.put("LGR-LARGE-GUEST", v -> v.lnx001.setMaxStorageMiB(2 * 1024 * 1024));
        cases.put("LGR-GUEST-FIT", v -> {
            v.sysc.setRealMemoryGiB(1);
            v.sysc.setPagingCapacityGiB(1);
        });
        // Capacity
        cases.put("CAP-LPAR-PROCESSORS", v -> v.sysb.getLpar().setLogicalProcessors(24));
        cases.put("CAP-MEMORY-OVERCOMMIT", v -> v.lnx001.setStorageMiB(200 * 1024));
        cases.put("CAP-MEMBER-MEMORY", v -> v.sysc.setRealMemoryGiB(256));
        cases.put("CAP-CEC-MEMORY", v -> v.cec2.setMemoryGiB(200));
        cases.put("CAP-PAGING", v -> {
            v.installation.getSettings().setMemoryOvercommitLimit(3);
            v.lnx001.setMaxStorageMiB(300 * 1024);
            v.lnx001.setStorageMiB(300 * 1024);
        });
        return cases;
    }

    /** A second, empty cluster in the installation. */
    static SsiCluster otherCluster(ValidInstallation v) {
        SsiCluster other = ValidInstallation.F.createSsiCluster();
        other.setName("PLEX2");
        v.installation.getClusters().add(other);
        return other;
    }

    /** A fifth member on a new LPAR of CEC2, linked to nobody (tests that need more say so). */
    static Member extraMember(ValidInstallation v, String name, int slot) {
        return extraMember(v.cec2, v.cluster, name, slot);
    }

    static Member extraMember(Cec cec, SsiCluster cluster, String name, int slot) {
        Lpar lpar = ValidInstallation.F.createLpar();
        lpar.setName("LP" + slot + "X");
        lpar.setMemoryGiB(64);
        cec.getLpars().add(lpar);
        Member member = ValidInstallation.F.createMember();
        member.setName(name);
        member.setSlot(slot);
        member.setLpar(lpar);
        member.setRealMemoryGiB(64);
        member.setMacPrefix("0200E" + slot);
        cluster.getMembers().add(member);
        return member;
    }

    static ReleaseLimit limitAt(ValidInstallation v, ZvmRelease release) {
        return v.installation.getSettings().getReleaseLimits().stream().filter(l -> l.getRelease() == release).findFirst()
                .orElseThrow();
    }
}
