package ssiplan.validation.checks;

import static ssiplan.validation.Rules.LGR_CHPID_VIRTUALIZATION;
import static ssiplan.validation.Rules.LGR_CRYPTO_DEDICATED;
import static ssiplan.validation.Rules.LGR_DEDICATED;
import static ssiplan.validation.Rules.LGR_DEDICATED_EQID;
import static ssiplan.validation.Rules.LGR_DEDICATED_EQUIVALENT;
import static ssiplan.validation.Rules.LGR_DOMAIN_CLUSTER;
import static ssiplan.validation.Rules.LGR_GUEST_FIT;
import static ssiplan.validation.Rules.LGR_GUEST_OS;
import static ssiplan.validation.Rules.LGR_HOME_DOMAIN;
import static ssiplan.validation.Rules.LGR_IDENTITY_RELOCATABLE;
import static ssiplan.validation.Rules.LGR_LARGE_GUEST;
import static ssiplan.validation.Rules.LGR_MINIDISK_REACH;
import static ssiplan.validation.Rules.LGR_SEGMENT_EXCLUSIVE;
import static ssiplan.validation.Rules.LGR_TDISK;
import static ssiplan.validation.Rules.SSI_DOMAIN_MEMBERS;
import static ssiplan.validation.Rules.SSI_DOMAIN_NAME;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.CryptoMode;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.GuestOs;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.RealDevice;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SegmentPageType;
import ssiplan.model.SegmentUse;
import ssiplan.model.SsiCluster;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.RelocationDomains;
import ssiplan.validation.Rule;

/**
 * Relocation readiness: relocation domains, and for each relocatable guest what would stop VMRELOCATE
 * (reference §3.3; most items there are [U], so those rules warn). Minidisk reach is reported once per
 * volume and domain, naming the guests.
 */
public final class RelocationChecks implements Check {

    /** Above 1 TiB, LGR may need FORCE STORAGE and larger MAXQUIESCE/MAXTOTAL [C]. */
    static final int LARGE_GUEST_MIB = 1024 * 1024;

    @Override
    public List<Rule> rules() {
        return List.of(SSI_DOMAIN_MEMBERS, SSI_DOMAIN_NAME, LGR_DOMAIN_CLUSTER, LGR_HOME_DOMAIN, LGR_IDENTITY_RELOCATABLE,
                LGR_MINIDISK_REACH, LGR_TDISK, LGR_DEDICATED, LGR_DEDICATED_EQID, LGR_DEDICATED_EQUIVALENT,
                LGR_SEGMENT_EXCLUSIVE, LGR_CRYPTO_DEDICATED, LGR_GUEST_OS, LGR_CHPID_VIRTUALIZATION, LGR_LARGE_GUEST, LGR_GUEST_FIT);
    }

    private record VolumeInDomain(DasdVolume volume, BitSet domain) {
    }

    @Override
    public void check(ValidationContext context) {
        for (SsiCluster cluster : context.installation().getClusters()) {
            ClusterIndex index = context.index(cluster);
            checkDomains(context, index);
            double[] capacityGiB = index.members().stream().mapToDouble(CapacityChecks::storageGiB).toArray();
            Map<VolumeInDomain, List<VirtualMachine>> unreached = new LinkedHashMap<>();
            for (VirtualMachine guest : cluster.getVirtualMachines()) {
                checkGuest(context, index, guest, unreached, capacityGiB);
            }
            unreached.forEach((key, guests) -> {
                BitSet missing = ClusterIndex.missing(key.domain(), index.reach(key.volume()));
                List<EObject> related = new ArrayList<>(guests);
                related.addAll(index.membersOf(missing));
                context.report(LGR_MINIDISK_REACH, key.volume(), "volume " + Names.of(key.volume())
                        + " has no device number on " + index.namesOf(missing) + ", but relocatable " + Names.guests(guests)
                        + (guests.size() == 1 ? " has" : " have") + " minidisks on it and may move there: give the volume a device number on "
                        + index.namesOf(missing) + ", move the minidisks to a shared volume, or narrow the relocation domain",
                        null, related);
            });
        }
    }

