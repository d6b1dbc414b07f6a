package ssiplan.validation.checks;

import static ssiplan.validation.Rules.CAP_CEC_MEMORY;
import static ssiplan.validation.Rules.CAP_LPAR_PROCESSORS;
import static ssiplan.validation.Rules.CAP_MEMBER_MEMORY;
import static ssiplan.validation.Rules.CAP_MEMORY_OVERCOMMIT;
import static ssiplan.validation.Rules.CAP_PAGING;

import java.util.List;
import java.util.Locale;

import ssiplan.model.Cec;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VolumeUse;
import ssiplan.validation.Rule;

/**
 * Memory at plan start: LPARs within their CEC, members within their LPAR, guests within the
 * over-commit limit of their member, and what does not fit in real memory within the paging space.
 */
public final class CapacityChecks implements Check {

    /** 4 KiB pages per 3390 cylinder: 15 tracks of 12 pages. */
    static final long PAGES_PER_CYLINDER = 180;
    static final double MIB_PER_GIB = 1024.0;

    @Override
    public List<Rule> rules() {
        return List.of(CAP_MEMORY_OVERCOMMIT, CAP_MEMBER_MEMORY, CAP_CEC_MEMORY, CAP_LPAR_PROCESSORS, CAP_PAGING);
    }

    @Override
    public void check(ValidationContext context) {
        for (Cec cec : context.installation().getCecs()) {
            long lpars = cec.getLpars().stream().mapToLong(Lpar::getMemoryGiB).sum();
            if (cec.getMemoryGiB() > 0 && lpars > cec.getMemoryGiB()) {
                context.report(CAP_CEC_MEMORY, cec, "the LPARs of " + Names.shown(cec.getName(), "the CEC") + " have " + lpars
                        + " GiB together but the CEC has " + cec.getMemoryGiB() + " GiB: shrink LPARs or add memory");
            }
            for (Lpar lpar : cec.getLpars()) {
                int physical = switch (lpar.getProcessorType()) {
                    case IFL -> cec.getIflCount();
                    case CP -> cec.getCpCount();
                    default -> 0; // zIIP/ICF counts are not modelled
                };
                if (physical > 0 && lpar.getLogicalProcessors() > physical) {
                    context.report(CAP_LPAR_PROCESSORS, lpar, "LPAR " + Names.shown(lpar.getName(), "?") + " has "
                            + lpar.getLogicalProcessors() + " logical " + lpar.getProcessorType().getLiteral() + "s but "
                            + Names.shown(cec.getName(), "its CEC") + " has " + physical + ": lower the LPAR's processors to "
                            + physical + " or fewer", "set the logical processors of " + Names.shown(lpar.getName(), "the LPAR")
                            + " to " + physical, List.of(cec));
                }
            }
        }
        double overcommitLimit = context.options().memoryOvercommitLimit(context.installation());
        double pagingLimit = context.options().pagingUseLimit(context.installation());
        for (SsiCluster cluster : context.installation().getClusters()) {
            ClusterIndex index = context.index(cluster);
            long[] guestMiB = new long[index.members().size()];
            for (VirtualMachine guest : cluster.getVirtualMachines()) {
                if (guest instanceof UserEntry user) {
                    int n = index.number(user.getHomeMember());
                    if (n >= 0) {
                        guestMiB[n] += Math.max(0, guest.getStorageMiB());
                    }
                } else if (guest instanceof IdentityEntry identity) {
                    for (Subconfig sub : identity.getSubconfigs()) {
                        int n = index.number(sub.getMember());
                        if (n >= 0 && sub.isLoggedOn()) {
                            guestMiB[n] += Math.max(0, guest.getStorageMiB());
                        }
                    }
                }
            }
            for (Member member : index.members()) {
                checkMember(context, member, guestMiB[index.number(member)], overcommitLimit, pagingLimit);
            }
        }
    }

    private static void checkMember(ValidationContext context, Member member, long guestMiB, double overcommitLimit,
            double pagingLimit) {
        String name = Names.of(member);
        Lpar lpar = member.getLpar();
        int real = member.getRealMemoryGiB() > 0 ? member.getRealMemoryGiB() : lpar == null ? 0 : lpar.getMemoryGiB();
        if (lpar != null && lpar.getMemoryGiB() > 0 && member.getRealMemoryGiB() > lpar.getMemoryGiB()) {
            context.report(CAP_MEMBER_MEMORY, member, name + " plans " + member.getRealMemoryGiB() + " GiB of real memory but its LPAR "
                    + Names.shown(lpar.getName(), "?") + " has " + lpar.getMemoryGiB() + " GiB: lower the member's memory or grow the LPAR",
                    "set the real memory of " + name + " to " + lpar.getMemoryGiB() + " GiB", List.of(lpar));
        }
        if (real <= 0 || guestMiB == 0) {
            return;
        }
        double guestGiB = guestMiB / MIB_PER_GIB;
        double ratio = guestGiB / real;
        if (ratio > overcommitLimit) {
            context.report(CAP_MEMORY_OVERCOMMIT, member, String.format(Locale.ROOT,
                    "the guests logged on to %s have %.1f GiB of storage, %.2f times its %d GiB of real memory, above the"
                            + " over-commit limit %.2f: move guests to other members, add memory, or raise the limit in the planning settings",
                    name, guestGiB, ratio, real, overcommitLimit));
        }
        double demandGiB = guestGiB - real;
        if (demandGiB > 0) {
            double paging = pagingGiB(member);
            if (demandGiB > paging * pagingLimit) {
                context.report(CAP_PAGING, member, String.format(Locale.ROOT,
                        "%s may need %.1f GiB of paging (guest storage beyond its %d GiB real memory) but has %.1f GiB of paging"
                                + " space, %.0f%% of which is the planned use limit: add page volumes or move guests",
                        name, demandGiB, real, paging, pagingLimit * 100));
            }
        }
    }

    /** Real memory plus paging space, GiB: what CP's storage checks compare a guest with [U]. */
    static double storageGiB(Member member) {
        Lpar lpar = member.getLpar();
        int real = member.getRealMemoryGiB() > 0 ? member.getRealMemoryGiB() : lpar == null ? 0 : lpar.getMemoryGiB();
        return real + pagingGiB(member);
    }

    /** The member's paging space: as planned, else what its CP-owned PAGE volumes hold. */
    static double pagingGiB(Member member) {
        if (member.getPagingCapacityGiB() > 0) {
            return member.getPagingCapacityGiB();
        }
        double bytes = 0;
        for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
            DasdVolume volume = slot.getVolume();
            if (volume != null && volume.getUse() == VolumeUse.PAGE) {
                bytes += volume.getDeviceType() == DasdDeviceType.EDEV ? volume.getBlocks() * 512.0
                        : volume.getCylinders() * PAGES_PER_CYLINDER * 4096.0;
            }
        }
        return bytes / (1024.0 * 1024 * 1024);
    }
}
