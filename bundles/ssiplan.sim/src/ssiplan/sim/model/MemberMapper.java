package ssiplan.sim.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ssiplan.model.Cec;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.Installation;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.RealDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.derived.Architecture;
import ssiplan.model.derived.Facility;
import ssiplan.sim.snapshot.InitialMemberState;
import ssiplan.sim.snapshot.MemberSnapshot;
import ssiplan.sim.snapshot.ServiceLevel;
import ssiplan.sim.snapshot.Units;

/**
 * A model member as the runtime sees it: hardware (machine type, hence facilities; memory;
 * processors), paging, CP level, state at plan start, and what it reaches (EQIDs, volumes).
 */
final class MemberMapper {

    /** Paging on a 3390 is formatted in 4 KiB slots, 12 per track, 15 tracks per cylinder. */
    static final long PAGING_BYTES_PER_CYLINDER = 180L * Units.PAGE_BYTES;

    private static final Pattern DIGITS = Pattern.compile("(\\d+)");

    private final Installation installation;
    private final VolumeReach volumes;
    private final ConversionNotes notes;
    /** The runtime's documented member defaults (MemberSnapshot.Builder), used where the model is silent. */
    private static final MemberSnapshot RUNTIME_DEFAULTS = MemberSnapshot.builder("DEFAULTS", 1).build();

    MemberMapper(Installation installation, ConversionNotes notes) {
        this.installation = installation;
        this.volumes = new VolumeReach(installation);
        this.notes = notes;
    }

    /**
     * @param segments saved segments the cluster's guests use; the model does not say where each
     *                 is defined, so every member is taken to define them identically
     * @param cryptoTypes crypto types guests use, offered by every member for the same reason
     */
    MemberSnapshot map(SsiCluster cluster, Member m, Collection<String> segments, Collection<String> cryptoTypes) {
        String name = m.getName();
        MemberSnapshot.Builder b = MemberSnapshot.builder(name, m.getSlot());
        Lpar lpar = m.getLpar();
        Cec cec = lpar != null && lpar.eContainer() instanceof Cec c ? c : null;
        if (cec != null && cec.getMachineType() != null) {
            b.machine(cec.getMachineType().getLiteral());
            b.facilities(Architecture.of(cec.getMachineType()).facilities().stream().map(Facility::name).toList());
        } else {
            // like ssiplan.model.derived.Architecture.common: a member not on hardware constrains nothing yet
            b.machine("");
            b.facilities(Arrays.stream(Facility.values()).map(Facility::name).toList());
            notes.add("not placed on a CEC's LPAR: offers every facility (constrains no guest's architecture)", name);
        }
        b.realBytes(realBytes(m, lpar, name));
        b.pagingBytes(pagingBytes(m, name));
        if (lpar != null && lpar.getLogicalProcessors() > 0) {
            b.processors(lpar.getLogicalProcessors());
        } else {
            notes.add("no LPAR logical processors: " + fmt(RUNTIME_DEFAULTS.processors()) + " engines assumed", name);
        }
        b.serviceLevel(serviceLevel(m));
        b.initialState(initialState(m, name));
        b.eqid(eqids(cluster, m).toArray(String[]::new));
        b.volumes(volumes.volumesOf(m));
        for (String seg : segments) {
            b.savedSegment(seg, "as defined in the plan");
        }
        b.crypto(cryptoTypes.toArray(String[]::new));
        return b.build();
    }

    private long realBytes(Member m, Lpar lpar, String name) {
        if (m.getRealMemoryGiB() > 0) {
            return Units.gib(m.getRealMemoryGiB());
        }
        if (lpar != null && lpar.getMemoryGiB() > 0) {
            return Units.gib(lpar.getMemoryGiB());
        }
        notes.add("no real memory (member or LPAR): " + (RUNTIME_DEFAULTS.realBytes() >> 30) + " GiB assumed", name);
        return RUNTIME_DEFAULTS.realBytes();
    }

    /** The member's paging capacity, or else the sum of its PAGE CP-owned volumes (as the model documents). */
    private long pagingBytes(Member m, String name) {
        if (m.getPagingCapacityGiB() > 0) {
            return Units.gib(m.getPagingCapacityGiB());
        }
        long sum = 0;
        for (CpOwnedSlot slot : m.getCpOwnedSlots()) {
            DasdVolume v = slot.getVolume();
            if (v != null && v.getUse() == VolumeUse.PAGE) {
                sum += volumeBytes(v);
            }
        }
        if (sum > 0) {
            return sum;
        }
        notes.add("no paging capacity and no PAGE volumes: " + (RUNTIME_DEFAULTS.pagingBytes() >> 30) + " GiB assumed", name);
        return RUNTIME_DEFAULTS.pagingBytes();
    }

    static long volumeBytes(DasdVolume v) {
        return switch (v.getDeviceType()) {
            case EDEV -> Math.max(0, v.getBlocks()) * 512;
            default -> (v.getCylinders() > 0 ? v.getCylinders() : nominalCylinders(v)) * PAGING_BYTES_PER_CYLINDER;
        };
    }

    private static long nominalCylinders(DasdVolume v) {
        return switch (v.getDeviceType()) {
            case D3390_3 -> 3339;
            case D3390_9 -> 10017;
            case D3390_27 -> 32760;
            case D3390_54 -> 65520;
            case D3390_A, EDEV -> 0;
        };
    }

    /** Release from the member (e.g. 7.3) and the service number from its service level text (the last number in "RSU 2401"). */
    static ServiceLevel serviceLevel(Member m) {
        String release = m.getRelease() == null ? "7.3" : m.getRelease().getLiteral();
        int service = 0;
        if (m.getServiceLevel() != null) {
            Matcher d = DIGITS.matcher(m.getServiceLevel());
            while (d.find()) {
                try {
                    service = Integer.parseInt(d.group(1));
                } catch (NumberFormatException tooLong) {
                    service = Integer.MAX_VALUE;
                }
            }
        }
        return new ServiceLevel(release, service);
    }

    private InitialMemberState initialState(Member m, String name) {
        if (m.getInitialState() == null) {
            return InitialMemberState.JOINED;
        }
        return switch (m.getInitialState()) {
            case JOINED -> InitialMemberState.JOINED;
            case DOWN -> InitialMemberState.DOWN;
            default -> {
                notes.add("starts " + m.getInitialState().getLiteral() + " in the plan; the simulation starts it DOWN"
                        + " (runs begin with members JOINED or DOWN)", name);
                yield InitialMemberState.DOWN;
            }
        };
    }

    /** EQIDs of the OSA, FCP and HiperSockets devices this member reaches (by device number or VSWITCH uplink). */
    private SortedSet<String> eqids(SsiCluster cluster, Member m) {
        SortedSet<String> out = new TreeSet<>();
        if (installation != null) {
            for (RealDevice d : installation.getRealDevices()) {
                if (hasEqid(d) && d.getDeviceNumbers().stream().map(DeviceNumber::getMember).anyMatch(x -> x == m)) {
                    out.add(d.getEqid());
                }
            }
        }
        for (VirtualSwitch vs : cluster.getVirtualSwitches()) {
            for (VswitchUplink u : vs.getUplinks()) {
                if (u.getMember() == m) {
                    for (OsaDevice osa : u.getOsaDevices()) {
                        if (hasEqid(osa)) {
                            out.add(osa.getEqid());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasEqid(RealDevice d) {
        return d.getEqid() != null && !d.getEqid().isBlank();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
