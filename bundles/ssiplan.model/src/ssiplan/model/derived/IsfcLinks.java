package ssiplan.model.derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ssiplan.model.ChannelPath;
import ssiplan.model.CtcConnection;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;

/**
 * Finds ISFC logical links. Every pair of members needs its own link (full mesh, n(n-1)/2 links) [C];
 * a link is the same whichever end is called A.
 */
public final class IsfcLinks {

    /** Two members that need a link, the lower slot first. */
    public record MemberPair(Member first, Member second) {
    }

    private IsfcLinks() {
    }

    /** The link between {@code one} and {@code other}, in either direction. */
    public static Optional<IsfcLink> between(SsiCluster cluster, Member one, Member other) {
        for (IsfcLink link : cluster.getIsfcLinks()) {
            if ((link.getMemberA() == one && link.getMemberB() == other)
                    || (link.getMemberA() == other && link.getMemberB() == one)) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /** Member pairs without a link: what keeps the cluster from being a full mesh. */
    public static List<MemberPair> missingPairs(SsiCluster cluster) {
        List<Member> members = cluster.getMembers().stream().sorted(Comparator.comparingInt(Member::getSlot)).toList();
        List<MemberPair> missing = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (between(cluster, members.get(i), members.get(j)).isEmpty()) {
                    missing.add(new MemberPair(members.get(i), members.get(j)));
                }
            }
        }
        return missing;
    }

    /**
     * The distinct channel paths the link's CTCs use at {@code member}'s end. Several CTCs on one CHPID
     * share that CHPID's bandwidth [C], so link capacity follows from these, not from the CTC count.
     */
    public static Set<ChannelPath> channelPathsAt(IsfcLink link, Member member) {
        Set<ChannelPath> paths = new LinkedHashSet<>();
        for (CtcConnection ctc : link.getCtcConnections()) {
            ChannelPath path = member == link.getMemberA() ? ctc.getChpidA()
                    : member == link.getMemberB() ? ctc.getChpidB() : null;
            if (path != null) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** The member at the other end of {@code link}, or empty when {@code member} is not on it. */
    public static Optional<Member> otherEnd(IsfcLink link, Member member) {
        if (link.getMemberA() == member) {
            return Optional.ofNullable(link.getMemberB());
        }
        if (link.getMemberB() == member) {
            return Optional.ofNullable(link.getMemberA());
        }
        return Optional.empty();
    }
}