    private static void checkDomains(ValidationContext context, ClusterIndex index) {
        Set<String> implicit = new HashSet<>();
        implicit.add(RelocationDomains.SSI_DOMAIN_NAME);
        index.members().forEach(m -> implicit.add(Names.key(m.getName())));
        Map<String, RelocationDomain> byName = new HashMap<>();
        for (RelocationDomain domain : index.cluster().getRelocationDomains()) {
            String name = Names.shown(domain.getName(), "(unnamed domain)");
            List<Member> foreign = domain.getMembers().stream().filter(m -> !index.contains(m)).toList();
            if (domain.getMembers().isEmpty()) {
                context.report(SSI_DOMAIN_MEMBERS, domain, "relocation domain " + name + " has no members: add members or delete it");
            } else if (!foreign.isEmpty()) {
                context.report(SSI_DOMAIN_MEMBERS, domain, "relocation domain " + name + " lists " + Names.members(foreign)
                        + ", not members of " + Names.shown(index.cluster().getName(), "its cluster") + ": remove them",
                        null, foreign);
            }
            String key = Names.key(domain.getName());
            if (!Names.isToken1to8(domain.getName())) {
                context.report(SSI_DOMAIN_NAME, domain, "relocation domain name " + Names.quoted(domain.getName())
                        + " is not 1-8 characters without blanks: rename it");
            } else if (implicit.contains(key)) {
                context.report(SSI_DOMAIN_NAME, domain, "relocation domain " + name
                        + " has the name of an implicit domain (SSI or a member's own): rename it");
            } else {
                RelocationDomain same = byName.putIfAbsent(key, domain);
                if (same != null) {
                    context.report(SSI_DOMAIN_NAME, domain, "two relocation domains are named " + name + ": rename one",
                            null, List.of(same));
                }
            }
        }
    }

    private static void checkGuest(ValidationContext context, ClusterIndex index, VirtualMachine guest,
            Map<VolumeInDomain, List<VirtualMachine>> unreached, double[] capacityGiB) {
        String name = Names.of(guest);
        RelocationDomain domain = guest.getRelocationDomain();
        if (domain != null && domain.eContainer() != index.cluster()) {
            context.report(LGR_DOMAIN_CLUSTER, guest, name + " names relocation domain " + Names.shown(domain.getName(), "?")
                    + " of another cluster: choose a domain of " + Names.shown(index.cluster().getName(), "its cluster"),
                    null, List.of(domain));
        }
        if (!guest.isRelocatable()) {
            return;
        }
        if (guest instanceof IdentityEntry) {
            context.report(LGR_IDENTITY_RELOCATABLE, guest, name + " is a multiconfiguration virtual machine (IDENTITY) marked"
                    + " VMRELOCATE ON; only single-configuration (USER) guests relocate: set VMRELOCATE OFF",
                    "set VMRELOCATE OFF for " + name, List.of());
            return;
        }
        if (!(guest instanceof UserEntry user)) {
            return;
        }
        BitSet members = index.domainOf(guest);
        String domainName = domain == null ? RelocationDomains.SSI_DOMAIN_NAME : Names.shown(domain.getName(), "?");
        Member home = user.getHomeMember();
        if (home != null && index.contains(home) && !members.get(index.number(home))) {
            context.report(LGR_HOME_DOMAIN, guest, name + " is logged on to " + Names.of(home) + ", outside its relocation domain "
                    + domainName + ": log it on to a member of " + domainName + " or add " + Names.of(home) + " to the domain",
                    null, List.of(home));
        }
        for (Minidisk disk : Directory.minidisks(guest)) {
            if (disk.getKind() == MinidiskKind.TDISK) {
                context.report(LGR_TDISK, disk, "relocatable guest " + name + " has T-disk " + Names.shown(disk.getVaddr(), "????")
                        + ", which blocks relocation: use a V-DISK or a minidisk instead", null, List.of(guest));
            } else if (disk.getKind() == MinidiskKind.MDISK && disk.getVolume() != null
                    && !ClusterIndex.missing(members, index.reach(disk.getVolume())).isEmpty()) {
                List<VirtualMachine> guests = unreached.computeIfAbsent(new VolumeInDomain(disk.getVolume(), members), k -> new ArrayList<>());
                if (guests.isEmpty() || guests.get(guests.size() - 1) != guest) {
                    guests.add(guest);
                }
            }
        }
        for (DedicatedDevice dedicated : Directory.dedicatedDevices(guest)) {
            checkDedicated(context, index, guest, members, domainName, dedicated);
        }
        for (SegmentUse segment : guest.getSegments()) {
            SegmentPageType type = segment.getPageType();
            if (type == SegmentPageType.EW || type == SegmentPageType.ER || type == SegmentPageType.EN) {
                context.report(LGR_SEGMENT_EXCLUSIVE, segment, "relocatable guest " + name + " uses " + segment.getKind().getLiteral()
                        + " " + Names.shown(segment.getName(), "?") + " with exclusive page type " + type.getLiteral()
                        + ", which cannot be moved: use a shared (S*) segment or turn VMRELOCATE off", null, List.of(guest));
            }
        }
        ZvmRelease release = index.cluster().getRelease();
        if (guest.getCrypto() != null && guest.getCrypto().getMode() == CryptoMode.APDED && release == ZvmRelease.V6_2) {
            context.report(LGR_CRYPTO_DEDICATED, guest.getCrypto(), "relocatable guest " + name
                    + " has dedicated AP queues (APDED), which z/VM 6.2 does not relocate: use shared crypto (APVIRT) or a later release",
                    null, List.of(guest));
        }
        if (guest.getGuestOs() != GuestOs.LINUX) {
            context.report(LGR_GUEST_OS, guest, "relocatable guest " + name + " runs " + guest.getGuestOs().getLiteral()
                    + "; LGR is documented for Linux guests (at 6.2): check that z/VM " + release.getLiteral()
                    + " relocates it, or set VMRELOCATE OFF");
        }
        if (!guest.isChpidVirtualizationOne()) {
            context.report(LGR_CHPID_VIRTUALIZATION, guest, "relocatable guest " + name
                    + " lacks OPTION CHPIDVIRTUALIZATION ONE, which keeps its channel-path view stable across members: add it",
                    "set OPTION CHPIDVIRTUALIZATION ONE for " + name, List.of());
        }
        BitSet tooSmall = new BitSet();
        double guestGiB = guest.getStorageMiB() / 1024.0;
        for (int m = members.nextSetBit(0); m >= 0; m = members.nextSetBit(m + 1)) {
            if (capacityGiB[m] > 0 && guestGiB > capacityGiB[m]) {
                tooSmall.set(m);
            }
        }
        if (!tooSmall.isEmpty()) {
            context.report(LGR_GUEST_FIT, guest, String.format(java.util.Locale.ROOT, "relocatable guest %s has %.0f GiB of storage,"
                    + " more than the real memory plus paging of %s in its domain %s: VMRELOCATE would refuse the move;"
                    + " shrink the guest, add memory or paging there, or narrow the domain", name, guestGiB,
                    index.namesOf(tooSmall), domainName), null, index.membersOf(tooSmall));
        }
        if (Math.max(guest.getStorageMiB(), guest.getMaxStorageMiB()) > LARGE_GUEST_MIB) {
            context.report(LGR_LARGE_GUEST, guest, "relocatable guest " + name + " can grow to "
                    + Math.max(guest.getStorageMiB(), guest.getMaxStorageMiB()) / 1024 + " GiB, above 1 TiB: plan for a long"
                    + " relocation, FORCE STORAGE and larger MAXQUIESCE/MAXTOTAL, or keep it below 1 TiB");
        }
    }

