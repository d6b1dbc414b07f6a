package ssiplan.model.format;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.Crypto;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DeviceNumber;
import ssiplan.model.FcpDevice;
import ssiplan.model.HiperSocketsDevice;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.OsaDevice;
import ssiplan.model.PlanningSettings;
import ssiplan.model.Profile;
import ssiplan.model.RealDevice;
import ssiplan.model.ReleaseLimit;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SegmentUse;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VswitchUplink;
import ssiplan.model.WorkloadProfile;
import ssiplan.model.util.SsiplanSwitch;

/**
 * Short labels in a z/VM systems programmer's words ("MEMBER1 (slot 1)", "LNX017 4G",
 * "SYSA - SYSB (4 CTCs)"). The item providers, the diagram and the CLI all show these, so an element
 * reads the same everywhere.
 */
public final class ElementLabels {

    private static final Texts TEXTS = new Texts();

    private ElementLabels() {
    }

    /** The label of any model element; never null or empty. */
    public static String of(EObject element) {
        if (element == null) {
            return "";
        }
        String text = TEXTS.doSwitch(element);
        return text == null || text.isBlank() ? element.eClass().getName() : text.strip();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String nameOf(Member member) {
        return member == null ? "?" : or(member.getName(), "?");
    }

    private static final class Texts extends SsiplanSwitch<String> {

        @Override
        public String caseInstallation(Installation o) {
            return or(o.getName(), "Installation");
        }

        @Override
        public String casePlanningSettings(PlanningSettings o) {
            return "Planning settings (over-commit " + o.getMemoryOvercommitLimit() + ")";
        }

        @Override
        public String caseReleaseLimit(ReleaseLimit o) {
            return "z/VM " + o.getRelease().getLiteral() + ": " + o.getMaxMembers() + " members"
                    + (o.isConfirmed() ? "" : " [unconfirmed]");
        }

        @Override
        public String caseCec(Cec o) {
            return or(o.getName(), "CEC") + " " + o.getMachineType().getLiteral()
                    + (o.getMemoryGiB() > 0 ? " " + StorageSize.ofGiB(o.getMemoryGiB()) : "");
        }

        @Override
        public String caseChannelPath(ChannelPath o) {
            return "CHPID " + or(o.getChpid(), "??") + " " + o.getType().getLiteral()
                    + (o.getSpeed() != null ? " " + o.getSpeed().getLiteral() : "");
        }

        @Override
        public String caseLpar(Lpar o) {
            return or(o.getName(), "LPAR") + " " + StorageSize.ofGiB(o.getMemoryGiB()) + " "
                    + o.getLogicalProcessors() + " " + o.getProcessorType().getLiteral();
        }

        @Override
        public String caseSsiCluster(SsiCluster o) {
            return or(o.getName(), "SSI") + " (z/VM " + o.getRelease().getLiteral() + ")";
        }

        @Override
        public String caseMember(Member o) {
            return or(o.getName(), "Member") + " (slot " + o.getSlot() + ")";
        }

        @Override
        public String caseCpOwnedSlot(CpOwnedSlot o) {
            return "Slot " + o.getSlot() + " " + (o.getVolume() == null ? "(reserved)" : or(o.getVolume().getVolser(), "?"));
        }

        @Override
        public String caseDasdVolume(DasdVolume o) {
            return or(o.getVolser(), "Volume") + " " + o.getDeviceType().getLiteral() + " " + o.getUse().getLiteral();
        }

        @Override
        public String caseDeviceNumber(DeviceNumber o) {
            return nameOf(o.getMember()) + " " + or(o.getRdev(), "????");
        }

        @Override
        public String caseIsfcLink(IsfcLink o) {
            int ctcs = o.getCtcConnections().size();
            return nameOf(o.getMemberA()) + " - " + nameOf(o.getMemberB()) + " (" + ctcs + (ctcs == 1 ? " CTC)" : " CTCs)");
        }

        @Override
        public String caseCtcConnection(CtcConnection o) {
            return "CTC " + or(o.getDeviceA(), "????") + " - " + or(o.getDeviceB(), "????");
        }

        @Override
        public String caseOsaDevice(OsaDevice o) {
            return device("OSA", o);
        }

        @Override
        public String caseFcpDevice(FcpDevice o) {
            return device("FCP", o);
        }

        @Override
        public String caseHiperSocketsDevice(HiperSocketsDevice o) {
            return device("HiperSockets", o);
        }

        private static String device(String kind, RealDevice o) {
            return or(o.getName(), kind) + (o.getEqid() == null || o.getEqid().isBlank() ? "" : " EQID " + o.getEqid());
        }

        @Override
        public String caseVirtualSwitch(VirtualSwitch o) {
            return or(o.getName(), "VSWITCH") + " " + o.getType().getLiteral() + " " + o.getTransport().getLiteral();
        }

        @Override
        public String caseVswitchUplink(VswitchUplink o) {
            List<String> devices = o.getOsaDevices().stream().map(d -> or(d.getName(), "OSA")).toList();
            return nameOf(o.getMember()) + " uplink" + (devices.isEmpty() ? "" : ": " + String.join(", ", devices));
        }

        @Override
        public String caseRelocationDomain(RelocationDomain o) {
            return or(o.getName(), "Domain") + ": "
                    + o.getMembers().stream().map(ElementLabels::nameOf).collect(Collectors.joining(" "));
        }

        @Override
        public String caseProfile(Profile o) {
            return "PROFILE " + or(o.getName(), "?");
        }

        @Override
        public String caseUserEntry(UserEntry o) {
            return guest(o);
        }

        @Override
        public String caseIdentityEntry(IdentityEntry o) {
            return guest(o) + " (IDENTITY)";
        }

        private static String guest(VirtualMachine o) {
            return or(o.getUserid(), "Guest") + " " + StorageSize.ofMiB(o.getStorageMiB());
        }

        @Override
        public String caseSubconfig(Subconfig o) {
            return or(o.getName(), "SUBCONFIG") + " on " + (o.getMember() == null ? "*" : nameOf(o.getMember()));
        }

        @Override
        public String caseMinidisk(Minidisk o) {
            String where = switch (o.getKind()) {
                case MDISK -> o.getVolume() == null ? "?" : or(o.getVolume().getVolser(), "?");
                case TDISK, VDISK -> o.getKind().getLiteral();
            };
            String unit = o.getKind() == MinidiskKind.VDISK
                    || (o.getVolume() != null && o.getVolume().getDeviceType() == DasdDeviceType.EDEV) ? " blk" : " cyl";
            return "MDISK " + or(o.getVaddr(), "????") + " " + where + " " + o.getSize() + unit + " " + o.getMode().getLiteral();
        }

        @Override
        public String caseMinidiskLink(MinidiskLink o) {
            return "LINK " + or(o.getOwner(), "?") + " " + or(o.getOwnerVaddr(), "????") + " "
                    + or(o.getVaddr(), "????") + " " + o.getMode().getLiteral();
        }

        @Override
        public String caseNicDef(NicDef o) {
            return "NICDEF " + or(o.getVaddr(), "????") + " " + o.getType().getLiteral()
                    + (o.getVswitch() == null ? "" : " " + or(o.getVswitch().getName(), "?"));
        }

        @Override
        public String caseDedicatedDevice(DedicatedDevice o) {
            String real = o.getDevice() != null ? or(o.getDevice().getName(), "?") : or(o.getRdev(), "?");
            return "DEDICATE " + or(o.getVaddr(), "????") + " " + real;
        }

        @Override
        public String caseSegmentUse(SegmentUse o) {
            return or(o.getName(), "?") + " " + o.getKind().getLiteral() + " " + o.getPageType().getLiteral();
        }

        @Override
        public String caseCrypto(Crypto o) {
            if (o.getMode() == null || o.getAdapters().isEmpty()) {
                return o.getMode() == null ? "Crypto" : o.getMode().getLiteral();
            }
            return o.getMode().getLiteral() + " AP " + o.getAdapters() + " domains " + o.getDomains();
        }

        @Override
        public String caseWorkloadProfile(WorkloadProfile o) {
            return "Workload " + StorageSize.ofMiB(o.getTouchedStorageMiB()) + " touched, "
                    + Math.round(o.getDirtyPagesPerSecond()) + " pages/s dirtied";
        }
    }
}
