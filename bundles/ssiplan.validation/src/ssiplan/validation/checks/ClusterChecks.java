package ssiplan.validation.checks;

import static ssiplan.validation.Rules.SSI_MEMBER_DUPLICATE;
import static ssiplan.validation.Rules.SSI_MEMBER_LIMIT;
import static ssiplan.validation.Rules.SSI_MEMBER_LIMIT_UNCONFIRMED;
import static ssiplan.validation.Rules.SSI_MEMBER_LPAR;
import static ssiplan.validation.Rules.SSI_MEMBER_LPAR_DOWN;
import static ssiplan.validation.Rules.SSI_MEMBER_NAME;
import static ssiplan.validation.Rules.SSI_NAME;
import static ssiplan.validation.Rules.SSI_NO_MEMBERS;
import static ssiplan.validation.Rules.SSI_RELEASE_HARDWARE;
import static ssiplan.validation.Rules.SSI_RELEASE_HARDWARE_UNCONFIRMED;
import static ssiplan.validation.Rules.SSI_SLOT_DUPLICATE;
import static ssiplan.validation.Rules.SSI_SLOT_RANGE;
import static ssiplan.validation.Rules.SSI_SYSID_LPAR_DUPLICATE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import ssiplan.model.Cec;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.SsiCluster;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.MachineGeneration;
import ssiplan.validation.MemberLimit;
import ssiplan.validation.Rule;

/** The SSI statement: cluster and member names, slots, the member limit per release, System_Identifier, hardware prerequisites. */
public final class ClusterChecks implements Check {

    @Override
    public List<Rule> rules() {
        return List.of(SSI_NAME, SSI_NO_MEMBERS, SSI_MEMBER_NAME, SSI_MEMBER_DUPLICATE, SSI_SLOT_DUPLICATE, SSI_SLOT_RANGE,
                SSI_MEMBER_LIMIT, SSI_MEMBER_LIMIT_UNCONFIRMED, SSI_MEMBER_LPAR, SSI_MEMBER_LPAR_DOWN, SSI_SYSID_LPAR_DUPLICATE,
                SSI_RELEASE_HARDWARE, SSI_RELEASE_HARDWARE_UNCONFIRMED);
    }

    @Override
    public void check(ValidationContext context) {
        for (SsiCluster cluster : context.installation().getClusters()) {
            check(context, cluster);
        }
    }

