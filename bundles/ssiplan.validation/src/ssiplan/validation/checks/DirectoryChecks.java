package ssiplan.validation.checks;

import static ssiplan.validation.Rules.DIR_SUBCONFIG_MEMBER;
import static ssiplan.validation.Rules.DIR_SUBCONFIG_NAME;
import static ssiplan.validation.Rules.DIR_USERID;
import static ssiplan.validation.Rules.DIR_USERID_DUPLICATE;
import static ssiplan.validation.Rules.GUEST_ANTI_AFFINITY;
import static ssiplan.validation.Rules.GUEST_HOME_MEMBER;
import static ssiplan.validation.Rules.GUEST_MINIDISK_HOME;
import static ssiplan.validation.Rules.GUEST_MINIDISK_VOLUME;
import static ssiplan.validation.Rules.GUEST_STORAGE;
import static ssiplan.validation.Rules.GUEST_VCPU;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import ssiplan.model.DasdVolume;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.validation.Rule;

/** The shared directory: names, SUBCONFIGs, storage and CPUs, where guests log on and whether they reach their disks. */
public final class DirectoryChecks implements Check {

    /** Virtual CPUs a virtual machine can have [C]. */
    static final int MAX_VIRTUAL_CPUS = 64;

    @Override
    public List<Rule> rules() {
        return List.of(DIR_USERID, DIR_USERID_DUPLICATE, DIR_SUBCONFIG_NAME, DIR_SUBCONFIG_MEMBER, GUEST_HOME_MEMBER,
                GUEST_STORAGE, GUEST_VCPU, GUEST_MINIDISK_VOLUME, GUEST_MINIDISK_HOME, GUEST_ANTI_AFFINITY);
    }

    /** Volume and member that do not reach each other, with the minidisks on it: one finding per pair. */
    private record Unreached(DasdVolume volume, Member member) {
    }

    @Override
    public void check(ValidationContext context) {
        for (SsiCluster cluster : context.installation().getClusters()) {
            check(context, context.index(cluster));
        }
    }

    private static void check(ValidationContext context, ClusterIndex index) {
        Map<String, EObject> names = new HashMap<>();
        Map<Unreached, List<Minidisk>> unreached = new LinkedHashMap<>();
        Map<String, Map<Member, UserEntry>> affinity = new HashMap<>();
        for (VirtualMachine guest : index.cluster().getVirtualMachines()) {
            String userid = guest.getUserid();
            if (!Names.isToken1to8(userid)) {
                context.report(DIR_USERID, guest, "user id " + Names.quoted(userid) + " is not 1-8 characters without blanks:"
                        + " rename the directory entry");
            } else {
                EObject same = names.putIfAbsent(Names.key(userid), guest);
                if (same != null) {
                    context.report(DIR_USERID_DUPLICATE, guest, "user id " + userid + " is used twice in the directory of "
                            + Names.shown(index.cluster().getName(), "the cluster") + ": rename one entry", null, List.of(same));
                }
            }
            if (guest.getStorageMiB() <= 0 || (guest.getMaxStorageMiB() > 0 && guest.getStorageMiB() > guest.getMaxStorageMiB())) {
                boolean raise = guest.getStorageMiB() > 0;
                context.report(GUEST_STORAGE, guest, Names.of(guest) + " has storage " + guest.getStorageMiB()
                        + " MiB and maximum " + guest.getMaxStorageMiB() + " MiB: "
                        + (raise ? "raise the maximum storage to at least the initial storage" : "give the guest a positive storage size"),
                        raise ? "set the maximum storage of " + Names.of(guest) + " to " + guest.getStorageMiB() + " MiB" : null,
                        List.of());
            }
            if (guest.getVirtualCpus() < 1 || guest.getVirtualCpus() > MAX_VIRTUAL_CPUS) {
                context.report(GUEST_VCPU, guest, Names.of(guest) + " has " + guest.getVirtualCpus()
                        + " virtual CPUs; a virtual machine has 1 to 64: correct the CPU count");
            }
            if (guest instanceof UserEntry user) {
                Member home = user.getHomeMember();
                if (home != null && !index.contains(home)) {
                    context.report(GUEST_HOME_MEMBER, guest, Names.of(guest) + " is logged on to " + Names.of(home)
                            + ", which is not a member of " + Names.shown(index.cluster().getName(), "its cluster")
                            + ": log it on to a member of its cluster or leave it logged off", null, List.of(home));
                    home = null;
                }
                checkMinidisks(context, index, guest, Directory.minidisks(guest), home, unreached);
                String group = Names.key(guest.getAntiAffinityGroup());
                if (home != null && !group.isEmpty()) {
                    UserEntry same = affinity.computeIfAbsent(group, g -> new LinkedHashMap<>()).putIfAbsent(home, user);
                    if (same != null) {
                        context.report(GUEST_ANTI_AFFINITY, guest, Names.of(same) + " and " + Names.of(guest)
                                + " are both in anti-affinity group " + guest.getAntiAffinityGroup() + " and both on "
                                + Names.of(home) + ": log one on to another member", null, List.of(same, home));
                    }
                }
            } else if (guest instanceof IdentityEntry identity) {
                checkSubconfigs(context, index, identity, names, unreached);
            }
        }
        unreached.forEach((key, disks) -> {
            List<EObject> related = new ArrayList<>();
            disks.forEach(d -> related.add(d.eContainer()));
            related.add(key.member());
            context.report(GUEST_MINIDISK_HOME, key.volume(), "volume " + Names.of(key.volume()) + " has no device number on "
                    + Names.of(key.member()) + ", where " + describe(disks) + " logged on: give the volume a device number on "
                    + Names.of(key.member()) + " or move the minidisks", null, related);
        });
    }

