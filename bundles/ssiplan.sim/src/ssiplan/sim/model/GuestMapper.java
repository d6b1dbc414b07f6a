package ssiplan.sim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import ssiplan.model.Crypto;
import ssiplan.model.CryptoMode;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DirectoryEntry;
import ssiplan.model.FcpDevice;
import ssiplan.model.GuestOs;
import ssiplan.model.HiperSocketsDevice;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.OsaDevice;
import ssiplan.model.RealDevice;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SegmentKind;
import ssiplan.model.SegmentPageType;
import ssiplan.model.SegmentUse;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.WorkloadProfile;
import ssiplan.model.derived.RelocationDomains;
import ssiplan.sim.snapshot.CryptoUse;
import ssiplan.sim.snapshot.DcssUse;
import ssiplan.sim.snapshot.DeviceKind;
import ssiplan.sim.snapshot.DeviceSnapshot;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.snapshot.NicSnapshot;
import ssiplan.sim.snapshot.PageRangeType;
import ssiplan.sim.snapshot.Units;

/**
 * A directory entry as the runtime sees it: its kind (USER or IDENTITY), VMRELOCATE setting and
 * domain, storage, workload, where it runs at plan start, criticality, and everything relocation
 * checks: minidisks (own, from its PROFILE and LINKed from other users) with their volumes,
 * NICs, dedicated devices with EQIDs, saved segments, crypto and a few verbatim statements.
 */
final class GuestMapper {

    /**
     * The model records that a guest uses shared (APVIRT) crypto but not the adapter type, so
     * every member is taken to offer this one type: APVIRT never blocks a move in a model run.
     */
    static final String SHARED_CRYPTO_TYPE = "CEX";

    /** A stated tolerable outage of 0 s means "no outage at all": the smallest criticality the runtime takes. */
    static final double NO_OUTAGE_SECONDS = 1e-9;

    private static final java.util.regex.Pattern DEVICE_NUMBER = java.util.regex.Pattern.compile("[0-9A-Fa-f]{1,4}");

    private static final GuestSnapshot RUNTIME_DEFAULTS = GuestSnapshot.builder("DEFAULTS").build();

    private final SsiCluster cluster;
    private final ConversionNotes notes;
    private final Map<String, VirtualMachine> byUserid = new TreeMap<>();

    GuestMapper(SsiCluster cluster, ConversionNotes notes) {
        this.cluster = cluster;
        this.notes = notes;
        for (VirtualMachine vm : cluster.getVirtualMachines()) {
            if (vm.getUserid() != null) {
                byUserid.putIfAbsent(vm.getUserid().toUpperCase(java.util.Locale.ROOT), vm);
            }
        }
    }

    /** Saved segment and NSS names any guest uses: what every member must be given. */
    SortedSet<String> segmentNames() {
        SortedSet<String> out = new TreeSet<>();
        for (VirtualMachine vm : cluster.getVirtualMachines()) {
            for (SegmentUse s : vm.getSegments()) {
                if (s.getName() != null && !s.getName().isBlank()) {
                    out.add(s.getName());
                }
            }
            String nss = iplNss(vm);
            if (nss != null) {
                out.add(nss);
            }
        }
        return out;
    }

    /** Crypto types the guests use (at most the one shared type). */
    SortedSet<String> cryptoTypes() {
        SortedSet<String> out = new TreeSet<>();
        for (VirtualMachine vm : cluster.getVirtualMachines()) {
            if (vm.getCrypto() != null && vm.getCrypto().getMode() == CryptoMode.APVIRT) {
                out.add(SHARED_CRYPTO_TYPE);
            }
        }
        return out;
    }

