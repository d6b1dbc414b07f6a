package ssiplan.sim.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One virtual machine (a directory entry plus what it does at run time).
 *
 * @param userid             z/VM user id (1-8 characters)
 * @param multiConfiguration an IDENTITY (multiconfiguration) user: logs on anywhere, never relocates
 * @param relocatable        runs an operating system that supports relocation (Linux)
 * @param domain             relocation domain name; "SSI" (all members) by default, or a member's name
 * @param storageBytes       current (defined) storage
 * @param maxStorageBytes    MAXSTORAGE; at least the current size
 * @param touchedPages       pages ever touched: what pass 1 sends
 * @param dirtyPagesPerSecond pages written per second while running
 * @param writableWorkingSetPages upper bound on what one pass can find dirty
 * @param cpuDemand          engines the guest uses
 * @param homeMember         member it is logged on to at the start, or null when logged off
 * @param criticalitySeconds how long it may be stopped or down before that is a violation (infinite = no limit)
 * @param antiAffinityGroup  guests of one group should not run on the same member; null for none
 * @param iplNss             the NSS it was IPLed from, or null
 * @param iucvPartners       IUCV/APPC connections it holds (e.g. "*MSG", "RACFVM")
 * @param traced             under TRACE or PER
 * @param dedicatedCpus      has dedicated CPUs or is V=R
 * @param reservedPages      SET RESERVED pages
 * @param relocationEnabled  VMRELOCATE ON in its directory entry (or SET VMRELOCATE ON): CP moves only such guests
 * @param stateTransferSeconds time to move its state and devices while quiesced; null = the
 *                           {@code lgr.stateTransferSeconds} + {@code lgr.deviceTransferSeconds} model
 * @param chpidVirtualizationOne OPTION CHPIDVIRTUALIZATION ONE: IBM recommends it for relocatable
 *                           guests so their CHPID numbers stay the same; advisory, CP does not refuse a move without it
 */
