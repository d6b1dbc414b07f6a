package ssiplan.model.examples;

import static ssiplan.model.examples.InstallationBuilder.dedicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ssiplan.model.AccessMode;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.FiconSpeed;
import ssiplan.model.Installation;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.Profile;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ReleaseLimits;

/**
 * Realistic synthetic installations for scale tests and benchmarks: one z/VM 7.3 cluster of
 * {@code members} members, two per z16 CEC, with a full ISFC mesh, IBM's DASD layout, two VSWITCHes
 * and {@code guests} Linux guests whose size, workload, criticality and placement follow fixed
 * distributions (mostly small guests, a long tail up to 64 GiB). Valid by construction: members'
 * memory is sized to their load within the over-commit limit (guests that would not fit even at
 * the 4 TiB z/VM limit stay logged off), shared minidisks are on volumes every member reaches, and
 * the few non-relocatable guests have VMRELOCATE OFF. The same arguments always give the same
 * installation, ids included.
 */
public final class SyntheticInstallations {

    /** Largest real memory one z/VM 7.3 member uses [U: 4 TB for 7.3+, reference §9]. */
    static final int MAX_MEMBER_MEMORY_GIB = 4096;
    /** Userids are LNX00001..LNX99999. */
    public static final int MAX_GUESTS = 99_999;

    private static final ZvmRelease RELEASE = ZvmRelease.V7_3;
    private static final String SITE = "DC1";
    /** Guest sizes in GiB and their weights: most Linux guests are small [planning assumption]. */
    private static final int[] SIZES_GIB = { 1, 2, 4, 8, 16, 32, 64 };
    private static final int[] SIZE_WEIGHTS = { 30, 30, 20, 12, 5, 2, 1 };
    private static final WorkloadShape[] SHAPES = WorkloadShape.values();
    private static final int[] SHAPE_WEIGHTS = { 35, 15, 10, 10, 30 }; // JAVA, PAGE_CACHE_IO, DIRECT_IO, ORACLE_OLTP, IDLE
    private static final int[] OUTAGES = { 0, 10, 30, 60, 300, 900, 3600, 14400 };
    /** Share of guests logged off at plan start (test, standby and batch guests), per mille. */
    private static final int LOGGED_OFF_PER_MILLE = 100;
    private static final int PLANNED_OVERCOMMIT = 140; // per cent of real memory the sizing aims at
    /** CP page slots on a 3390-54: 65520 cylinders x 180 4-KiB pages. */
    private static final double PAGE_VOLUME_GIB = 65520 * 180 * 4 / 1024.0 / 1024.0;

    private SyntheticInstallations() {
    }

    /** The largest member count {@link #generate} accepts: the release limit of the planning settings. */
    public static int maxMembers() {
        return ReleaseLimits.maxMembers(new InstallationBuilder("", "").installation.getSettings(), RELEASE);
    }

    /**
     * @param members 2 to {@link #maxMembers()}
     * @param guests  0 to {@link #MAX_GUESTS} Linux guests
     * @param seed    any value; the same seed gives the same installation
     * @throws IllegalArgumentException when a count is out of range
     */
    public static Installation generate(int members, int guests, long seed) {
        int maxMembers = maxMembers();
        if (members < 2 || members > maxMembers) {
            throw new IllegalArgumentException("members must be 2.." + maxMembers + " (z/VM " + RELEASE.getLiteral()
                    + " limit in the planning settings), not " + members);
        }
        if (guests < 0 || guests > MAX_GUESTS) {
            throw new IllegalArgumentException("guests must be 0.." + MAX_GUESTS + ", not " + guests);
        }
        return new Generation(members, guests, seed).build();
    }

    private static final class Generation {
        private final int memberCount;
        private final int guestCount;
        private final long seed;
        private final SplittableRandom random;
        private final InstallationBuilder b;
        private final List<Member> members = new ArrayList<>();
        private final List<DasdVolume> userVolumes = new ArrayList<>();
        private final Map<Member, Long> loadMiB = new HashMap<>();
        private final Map<Member, Integer> tapes = new HashMap<>();

