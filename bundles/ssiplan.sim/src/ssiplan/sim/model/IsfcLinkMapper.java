package ssiplan.sim.model;

import java.util.ArrayList;
import java.util.List;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CtcConnection;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.model.derived.ChannelRate;
import ssiplan.sim.snapshot.CtcSnapshot;
import ssiplan.sim.snapshot.LinkSnapshot;

/**
 * ISFC logical links with each CTC's device number, CHPID and speed at both ends. A link the
 * model leaves incomplete (an end missing, no CTCs) is left out and noted: the runtime then
 * sees no link between those members, which is what CP would see too. A CTC with a CHPID at
 * one end only is taken to use the same CHPID number and speed at the other (symmetric cabling,
 * as IBM recommends); with no CHPID at either end its rate is unknown and conversion stops.
 */
final class IsfcLinkMapper {

    private final ConversionNotes notes;

    IsfcLinkMapper(ConversionNotes notes) {
        this.notes = notes;
    }

    List<LinkSnapshot> map(SsiCluster cluster) {
        List<LinkSnapshot> out = new ArrayList<>();
        for (IsfcLink link : cluster.getIsfcLinks()) {
            Member a = link.getMemberA();
            Member b = link.getMemberB();
            String id = name(a) + "-" + name(b);
            if (a == null || b == null || a == b || a.eContainer() != cluster || b.eContainer() != cluster) {
                notes.add("ISFC link without two distinct members of the cluster at its ends, left out", id);
                continue;
            }
            if (link.getCtcConnections().isEmpty()) {
                notes.add("ISFC link without CTC devices, left out", id);
                continue;
            }
            List<CtcSnapshot> ctcs = new ArrayList<>();
            for (CtcConnection c : link.getCtcConnections()) {
                ctcs.add(ctc(id, c));
            }
            try {
                out.add(new LinkSnapshot(a.getName(), b.getName(), ctcs));
            } catch (IllegalArgumentException e) {
                throw new ModelSnapshotException("ISFC link " + id + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** One CTC as seen from member A of the model's link (LinkSnapshot turns it round if needed). */
    private CtcSnapshot ctc(String link, CtcConnection c) {
        String devA = c.getDeviceA();
        String devB = c.getDeviceB();
        if (blank(devA) && blank(devB)) {
            throw new ModelSnapshotException("ISFC link " + link + ": a CTC connection has no device number at either end;"
                    + " give it the FCTC device numbers (deviceA, deviceB)");
        }
        if (blank(devA) || blank(devB)) {
            notes.add("CTC device number given at one end only; the same number assumed at the other", link);
            devA = blank(devA) ? devB : devA;
            devB = blank(devB) ? devA : devB;
        }
        ChannelPath pa = c.getChpidA();
        ChannelPath pb = c.getChpidB();
        if (pa == null && pb == null) {
            throw new ModelSnapshotException("ISFC link " + link + ": CTC " + devA + " has no CHPID at either end;"
                    + " give it the FICON channel paths it uses so its rate is known");
        }
        if (pa == null || pb == null) {
            notes.add("CTC with a CHPID at one end only; the same CHPID and speed assumed at the other", link + " " + devA);
            pa = pa == null ? pb : pa;
            pb = pb == null ? pa : pb;
        }
        checkFicon(link, devA, pa);
        checkFicon(link, devB, pb);
        try {
            return new CtcSnapshot(devA, chpid(link, pa), ChannelRate.gigabitsPerSecond(pa.getSpeed()), devB,
                    chpid(link, pb), ChannelRate.gigabitsPerSecond(pb.getSpeed()));
        } catch (IllegalArgumentException e) {
            throw new ModelSnapshotException("ISFC link " + link + ": " + e.getMessage(), e);
        }
    }

    private void checkFicon(String link, String dev, ChannelPath p) {
        if (p.getType() != ChannelPathType.FC) {
            notes.add("CTC on a CHPID that is not FICON (type FC); its FICON speed is used anyway", link + " " + dev
                    + " CHPID " + p.getChpid() + " (" + p.getType().getLiteral() + ")");
        }
    }

    private static String chpid(String link, ChannelPath p) {
        if (blank(p.getChpid())) {
            throw new ModelSnapshotException("ISFC link " + link + ": a channel path its CTCs use has no CHPID number");
        }
        return p.getChpid();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String name(Member m) {
        return m == null || m.getName() == null ? "?" : m.getName();
    }
}