    GuestSnapshot map(VirtualMachine vm) {
        String u = vm.getUserid();
        if (u == null || u.isBlank()) {
            throw new ModelSnapshotException("cluster " + cluster.getName() + ": a directory entry has no user id");
        }
        GuestSnapshot.Builder b = GuestSnapshot.builder(u);
        boolean identity = vm instanceof IdentityEntry;
        b.multiConfiguration(identity);
        b.relocationEnabled(vm.isRelocatable());
        b.relocatable(vm.getGuestOs() == GuestOs.LINUX);
        b.chpidVirtualizationOne(vm.isChpidVirtualizationOne());
        b.domain(domain(vm, u));
        long storage = storage(vm, u);
        b.storage(storage);
        b.maxStorage(Math.max(storage, Units.mib(vm.getMaxStorageMiB())));
        workload(vm, u, storage, b);
        List<DirectoryEntry> entries = entries(vm);
        b.on(homeMember(vm, u));
        devices(u, entries, b);
        nics(entries, b);
        segments(vm, b);
        b.crypto(crypto(vm.getCrypto()));
        if (vm.isSetTolerableOutageSeconds()) {
            b.criticalitySeconds(Math.max(NO_OUTAGE_SECONDS, vm.getTolerableOutageSeconds()));
        }
        if (vm.getAntiAffinityGroup() != null && !vm.getAntiAffinityGroup().isBlank()) {
            b.antiAffinityGroup(vm.getAntiAffinityGroup());
        }
        List<String> statements = new ArrayList<>();
        entries.forEach(e -> statements.addAll(e.getOtherStatements()));
        DirectoryStatements kept = DirectoryStatements.of(statements);
        b.iucv(kept.iucvPartners().toArray(String[]::new));
        b.dedicatedCpus(kept.dedicatesCpu());
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ModelSnapshotException("user " + u + ": " + e.getMessage(), e);
        }
    }

    private String domain(VirtualMachine vm, String u) {
        RelocationDomain d = vm.getRelocationDomain();
        if (d == null) {
            return RelocationDomains.SSI_DOMAIN_NAME;
        }
        if (d.eContainer() != cluster) {
            throw new ModelSnapshotException("user " + u + " names relocation domain " + d.getName()
                    + ", which is not a domain of cluster " + cluster.getName());
        }
        return d.getName();
    }

    private long storage(VirtualMachine vm, String u) {
        if (vm.getStorageMiB() > 0) {
            return Units.mib(vm.getStorageMiB());
        }
        notes.add("no storage size: " + (RUNTIME_DEFAULTS.storageBytes() >> 20) + " MiB assumed", u);
        return RUNTIME_DEFAULTS.storageBytes();
    }

    /** Touched pages, dirty rate, writable working set, CPU demand (at most its virtual CPUs), state transfer time. */
    private void workload(VirtualMachine vm, String u, long storage, GuestSnapshot.Builder b) {
        WorkloadProfile w = vm.getWorkload();
        long pages = Units.pages(storage);
        long touched = pages / 2; // GuestSnapshot.Builder's documented default
        if (w != null && w.getTouchedStorageMiB() > 0) {
            touched = Units.pages(Units.mib(w.getTouchedStorageMiB()));
            if (touched > pages) {
                notes.add("workload touches more storage than the guest has; capped at its storage", u);
                touched = pages;
            }
        } else {
            notes.add("no touched storage in a workload profile: half the guest's storage assumed (the simulator's default)", u);
        }
        b.touchedPages(touched);
        b.dirtyPagesPerSecond(w == null ? RUNTIME_DEFAULTS.dirtyPagesPerSecond() : Math.max(0, w.getDirtyPagesPerSecond()));
        b.writableWorkingSetPages(w != null && w.getWritableWorkingSetMiB() > 0
                ? Units.pages(Units.mib(w.getWritableWorkingSetMiB())) : touched);
        double demand = w != null && w.getCpuDemand() > 0 ? w.getCpuDemand() : RUNTIME_DEFAULTS.cpuDemand();
        if (vm.getVirtualCpus() > 0 && demand > vm.getVirtualCpus()) {
            notes.add("CPU demand above its virtual CPUs; capped at the virtual CPU count", u);
            demand = vm.getVirtualCpus();
        }
        b.cpuDemand(demand);
        if (w != null && w.isSetStateTransferSeconds()) {
            b.stateTransferSeconds(Math.max(0, w.getStateTransferSeconds()));
        }
    }

    /** The entry itself, then its PROFILE; for an IDENTITY also the SUBCONFIG of the member it runs on. */
    private List<DirectoryEntry> entries(VirtualMachine vm) {
        List<DirectoryEntry> out = new ArrayList<>();
        out.add(vm);
        if (vm instanceof IdentityEntry id) {
            Subconfig running = runningSubconfig(id);
            if (running != null) {
                out.add(running);
            }
        }
        if (vm.getProfile() != null) {
            out.add(vm.getProfile());
        }
        return out;
    }

    /**
     * The runtime models one instance of an IDENTITY: the one logged on at plan start on the
     * lowest slot of this cluster.
     */
    private Subconfig runningSubconfig(IdentityEntry id) {
        return id.getSubconfigs().stream()
                .filter(s -> s.isLoggedOn() && s.getMember() != null && s.getMember().eContainer() == cluster)
                .min(Comparator.comparingInt(s -> s.getMember().getSlot())).orElse(null);
    }

    private String homeMember(VirtualMachine vm, String u) {
        Member home = null;
        if (vm instanceof UserEntry user) {
            home = user.getHomeMember();
        } else if (vm instanceof IdentityEntry id) {
            Subconfig s = runningSubconfig(id);
            home = s == null ? null : s.getMember();
            long instances = id.getSubconfigs().stream().filter(x -> x.isLoggedOn() && x.getMember() != null).count();
            if (instances > 1) {
                notes.add("IDENTITY logged on to several members; the simulation runs its instance on the lowest slot", u);
            }
        }
        if (home != null && home.eContainer() != cluster) {
            notes.add("logged on to a member of another cluster; taken as logged off", u);
            return null;
        }
        return home == null ? null : home.getName();
    }

    private void devices(String u, List<DirectoryEntry> entries, GuestSnapshot.Builder b) {
        Map<String, DeviceSnapshot> byVdev = new LinkedHashMap<>(); // the entry's own statements win over its profile's
        for (DirectoryEntry e : entries) {
            for (Minidisk md : e.getMinidisks()) {
                DeviceSnapshot d = minidisk(u, vdev(md.getVaddr()), md);
                if (d != null) {
                    byVdev.putIfAbsent(d.vdev(), d);
                }
            }
            for (MinidiskLink link : e.getLinks()) {
                DeviceSnapshot d = linked(u, link);
                if (d != null) {
                    byVdev.putIfAbsent(d.vdev(), d);
                }
            }
            for (DedicatedDevice dd : e.getDedicatedDevices()) {
                DeviceSnapshot d = dedicated(dd);
                byVdev.putIfAbsent(d.vdev(), d);
            }
        }
        b.devices(byVdev.values());
    }

    private DeviceSnapshot minidisk(String u, String vdev, Minidisk md) {
        if (md.getKind() == MinidiskKind.TDISK) {
            return DeviceSnapshot.of(vdev, DeviceKind.TDISK);
        }
        if (md.getKind() == MinidiskKind.VDISK) {
            return DeviceSnapshot.of(vdev, DeviceKind.VDISK);
        }
        if (md.getVolume() == null || md.getVolume().getVolser() == null || md.getVolume().getVolser().isBlank()) {
            notes.add("minidisk without a volume, not checked for reachability", u + " " + vdev);
            return null;
        }
        return DeviceSnapshot.minidisk(vdev, md.getVolume().getVolser());
    }

    /** A LINK reaches the owner's minidisk, so the destination must reach that minidisk's volume. */
    private DeviceSnapshot linked(String u, MinidiskLink link) {
        String vdev = vdev(link.getVaddr());
        VirtualMachine owner = link.getOwner() == null ? null : byUserid.get(link.getOwner().toUpperCase(java.util.Locale.ROOT));
        Minidisk target = null;
        if (owner != null) {
            for (DirectoryEntry e : entries(owner)) {
                for (Minidisk md : e.getMinidisks()) {
                    if (md.getVaddr() != null && md.getVaddr().equalsIgnoreCase(link.getOwnerVaddr())) {
                        target = target == null ? md : target;
                    }
                }
            }
        }
        if (target == null) {
            notes.add("LINK to a minidisk the plan does not define, not checked for reachability",
                    u + " " + vdev + " -> " + link.getOwner() + " " + link.getOwnerVaddr());
            return null;
        }
        return minidisk(u, vdev, target);
    }

    private static DeviceSnapshot dedicated(DedicatedDevice dd) {
        String vdev = vdev(dd.getVaddr());
        RealDevice real = dd.getDevice();
        DeviceKind kind = real instanceof OsaDevice ? DeviceKind.DEDICATED_OSA
                : real instanceof FcpDevice ? DeviceKind.DEDICATED_FCP
                : real instanceof HiperSocketsDevice ? DeviceKind.DEDICATED_HIPERSOCKETS
                : DeviceKind.DEDICATED_OTHER;
        String eqid = real == null || real.getEqid() == null || real.getEqid().isBlank() ? null : real.getEqid();
        return DeviceSnapshot.dedicated(vdev, kind, eqid);
    }

    private static void nics(List<DirectoryEntry> entries, GuestSnapshot.Builder b) {
        Map<String, NicSnapshot> byVdev = new LinkedHashMap<>();
        for (DirectoryEntry e : entries) {
            for (NicDef nic : e.getNics()) {
                if (nic.getVswitch() != null && nic.getVswitch().getName() != null) {
                    NicSnapshot n = NicSnapshot.vswitch(vdev(nic.getVaddr()), nic.getVswitch().getName());
                    byVdev.putIfAbsent(n.vdev(), n);
                } else {
                    // LAN owner name kept verbatim names a guest LAN (a VSWITCH would be the vswitch reference);
                    // a NICDEF without either is not coupled and does not bear on relocation
                    String lan = guestLan(nic.getOtherOperands());
                    if (lan != null) {
                        NicSnapshot n = NicSnapshot.guestLan(vdev(nic.getVaddr()), lan);
                        byVdev.putIfAbsent(n.vdev(), n);
                    }
                }
            }
        }
        byVdev.values().forEach(b::nic);
    }

    /** "owner name" of a {@code LAN owner name} operand, or null. */
    static String guestLan(String operands) {
        if (operands == null) {
            return null;
        }
        String[] w = DirectoryStatements.BLANKS.split(operands.trim().toUpperCase(java.util.Locale.ROOT));
        for (int i = 0; i + 2 < w.length; i++) {
            if (w[i].equals("LAN")) {
                return w[i + 1] + " " + w[i + 2];
            }
        }
        return null;
    }

    private static void segments(VirtualMachine vm, GuestSnapshot.Builder b) {
        Map<String, SortedSet<PageRangeType>> dcss = new TreeMap<>();
        for (SegmentUse s : vm.getSegments()) {
            if (s.getName() == null || s.getName().isBlank() || s.getKind() == SegmentKind.NSS) {
                continue;
            }
            dcss.computeIfAbsent(s.getName(), k -> new TreeSet<>()).add(pageType(s.getPageType()));
        }
        dcss.forEach((name, types) -> b.dcss(new DcssUse(name, types)));
        b.iplNss(iplNss(vm));
    }

    /** The NSS the guest runs from: a segment use of kind NSS, or an IPL of a name rather than a device. */
    private static String iplNss(VirtualMachine vm) {
        for (SegmentUse s : vm.getSegments()) {
            if (s.getKind() == SegmentKind.NSS && s.getName() != null && !s.getName().isBlank()) {
                return s.getName();
            }
        }
        String ipl = vm.getIpl() == null ? "" : DirectoryStatements.BLANKS.split(vm.getIpl().trim())[0];
        return ipl.isEmpty() || DEVICE_NUMBER.matcher(ipl).matches() ? null : ipl.toUpperCase(java.util.Locale.ROOT);
    }

    private static PageRangeType pageType(SegmentPageType t) {
        return PageRangeType.valueOf(t.getName());
    }

    private static CryptoUse crypto(Crypto c) {
        if (c == null || c.getMode() == null) {
            return CryptoUse.NONE;
        }
        return c.getMode() == CryptoMode.APVIRT ? CryptoUse.apvirt(SHARED_CRYPTO_TYPE) : CryptoUse.apded("");
    }

    private static String vdev(String vaddr) {
        return vaddr == null || vaddr.isBlank() ? "????" : vaddr.trim();
    }
}