        Generation(int memberCount, int guestCount, long seed) {
            this.memberCount = memberCount;
            this.guestCount = guestCount;
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            this.b = new InstallationBuilder("Synthetic " + memberCount + " members, " + guestCount + " guests",
                    "Generated with seed " + seed + ": " + memberCount + "-member z/VM 7.3 SSI, " + guestCount + " Linux guests");
        }

        Installation build() {
            SsiCluster plex = b.cluster("SYNPLEX", RELEASE, "020000");
            List<Cec> cecs = new ArrayList<>();
            Map<Cec, List<ChannelPath>> ctcChpids = new HashMap<>();
            for (int c = 0; c < (memberCount + 1) / 2; c++) {
                Cec cec = b.cec("CEC" + (c + 1), MachineType.Z16, String.format("0F%04X", random.nextInt(0x10000)), SITE, 0, 4, 0);
                cecs.add(cec);
                ctcChpids.put(cec, b.ficonChpids(cec, 0x40, 4, FiconSpeed.EXPRESS32S, 0x110));
            }
            for (int m = 0; m < memberCount; m++) {
                int slot = m + 1;
                Lpar lpar = b.lpar(cecs.get(m / 2), "ZVM" + (char) ('A' + m), 0, 16);
                members.add(b.member(plex, "SYS" + (char) ('A' + m), slot, lpar, 0, "RSU 2402", String.format("02000%X", slot),
                        MemberState.JOINED));
            }
            b.fullMesh(plex, members, ctcChpids, 4);
            DasdVolume common = b.reach(b.volume("VMCOM1", DasdDeviceType.D3390_9, VolumeUse.COMMON, null, SITE), "9000", members);
            plex.setPdrVolume(common);
            b.cpOwnedEverywhere(plex, 5, common);
            DasdVolume release = b.reach(b.volume("730RL1", DasdDeviceType.D3390_9, VolumeUse.RELEASE, null, SITE), "9001", members);
            for (Member member : members) {
                DasdVolume spool = b.volume(String.format("M%02dS01", member.getSlot()), DasdDeviceType.D3390_27, VolumeUse.SPOOL,
                        member, SITE);
                b.reach(spool, "901" + member.getSlot(), members);
                b.cpOwnedEverywhere(plex, 9 + member.getSlot(), spool);
            }
            for (Member member : members) {
                // Paging volumes are added once the member's memory is sized (sizeMembersAndCecs).
                b.localCpOwnedVolumes(member, "9" + member.getSlot() + "00", 0, DasdDeviceType.D3390_54, 1, SITE);
            }
            // Port-based switches: at thousands of guests sites authorise ports, not a user list per
            // switch (and a 10 000-entry grant list would make every load quadratic in EMF).
            VirtualSwitch prod = b.vswitch(plex, "VSWPROD", VlanMode.AWARE, 100, PortAssignment.PORTBASED);
            VirtualSwitch backup = b.vswitch(plex, "VSWBKUP", VlanMode.UNAWARE, 0, PortAssignment.PORTBASED);
            for (Cec cec : cecs) {
                List<Member> onCec = members.stream().filter(m -> m.getLpar().eContainer() == cec).toList();
                OsaDevice prod0 = b.osa(cec.getName() + "-E0", "OSAPROD", "PRODLAN", b.chpid(cec, "E0", ChannelPathType.OSD, null, "1C0"),
                        "1000", onCec);
                OsaDevice prod1 = b.osa(cec.getName() + "-E1", "OSAPROD", "PRODLAN", b.chpid(cec, "E1", ChannelPathType.OSD, null, "1D0"),
                        "1100", onCec);
                OsaDevice back0 = b.osa(cec.getName() + "-E2", "OSABKUP", "BKUPLAN", b.chpid(cec, "E2", ChannelPathType.OSD, null, "1C4"),
                        "2000", onCec);
                for (Member member : onCec) {
                    b.uplink(prod, member, prod0, prod1);
                    b.uplink(backup, member, back0);
                }
            }
            Profile profile = b.linuxProfile(plex, "LINDFLT");
            b.ibmServiceMachines(plex, common, release, "MAINT730");
            addGuests(plex, profile, prod, backup);
            sizeMembersAndCecs(plex, cecs);
            return DeterministicIds.assign(b.installation, "synthetic-" + memberCount + "-" + guestCount + "-" + seed);
        }