    private static String entryName(EObject entry) {
        if (entry instanceof Subconfig sub) {
            return "SUBCONFIG " + Names.shown(sub.getName(), "?") + " of "
                    + (sub.eContainer() instanceof VirtualMachine owner ? Names.of(owner) : "?");
        }
        return entry instanceof IdentityEntry identity ? "IDENTITY " + Names.of(identity)
                : entry instanceof VirtualMachine guest ? "USER " + Names.of(guest) : "another entry";
    }

    private static String describe(List<Minidisk> disks) {
        List<VirtualMachine> guests = new ArrayList<>();
        for (Minidisk disk : disks) {
            if (disk.eContainer() instanceof VirtualMachine guest && !guests.contains(guest)) {
                guests.add(guest);
            } else if (disk.eContainer() instanceof Subconfig sub && sub.eContainer() instanceof VirtualMachine guest
                    && !guests.contains(guest)) {
                guests.add(guest);
            }
        }
        return "the minidisks of " + (guests.isEmpty() ? disks.size() + " entries" : Names.guests(guests)) + (guests.size() == 1 ? " is" : " are");
    }

    private static void checkMinidisks(ValidationContext context, ClusterIndex index, VirtualMachine guest, List<Minidisk> disks,
            Member home, Map<Unreached, List<Minidisk>> unreached) {
        checkMinidisks(context, index, guest, disks, home, unreached, true);
    }

    private static void checkMinidisks(ValidationContext context, ClusterIndex index, VirtualMachine guest, List<Minidisk> disks,
            Member home, Map<Unreached, List<Minidisk>> unreached, boolean reportMissingVolume) {
        for (Minidisk disk : disks) {
            if (disk.getKind() != MinidiskKind.MDISK) {
                continue;
            }
            if (disk.getVolume() == null) {
                if (reportMissingVolume && (disk.eContainer() == guest || disk.eContainer() instanceof Subconfig)) {
                    context.report(GUEST_MINIDISK_VOLUME, disk, "MDISK " + Names.shown(disk.getVaddr(), "????") + " of "
                            + Names.of(guest) + " names no volume: choose the volume that holds the extent", null, List.of(guest));
                }
                continue;
            }
            if (home != null && !index.reach(disk.getVolume()).get(index.number(home))) {
                unreached.computeIfAbsent(new Unreached(disk.getVolume(), home), k -> new ArrayList<>()).add(disk);
            }
        }
    }

    private static void checkSubconfigs(ValidationContext context, ClusterIndex index, IdentityEntry identity,
            Map<String, EObject> names, Map<Unreached, List<Minidisk>> unreached) {
        Map<Member, Subconfig> byMember = new LinkedHashMap<>();
        for (Subconfig sub : identity.getSubconfigs()) {
            String id = sub.getName();
            if (!Names.isSubconfigId(id)) {
                context.report(DIR_SUBCONFIG_NAME, sub, "SUBCONFIG id " + Names.quoted(id) + " of " + Names.of(identity)
                        + " is not 1-8 of A-Z 0-9 @ # $ _ -: rename it (IBM uses e.g. " + Names.of(identity) + "-1)");
            } else {
                EObject same = names.putIfAbsent(Names.key(id), sub);
                if (same != null) {
                    context.report(DIR_SUBCONFIG_NAME, sub, "SUBCONFIG id " + id + " of " + Names.of(identity)
                            + " is already used by " + entryName(same) + "; directory entry names are unique: rename it",
                            null, List.of(same));
                }
            }
            Member member = sub.getMember();
            if (member == null || !index.contains(member)) {
                context.report(DIR_SUBCONFIG_MEMBER, sub, "SUBCONFIG " + Names.shown(id, "?") + " of " + Names.of(identity)
                        + (member == null ? " is built on no member" : " is built on " + Names.of(member) + ", not a member of the cluster")
                        + ": set the member it is built on (BUILD ON member USING SUBCONFIG)");
                continue;
            }
            Subconfig other = byMember.putIfAbsent(member, sub);
            if (other != null) {
                context.report(DIR_SUBCONFIG_MEMBER, sub, Names.of(identity) + " has two SUBCONFIGs for " + Names.of(member)
                        + " (" + Names.shown(other.getName(), "?") + " and " + Names.shown(id, "?") + "): keep one",
                        null, List.of(other));
            }
            checkMinidisks(context, index, identity, sub.getMinidisks(), sub.isLoggedOn() ? member : null, unreached);
        }
        // The IDENTITY's own minidisks are built on every member it has a SUBCONFIG for.
        List<Minidisk> shared = Directory.minidisks(identity);
        checkMinidisks(context, index, identity, shared, null, unreached, true);
        for (Map.Entry<Member, Subconfig> entry : byMember.entrySet()) {
            if (entry.getValue().isLoggedOn()) {
                checkMinidisks(context, index, identity, shared, entry.getKey(), unreached, false);
            }
        }
    }
}
