package ssiplan.diagram.parts;

import ssiplan.model.ChannelPath;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.derived.ChannelRate;
import ssiplan.model.derived.IsfcLinks;

/**
 * The rate the diagram predicts for an ISFC link: CTCs on one CHPID share it [C], so each end can move
 * the sum of its distinct CHPIDs' nominal rates, and the link runs at the slower end.
 */
final class IsfcRate {

	private IsfcRate() {
	}

	/** Nominal MB/s, or 0 when no CHPID with a speed is known. */
	static int megabytesPerSecond(IsfcLink link) {
		return Math.min(end(link, link.getMemberA()), end(link, link.getMemberB()));
	}

	private static int end(IsfcLink link, Member member) {
		int sum = 0;
		for (ChannelPath path : IsfcLinks.channelPathsAt(link, member)) {
			if (path.getSpeed() != null) {
				sum += ChannelRate.nominalMegabytesPerSecond(path.getSpeed());
			}
		}
		return sum;
	}

	static String label(IsfcLink link) {
		int ctcs = link.getCtcConnections().size();
		int rate = megabytesPerSecond(link);
		String rateText = rate == 0 ? "rate ?" : rate >= 1000 ? String.format(java.util.Locale.ROOT, "%.1f GB/s", rate / 1000.0) : rate + " MB/s";
		return ctcs + (ctcs == 1 ? " CTC" : " CTCs") + " \u00b7 " + rateText;
	}
}