    private static void check(ValidationContext context, SsiCluster cluster) {
        String clusterName = Names.shown(cluster.getName(), "(unnamed cluster)");
        if (!Names.isAlphanumeric1to8(cluster.getName())) {
            context.report(SSI_NAME, cluster, "SSI cluster name " + Names.quoted(cluster.getName())
                    + " is not 1-8 letters and digits: rename the cluster");
        }
        List<Member> members = cluster.getMembers();
        if (members.isEmpty()) {
            context.report(SSI_NO_MEMBERS, cluster, "SSI cluster " + clusterName
                    + " has no members: add the member that IPLs with this SYSTEM CONFIG");
            return;
        }
        MemberLimit limit = context.options().memberLimit(context.installation(), cluster.getRelease());
        String release = cluster.getRelease().getLiteral();
        TreeSet<Integer> used = new TreeSet<>();
        members.forEach(m -> used.add(m.getSlot()));

        Map<String, Member> byName = new HashMap<>();
        Map<Integer, Member> bySlot = new HashMap<>();
        Map<String, Member> byLpar = new HashMap<>();
        for (Member member : members) {
            if (!Names.isAlphanumeric1to8(member.getName())) {
                context.report(SSI_MEMBER_NAME, member, "member system name " + Names.quoted(member.getName())
                        + " is not 1-8 letters and digits: rename the member");
            }
            Member sameName = Names.key(member.getName()).isEmpty() ? null : byName.putIfAbsent(Names.key(member.getName()), member);
            if (sameName != null) {
                context.report(SSI_MEMBER_DUPLICATE, member, "members " + Names.of(sameName) + " (slot " + sameName.getSlot()
                        + ") and " + Names.of(member) + " (slot " + member.getSlot() + ") of " + clusterName
                        + " have the same system name: rename one", null, List.of(sameName));
            }
            Member sameSlot = bySlot.putIfAbsent(member.getSlot(), member);
            if (sameSlot != null) {
                Optional<Integer> free = freeSlot(used, limit.maxMembers());
                free.ifPresent(used::add);
                context.report(SSI_SLOT_DUPLICATE, member, "members " + Names.of(sameSlot) + " and " + Names.of(member)
                        + " both occupy SSI slot " + member.getSlot() + ": " + free.map(s -> "move " + Names.of(member)
                                + " to free slot " + s).orElse("no slot is free at z/VM " + release + "; remove a member"),
                        free.map(s -> "move " + Names.of(member) + " to slot " + s).orElse(null), List.of(sameSlot));
            }
            if (member.getSlot() < 1 || member.getSlot() > limit.maxMembers()) {
                Optional<Integer> free = freeSlot(used, limit.maxMembers());
                context.report(SSI_SLOT_RANGE, member, "member " + Names.of(member) + " is in slot " + member.getSlot()
                        + " but z/VM " + release + " allows slots 1-" + limit.maxMembers() + ": "
                        + free.map(s -> "move it to free slot " + s).orElse("remove a member"),
                        free.map(s -> "move " + Names.of(member) + " to slot " + s).orElse(null), List.of());
            }
            Lpar lpar = member.getLpar();
            if (lpar == null && member.getInitialState() == MemberState.DOWN) {
                context.report(SSI_MEMBER_LPAR_DOWN, member, "member " + Names.of(member)
                        + " is down and has no LPAR: before it is IPLed, assign the LPAR it comes up in (System_Identifier LPAR)");
            } else if (lpar == null) {
                context.report(SSI_MEMBER_LPAR, member, "member " + Names.of(member) + " is " + member.getInitialState().getLiteral()
                        + " at plan start but not placed on an LPAR: assign the LPAR it is IPLed in (System_Identifier LPAR needs it)");
            } else {
                Member sameLpar = Names.key(lpar.getName()).isEmpty() ? null : byLpar.putIfAbsent(Names.key(lpar.getName()), member);
                if (sameLpar != null) {
                    context.report(SSI_SYSID_LPAR_DUPLICATE, member, "members " + Names.of(sameLpar) + " and "
                            + Names.of(member) + " run in LPARs both named " + lpar.getName()
                            + ": System_Identifier LPAR " + lpar.getName() + " would name only one; rename one LPAR",
                            null, List.of(sameLpar, lpar));
                }
                checkHardware(context, member, lpar);
            }
        }
        if (members.size() > limit.maxMembers()) {
            context.report(SSI_MEMBER_LIMIT, cluster, "SSI cluster " + clusterName + " has " + members.size()
                    + " members but z/VM " + release + " allows " + limit.maxMembers()
                    + " (planning settings): remove members or split the cluster");
        } else if (!limit.confirmed() && limit.maxMembers() > MemberLimit.CONFIRMED_MAX_MEMBERS
                && (members.size() > MemberLimit.CONFIRMED_MAX_MEMBERS || used.last() > MemberLimit.CONFIRMED_MAX_MEMBERS)) {
            context.report(SSI_MEMBER_LIMIT_UNCONFIRMED, cluster, "SSI cluster " + clusterName + " uses "
                    + (members.size() > MemberLimit.CONFIRMED_MAX_MEMBERS ? members.size() + " members" : "slot " + used.last())
                    + "; only " + MemberLimit.CONFIRMED_MAX_MEMBERS + " are confirmed, the limit of " + limit.maxMembers()
                    + " at z/VM " + release + " is unconfirmed: verify it for your release (then mark the release limit confirmed)");
        }
    }

    private static Optional<Integer> freeSlot(TreeSet<Integer> used, int max) {
        for (int slot = 1; slot <= max; slot++) {
            if (!used.contains(slot)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /** Release prerequisites that cap the hardware mix (reference §7). */
    private static void checkHardware(ValidationContext context, Member member, Lpar lpar) {
        if (!(lpar.eContainer() instanceof Cec cec) || cec.getMachineType() == null) {
            return;
        }
        MachineGeneration generation = MachineGeneration.of(cec.getMachineType());
        ZvmRelease release = member.getRelease();
        String where = "member " + Names.of(member) + " runs z/VM " + release.getLiteral() + " on "
                + Names.shown(cec.getName(), "its CEC") + " (" + cec.getMachineType().getLiteral() + ")";
        if (release.getValue() >= ZvmRelease.V7_1_VALUE && !generation.isAtLeast(MachineGeneration.ZEC12)) {
            context.report(SSI_RELEASE_HARDWARE, member, where
                    + ", but z/VM 7.1 and later need a zEC12/zBC12 or newer: move the member to newer hardware or plan an older release",
                    null, List.of(cec));
        } else if (release.getValue() >= ZvmRelease.V7_4_VALUE && !generation.isAtLeast(MachineGeneration.Z15)) {
            context.report(SSI_RELEASE_HARDWARE_UNCONFIRMED, member, where
                    + "; z/VM 7.4 probably needs a z15 or newer [unconfirmed]: check the release's hardware support",
                    null, List.of(cec));
        } else if (release.getValue() >= ZvmRelease.V7_3_VALUE && !generation.isAtLeast(MachineGeneration.Z14)) {
            context.report(SSI_RELEASE_HARDWARE_UNCONFIRMED, member, where
                    + "; z/VM 7.3 probably needs a z14 or newer [unconfirmed]: check the release's hardware support",
                    null, List.of(cec));
        }
    }
}