    private static void checkDedicated(ValidationContext context, ClusterIndex index, VirtualMachine guest, BitSet members,
            String domainName, DedicatedDevice dedicated) {
        String name = Names.of(guest);
        String what = "DEDICATE " + Names.shown(dedicated.getVaddr(), "????");
        RealDevice device = dedicated.getDevice();
        if (device == null) {
            context.report(LGR_DEDICATED, dedicated, "relocatable guest " + name + " has " + what + " "
                    + Names.shown(dedicated.getRdev(), "?") + ", not a modelled OSA, FCP or HiperSockets device (dedicated DASD,"
                    + " tape and unit record block relocation): use a minidisk or a modelled device with an EQID, or set VMRELOCATE OFF",
                    null, List.of(guest));
            return;
        }
        String eqid = device.getEqid();
        if (eqid == null || eqid.isBlank()) {
            context.report(LGR_DEDICATED_EQID, dedicated, "relocatable guest " + name + " has " + what + " "
                    + Names.shown(device.getName(), "?") + " without an EQID; the destination cannot find its equivalent:"
                    + " give the device and its counterparts on the other members one EQID", null, List.of(guest, device));
            return;
        }
        BitSet missing = ClusterIndex.missing(members, index.eqidReach(eqid));
        if (!missing.isEmpty()) {
            List<EObject> related = new ArrayList<>(List.of(guest, device));
            related.addAll(index.membersOf(missing));
            context.report(LGR_DEDICATED_EQUIVALENT, dedicated, "relocatable guest " + name + " has " + what + " "
                    + Names.shown(device.getName(), "?") + " (EQID " + eqid + "), but " + index.namesOf(missing)
                    + " in domain " + domainName + " reach no device with that EQID: add an equivalent device there or narrow the domain",
                    null, related);
        }
    }
}
