package ssiplan.validation.checks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.RealDevice;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VswitchUplink;

/**
 * Indexes one cluster once so the checks never scan the installation per guest: members are numbered
 * and member sets are bit sets; which members reach each volume and each real device (and each EQID)
 * is computed in one pass over the installation's device numbers.
 */
public final class ClusterIndex {

    private static final BitSet EMPTY = new BitSet();

    private final SsiCluster cluster;
    private final List<Member> members;
    private final Map<Member, Integer> numbers = new IdentityHashMap<>();
    private final BitSet all = new BitSet();
    private final Map<DasdVolume, BitSet> volumeReach = new IdentityHashMap<>();
    private final Map<RealDevice, BitSet> deviceReach = new IdentityHashMap<>();
    private final Map<String, BitSet> eqidReach = new HashMap<>();
    private final Map<DasdVolume, List<CpOwnedSlot>> cpOwned = new IdentityHashMap<>();
    private final Map<RelocationDomain, BitSet> domains = new IdentityHashMap<>();
    private final Map<VirtualSwitch, BitSet> switchPresence = new IdentityHashMap<>();

    ClusterIndex(Installation installation, SsiCluster cluster) {
        this.cluster = cluster;
        this.members = List.copyOf(cluster.getMembers());
        for (int i = 0; i < members.size(); i++) {
            numbers.put(members.get(i), i);
            all.set(i);
        }
        for (DasdVolume volume : installation.getDasdVolumes()) {
            volumeReach.put(volume, reachOf(volume.getDeviceNumbers()));
        }
        for (RealDevice device : installation.getRealDevices()) {
            BitSet reach = reachOf(device.getDeviceNumbers());
            deviceReach.put(device, reach);
            String eqid = Names.key(device.getEqid());
            if (!eqid.isEmpty()) {
                eqidReach.computeIfAbsent(eqid, e -> new BitSet()).or(reach);
            }
        }
        for (Member member : members) {
            for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
                if (slot.getVolume() != null) {
                    cpOwned.computeIfAbsent(slot.getVolume(), v -> new ArrayList<>()).add(slot);
                }
            }
        }
    }

    private BitSet reachOf(List<DeviceNumber> deviceNumbers) {
        BitSet reach = new BitSet();
        for (DeviceNumber number : deviceNumbers) {
            Integer n = numbers.get(number.getMember());
            if (n != null && number.getRdev() != null && !number.getRdev().isBlank()) {
                reach.set(n);
            }
        }
        return reach;
    }

    public SsiCluster cluster() {
        return cluster;
    }

    public List<Member> members() {
        return members;
    }

    public boolean contains(Member member) {
        return member != null && numbers.containsKey(member);
    }

    /** The member's number in this index, or -1 when it is not a member of the cluster. */
    public int number(Member member) {
        Integer n = member == null ? null : numbers.get(member);
        return n == null ? -1 : n;
    }

    public BitSet allMembers() {
        return all;
    }

    /** Members of this cluster with a device number for {@code volume}. Never modify the result. */
    public BitSet reach(DasdVolume volume) {
        return volume == null ? EMPTY : volumeReach.getOrDefault(volume, EMPTY);
    }

    /** Members of this cluster with a device number for {@code device}. */
    public BitSet reach(RealDevice device) {
        return device == null ? EMPTY : deviceReach.getOrDefault(device, EMPTY);
    }

    /** Members of this cluster that reach some device carrying {@code eqid}. */
    public BitSet eqidReach(String eqid) {
        return eqidReach.getOrDefault(Names.key(eqid), EMPTY);
    }

    /** The CP_Owned entries of this cluster's members that name {@code volume}. */
    public List<CpOwnedSlot> cpOwnedSlots(DasdVolume volume) {
        return cpOwned.getOrDefault(volume, List.of());
    }

    /** Volumes some member of this cluster has in its CP_Owned list, in first-seen order. */
    public Iterable<DasdVolume> cpOwnedVolumes() {
        return cpOwned.keySet();
    }

    /**
     * The members a guest may be relocated among: its VMRELOCATE domain's members (those in this
     * cluster), else the SSI domain, i.e. all members [U default].
     */
    public BitSet domainOf(VirtualMachine guest) {
        RelocationDomain domain = guest.getRelocationDomain();
        if (domain == null) {
            return all;
        }
        return domains.computeIfAbsent(domain, d -> {
            BitSet set = new BitSet();
            for (Member member : d.getMembers()) {
                int n = number(member);
                if (n >= 0) {
                    set.set(n);
                }
            }
            return set;
        });
    }

    /**
     * The members a VSWITCH is defined on. The model has no explicit member list for a switch: one
     * without uplinks (RDEV NONE) is taken as defined on every member, one with uplinks on the members
     * that give it an uplink.
     */
    public BitSet presenceOf(VirtualSwitch vswitch) {
        return switchPresence.computeIfAbsent(vswitch, s -> {
            if (s.getUplinks().isEmpty()) {
                return all;
            }
            BitSet set = new BitSet();
            for (VswitchUplink uplink : s.getUplinks()) {
                int n = number(uplink.getMember());
                if (n >= 0) {
                    set.set(n);
                }
            }
            return set;
        });
    }

    /** {@code wanted} minus {@code have}, as a new set. */
    public static BitSet missing(BitSet wanted, BitSet have) {
        BitSet missing = (BitSet) wanted.clone();
        missing.andNot(have);
        return missing;
    }

    public List<Member> membersOf(BitSet set) {
        List<Member> list = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            list.add(members.get(i));
        }
        return list;
    }

    /** "SYSB, SYSC" */
    public String namesOf(BitSet set) {
        return Names.members(membersOf(set));
    }
}