        private void addGuests(SsiCluster plex, Profile profile, VirtualSwitch prod, VirtualSwitch backup) {
            int nextMember = 0;
            for (int g = 1; g <= guestCount; g++) {
                int gib = weighted(SIZES_GIB, SIZE_WEIGHTS);
                WorkloadShape shape = SHAPES[weightedIndex(SHAPE_WEIGHTS)];
                if (shape == WorkloadShape.ORACLE_OLTP && gib < 8) {
                    shape = WorkloadShape.JAVA; // nobody runs an OLTP database in 4 GiB
                }
                int vcpus = Math.max(1, Math.min(16, gib / 4 + random.nextInt(2)));
                boolean loggedOff = random.nextInt(1000) < LOGGED_OFF_PER_MILLE;
                Member home = loggedOff ? null : members.get(nextMember);
                if (!loggedOff) {
                    nextMember = (nextMember + 1) % members.size();
                }
                UserEntry guest = b.linuxGuest(plex, String.format("LNX%05d", g), gib * 1024, gib * 1024 * (random.nextBoolean() ? 2 : 1),
                        vcpus, shape, home, profile);
                int outage = OUTAGES[random.nextInt(OUTAGES.length)];
                if (outage > 0) {
                    guest.setTolerableOutageSeconds(outage);
                }
                if (home != null && g % 20 == 0 && members.size() > 1) {
                    // every 20th guest forms a pair with the previous one: keep them apart
                    UserEntry partner = (UserEntry) plex.getVirtualMachines().get(plex.getVirtualMachines().size() - 2);
                    if (partner.getHomeMember() != null && partner.getHomeMember() != home && partner.getAntiAffinityGroup() == null) {
                        String group = String.format("AA%05d", g);
                        partner.setAntiAffinityGroup(group);
                        guest.setAntiAffinityGroup(group);
                    }
                }
                b.minidisk(guest, "0100", userVolumeWithRoom(gib <= 4 ? 3338 : 10016), gib <= 4 ? 3338 : 10016, AccessMode.MR);
                if (gib >= 8 || shape == WorkloadShape.PAGE_CACHE_IO) {
                    int data = gib >= 32 ? 32760 : 10016;
                    b.minidisk(guest, "0201", userVolumeWithRoom(data), data, AccessMode.MR);
                }
                b.nic(guest, "0800", prod, shape == WorkloadShape.ORACLE_OLTP ? 200 : 0, null);
                if (gib >= 16) {
                    b.nic(guest, "0900", backup, 0, null);
                }
                if (random.nextInt(100) < 2 && home != null) {
                    pinWithTape(guest, home);
                } else if (random.nextInt(100) < 1) {
                    guest.setRelocatable(false); // VMRELOCATE OFF by site policy
                    guest.setChpidVirtualizationOne(false);
                }
                if (home != null) {
                    loadMiB.merge(home, (long) guest.getStorageMiB(), Long::sum);
                }
            }
        }

        /** A backup guest with a dedicated tape drive (0580 upwards on its member): not relocatable. */
        private void pinWithTape(UserEntry guest, Member home) {
            int index = tapes.merge(home, 1, Integer::sum) - 1;
            if (index >= 0x80) {
                return; // 0580-05FF is the tape range; more tape guests would be unrealistic anyway
            }
            guest.setRelocatable(false);
            guest.setChpidVirtualizationOne(false);
            String rdev = InstallationBuilder.hex4(0x580 + index);
            dedicate(guest, "0580", null, rdev);
        }

