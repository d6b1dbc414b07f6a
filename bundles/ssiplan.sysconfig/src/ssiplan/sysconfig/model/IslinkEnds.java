package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ssiplan.model.CtcConnection;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;

/**
 * Pairs the two sides of each ISFC link. Each side is configured on its own member ({@code SYSA:
 * ACTIVATE ISLINK 4A00 4A01 NODE SYSB} and {@code SYSB: ACTIVATE ISLINK 5A00 5A01 NODE SYSA}) [C]; the
 * n-th device of one side and the n-th of the other make one CTC connection. Several statements for the
 * same direction add up. A side missing or with fewer devices is reported; the CTCs it lacks get an
 * empty device number, so nothing read is lost.
 */
final class IslinkEnds {

    private record End(Member member, Member partner, List<String> devices, Statement statement) {
    }

    private final Map<List<Member>, End> ends = new LinkedHashMap<>();

    void add(Member member, Member partner, List<String> devices, Statement statement) {
        End existing = ends.get(List.of(member, partner));
        if (existing == null) {
            ends.put(List.of(member, partner), new End(member, partner, new ArrayList<>(devices), statement));
        } else {
            existing.devices().addAll(devices);
        }
    }

    /** Builds one link per member pair, in the order the pairs first appear. */
    List<IsfcLink> links(Diagnostics diagnostics, SourcePositions positions, String file) {
        List<IsfcLink> links = new ArrayList<>();
        List<List<Member>> done = new ArrayList<>();
        for (End a : ends.values()) {
            if (done.contains(List.of(a.member(), a.partner()))) {
                continue;
            }
            End b = ends.get(List.of(a.partner(), a.member()));
            done.add(List.of(a.member(), a.partner()));
            done.add(List.of(a.partner(), a.member()));
            IsfcLink link = ImportedModel.F.createIsfcLink();
            link.setMemberA(a.member());
            link.setMemberB(a.partner());
            List<String> other = b == null ? List.of() : b.devices();
            int n = Math.max(a.devices().size(), other.size());
            for (int i = 0; i < n; i++) {
                CtcConnection ctc = ImportedModel.F.createCtcConnection();
                ctc.setDeviceA(i < a.devices().size() ? a.devices().get(i) : "");
                ctc.setDeviceB(i < other.size() ? other.get(i) : "");
                link.getCtcConnections().add(ctc);
            }
            if (n > 16) {
                diagnostics.error(a.statement().line(), a.statement().column(), Rule.ISLINK_COUNT, "the link "
                        + a.member().getName() + "-" + a.partner().getName() + " has " + n + " CTC devices in all; a "
                        + "logical link holds at most 16, move the rest to fewer statements or drop them");
            }
            if (b == null) {
                diagnostics.warning(a.statement().line(), a.statement().column(), Rule.ISLINK_PAIRING, a.partner().getName()
                        + " has no ACTIVATE ISLINK ... NODE " + a.member().getName() + "; each side of a link is "
                        + "activated on its own member, add it for " + a.partner().getName());
            } else if (a.devices().size() != other.size()) {
                End shorter = a.devices().size() < other.size() ? a : b;
                End longer = shorter == a ? b : a;
                diagnostics.warning(shorter.statement().line(), shorter.statement().column(), Rule.ISLINK_PAIRING,
                        shorter.member().getName() + " activates " + shorter.devices().size() + " CTC device"
                                + (shorter.devices().size() == 1 ? "" : "s") + " to " + shorter.partner().getName()
                                + " but " + longer.member().getName() + " activates " + longer.devices().size()
                                + " to " + longer.partner().getName() + "; each CTC needs a device at both ends, add "
                                + "the missing ones");
            }
            positions.put(link, file, a.statement().line(), a.statement().column());
            links.add(link);
        }
        return links;
    }
}