public record GuestSnapshot(String userid, boolean multiConfiguration, boolean relocatable, String domain,
        long storageBytes, long maxStorageBytes, long touchedPages, double dirtyPagesPerSecond,
        long writableWorkingSetPages, double cpuDemand, List<DeviceSnapshot> devices, List<NicSnapshot> nics,
        List<DcssUse> dcss, CryptoUse crypto, String homeMember, double criticalitySeconds, String antiAffinityGroup,
        String iplNss, SortedSet<String> iucvPartners, boolean traced, boolean dedicatedCpus, long reservedPages,
        boolean relocationEnabled, Double stateTransferSeconds, boolean chpidVirtualizationOne) {

    /** The default relocation domain: every member of the cluster. */
    public static final String SSI_DOMAIN = "SSI";

    public GuestSnapshot {
        Objects.requireNonNull(userid);
        if (userid.isEmpty() || userid.length() > 8) {
            throw new IllegalArgumentException("userid '" + userid + "' must be 1-8 characters");
        }
        domain = domain == null ? SSI_DOMAIN : domain;
        if (storageBytes <= 0) {
            throw new IllegalArgumentException(userid + ": storage must be > 0");
        }
        if (maxStorageBytes < storageBytes) {
            maxStorageBytes = storageBytes;
        }
        long pages = Units.pages(storageBytes);
        if (touchedPages < 0 || touchedPages > pages) {
            throw new IllegalArgumentException(userid + ": touched pages " + touchedPages + " must be 0.." + pages);
        }
        if (dirtyPagesPerSecond < 0 || writableWorkingSetPages < 0 || cpuDemand < 0 || reservedPages < 0) {
            throw new IllegalArgumentException(userid + ": rates, sizes and CPU demand must be >= 0");
        }
        if (!(criticalitySeconds > 0)) {
            throw new IllegalArgumentException(userid + ": criticality must be > 0 seconds (infinite for none)");
        }
        devices = Sets.list(devices);
        nics = Sets.list(nics);
        dcss = Sets.list(dcss);
        crypto = crypto == null ? CryptoUse.NONE : crypto;
        iucvPartners = Sets.sorted(iucvPartners);
        if (stateTransferSeconds != null && !(stateTransferSeconds >= 0 && stateTransferSeconds < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(userid + ": state transfer time must be a finite number of seconds >= 0");
        }
    }

    /** Writable working set as a pass can see it: never more than the touched pages. */
    public long effectiveWorkingSetPages() {
        return Math.min(writableWorkingSetPages, touchedPages);
    }

    public static Builder builder(String userid) {
        return new Builder(userid);
    }

    /**
     * Fluent builder. Defaults: a relocatable single-configuration Linux guest of 4 GiB in the SSI
     * domain that touched half its storage, dirties nothing, 0.5 engine, no devices, logged off,
     * VMRELOCATE ON, state transfer time from the parameters.
     */
    public static final class Builder {
        private final String userid;
        private boolean multiConfiguration;
        private boolean relocatable = true;
        private String domain = SSI_DOMAIN;
        private long storageBytes = Units.gib(4);
        private long maxStorageBytes;
        private Long touchedPages;
        private double dirtyPagesPerSecond;
        private Long writableWorkingSetPages;
        private double cpuDemand = 0.5;
        private final List<DeviceSnapshot> devices = new ArrayList<>();
        private final List<NicSnapshot> nics = new ArrayList<>();
        private final List<DcssUse> dcss = new ArrayList<>();
        private CryptoUse crypto = CryptoUse.NONE;
        private String homeMember;
        private double criticalitySeconds = Double.POSITIVE_INFINITY;
        private String antiAffinityGroup;
        private String iplNss;
        private final SortedSet<String> iucvPartners = new TreeSet<>();
        private boolean traced;
        private boolean dedicatedCpus;
        private long reservedPages;
        private boolean relocationEnabled = true;
        private Double stateTransferSeconds;
        private boolean chpidVirtualizationOne;

        private Builder(String userid) {
            this.userid = userid;
        }

        public Builder multiConfiguration(boolean b) { this.multiConfiguration = b; return this; }
        public Builder relocatable(boolean b) { this.relocatable = b; return this; }
        public Builder domain(String d) { this.domain = d; return this; }
        public Builder storage(long bytes) { this.storageBytes = bytes; return this; }
        public Builder maxStorage(long bytes) { this.maxStorageBytes = bytes; return this; }
        public Builder touchedPages(long p) { this.touchedPages = p; return this; }
        public Builder dirtyPagesPerSecond(double d) { this.dirtyPagesPerSecond = d; return this; }
        public Builder writableWorkingSetPages(long p) { this.writableWorkingSetPages = p; return this; }
        public Builder cpuDemand(double c) { this.cpuDemand = c; return this; }
        public Builder device(DeviceSnapshot d) { devices.add(d); return this; }
        public Builder devices(Collection<DeviceSnapshot> d) { devices.addAll(d); return this; }
        public Builder nic(NicSnapshot n) { nics.add(n); return this; }
        public Builder nicOnVswitch(String vdev, String vswitch) { nics.add(NicSnapshot.vswitch(vdev, vswitch)); return this; }
        public Builder dcss(DcssUse d) { dcss.add(d); return this; }
        public Builder crypto(CryptoUse c) { this.crypto = c; return this; }
        public Builder on(String member) { this.homeMember = member; return this; }
        public Builder loggedOff() { this.homeMember = null; return this; }
        public Builder criticalitySeconds(double s) { this.criticalitySeconds = s; return this; }
        public Builder antiAffinityGroup(String g) { this.antiAffinityGroup = g; return this; }
        public Builder iplNss(String n) { this.iplNss = n; return this; }
        public Builder iucv(String... partners) { iucvPartners.addAll(List.of(partners)); return this; }
        public Builder traced(boolean b) { this.traced = b; return this; }
        public Builder dedicatedCpus(boolean b) { this.dedicatedCpus = b; return this; }
        public Builder reservedPages(long p) { this.reservedPages = p; return this; }
        /** VMRELOCATE ON (true) or OFF in the directory. */
        public Builder relocationEnabled(boolean b) { this.relocationEnabled = b; return this; }
        /** This guest's own state and device transfer time; null = the parameters' model. */
        public Builder stateTransferSeconds(Double s) { this.stateTransferSeconds = s; return this; }
        public Builder chpidVirtualizationOne(boolean b) { this.chpidVirtualizationOne = b; return this; }

        public GuestSnapshot build() {
            long touched = touchedPages != null ? touchedPages : Units.pages(storageBytes) / 2;
            long wss = writableWorkingSetPages != null ? writableWorkingSetPages : touched;
            return new GuestSnapshot(userid, multiConfiguration, relocatable, domain, storageBytes,
                    Math.max(maxStorageBytes, storageBytes), touched, dirtyPagesPerSecond, wss, cpuDemand, devices, nics,
                    dcss, crypto, homeMember, criticalitySeconds, antiAffinityGroup, iplNss, iucvPartners, traced,
                    dedicatedCpus, reservedPages, relocationEnabled, stateTransferSeconds, chpidVirtualizationOne);
        }
    }
}