        private DasdVolume userVolumeWithRoom(int cylinders) {
            DasdVolume last = userVolumes.isEmpty() ? null : userVolumes.get(userVolumes.size() - 1);
            if (last != null && b.freeCylinders(last) >= cylinders) {
                return last;
            }
            int number = userVolumes.size() + 1;
            DasdVolume volume = b.volume("LX" + base36(number, 4), DasdDeviceType.D3390_54, VolumeUse.USER_SHARED, null, SITE);
            b.reach(volume, InstallationBuilder.hex4(0x4000 + number - 1), members);
            userVolumes.add(volume);
            return volume;
        }

        /**
         * Gives each member the real memory its logged-on guests need at the planned over-commit,
         * within the z/VM limit; where even that is too small, the member's last guests are logged off.
         * Each LPAR gets the member's memory, each CEC its LPARs' memory and processors plus reserve.
         */
        private void sizeMembersAndCecs(SsiCluster plex, List<Cec> cecs) {
            double limit = b.installation.getSettings().getMemoryOvercommitLimit();
            for (Member member : members) {
                long load = loadMiB.getOrDefault(member, 0L);
                long wantedGiB = (long) Math.ceil(load * 100.0 / PLANNED_OVERCOMMIT / 1024);
                int real = (int) Math.min(MAX_MEMBER_MEMORY_GIB, Math.max(64, roundUp(wantedGiB, 64)));
                long allowedMiB = (long) (real * 1024L * limit);
                if (load > allowedMiB) {
                    List<UserEntry> onMember = new ArrayList<>();
                    plex.getVirtualMachines().forEach(vm -> {
                        if (vm instanceof UserEntry user && user.getHomeMember() == member) {
                            onMember.add(user);
                        }
                    });
                    for (int i = onMember.size() - 1; i >= 0 && load > allowedMiB; i--) {
                        UserEntry user = onMember.get(i);
                        if (user.getAntiAffinityGroup() != null || !user.getDedicatedDevices().isEmpty()) {
                            continue;
                        }
                        load -= user.getStorageMiB();
                        user.setHomeMember(null);
                    }
                }
                member.setRealMemoryGiB(real);
                member.getLpar().setMemoryGiB(real);
                b.pageVolumes(member, String.format("M%02d", member.getSlot()), pageVolumesFor(load, real), DasdDeviceType.D3390_54, SITE);
            }
            for (Cec cec : cecs) {
                int memory = 0;
                int processors = 0;
                for (Lpar lpar : cec.getLpars()) {
                    memory += lpar.getMemoryGiB();
                    processors += lpar.getLogicalProcessors();
                }
                cec.setMemoryGiB((int) roundUp(memory + memory / 8, 256));
                cec.setIflCount(processors + 4);
            }
        }

        /**
         * Paging for what does not fit in real memory, kept below the planning settings' paging-use
         * limit, plus a tenth of real memory for the working-set churn; at least two volumes.
         */
        private int pageVolumesFor(long loadMiB, int realGiB) {
            double overflowGiB = Math.max(0, loadMiB / 1024.0 - realGiB);
            double neededGiB = overflowGiB / b.installation.getSettings().getPagingUseLimit() + realGiB / 10.0;
            return (int) Math.max(2, Math.min(99, Math.ceil(neededGiB / PAGE_VOLUME_GIB))); // volsers M01P01..M01P99
        }

        private int weighted(int[] values, int[] weights) {
            return values[weightedIndex(weights)];
        }

        private int weightedIndex(int[] weights) {
            int total = 0;
            for (int weight : weights) {
                total += weight;
            }
            int pick = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                pick -= weights[i];
                if (pick < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

    }

    private static long roundUp(long value, long step) {
        return (value + step - 1) / step * step;
    }

    private static String base36(int value, int width) {
        String digits = Integer.toString(value, 36).toUpperCase();
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
