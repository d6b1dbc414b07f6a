package ssiplan.validation.checks;

import static ssiplan.validation.Rules.SSI_ISFC_COLLECTION;
import static ssiplan.validation.Rules.SSI_ISLINK_CHPID;
import static ssiplan.validation.Rules.SSI_ISLINK_CTC_COUNT;
import static ssiplan.validation.Rules.SSI_ISLINK_CTC_DEVICE;
import static ssiplan.validation.Rules.SSI_ISLINK_DEVICE_DUPLICATE;
import static ssiplan.validation.Rules.SSI_ISLINK_DUPLICATE;
import static ssiplan.validation.Rules.SSI_ISLINK_ENDS;
import static ssiplan.validation.Rules.SSI_ISLINK_MESH;
import static ssiplan.validation.Rules.SSI_ISLINK_ONE_CHPID;
import static ssiplan.validation.Rules.SSI_ISLINK_SPEED_MIX;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CtcConnection;
import ssiplan.model.FiconSpeed;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.validation.Rule;

/** ISFC logical links (V5, V6): full mesh, one collection, 1-16 CTCs, device numbers and CHPIDs at each end. */
public final class IsfcChecks implements Check {

    /** CTC connections one logical link may hold [C]. */
    static final int MAX_CTCS = 16;

    @Override
    public List<Rule> rules() {
        return List.of(SSI_ISLINK_MESH, SSI_ISFC_COLLECTION, SSI_ISLINK_ENDS, SSI_ISLINK_DUPLICATE, SSI_ISLINK_CTC_COUNT,
                SSI_ISLINK_CTC_DEVICE, SSI_ISLINK_DEVICE_DUPLICATE, SSI_ISLINK_CHPID, SSI_ISLINK_ONE_CHPID,
                SSI_ISLINK_SPEED_MIX);
    }

    @Override
    public void check(ValidationContext context) {
        for (SsiCluster cluster : context.installation().getClusters()) {
            check(context, context.index(cluster));
        }
    }

    private static void check(ValidationContext context, ClusterIndex index) {
        int n = index.members().size();
        IsfcLink[][] pairs = new IsfcLink[n][n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // device number -> CTC, per member: HCP2721E catches a unit address used twice.
        List<Map<String, CtcConnection>> devices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            devices.add(new HashMap<>());
        }
        for (IsfcLink link : index.cluster().getIsfcLinks()) {
            Member a = link.getMemberA();
            Member b = link.getMemberB();
            int ia = index.number(a);
            int ib = index.number(b);
            if (ia < 0 || ib < 0 || ia == ib) {
                String why = a == null || b == null ? "has no member at one end"
                        : a == b ? "joins " + Names.of(a) + " to itself"
                        : "joins " + Names.of(ia < 0 ? a : b) + ", which is not a member of " + Names.shown(index.cluster().getName(), "this cluster");
                context.report(SSI_ISLINK_ENDS, link, "ISFC link " + Names.of(a) + " - " + Names.of(b) + " " + why
                        + ": set both ends to two different members of the cluster");
                continue;
            }
            int lo = Math.min(ia, ib);
            int hi = Math.max(ia, ib);
            if (pairs[lo][hi] != null) {
                context.report(SSI_ISLINK_DUPLICATE, link, "members " + Names.of(a) + " and " + Names.of(b)
                        + " have two ISFC logical links; a pair has one link holding all its CTCs: move these CTCs into the first link",
                        "move the CTCs into the first " + Names.of(a) + " - " + Names.of(b) + " link and delete this one",
                        List.of(pairs[lo][hi]));
            } else {
                pairs[lo][hi] = link;
            }
            parent[find(parent, ia)] = find(parent, ib);
            checkLink(context, link, a, b, devices.get(ia), devices.get(ib));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (pairs[i][j] == null) {
                    Member a = index.members().get(i);
                    Member b = index.members().get(j);
                    context.report(SSI_ISLINK_MESH, a, "members " + Names.of(a) + " and " + Names.of(b)
                            + " have no ISFC link; an SSI needs a direct link between every pair: add a link with FICON CTCs between them",
                            "add an ISFC link " + Names.of(a) + " - " + Names.of(b), List.of(b));
                }
            }
        }
        Map<Integer, List<Member>> collections = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            collections.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(index.members().get(i));
        }
        if (collections.size() > 1) {
            List<String> groups = collections.values().stream().map(g -> "{" + Names.members(g) + "}").toList();
            List<Member> outside = new ArrayList<>();
            collections.values().stream().skip(1).forEach(outside::addAll);
            context.report(SSI_ISFC_COLLECTION, index.cluster(), "the members of " + Names.shown(index.cluster().getName(), "the cluster")
                    + " form " + collections.size() + " separate ISFC collections " + String.join(" ", groups)
                    + ": link them so all members are in one collection", null, outside);
        }
    }

    private static void checkLink(ValidationContext context, IsfcLink link, Member a, Member b,
            Map<String, CtcConnection> devicesA, Map<String, CtcConnection> devicesB) {
        String name = Names.of(a) + " - " + Names.of(b);
        int ctcs = link.getCtcConnections().size();
        if (ctcs < 1 || ctcs > MAX_CTCS) {
            context.report(SSI_ISLINK_CTC_COUNT, link, "ISFC link " + name + " has " + ctcs
                    + " CTC connections; a logical link holds 1 to 16: " + (ctcs < 1 ? "add a FICON CTC" : "remove CTCs"));
        }
        Set<ChannelPath> pathsA = new LinkedHashSet<>();
        Set<ChannelPath> pathsB = new LinkedHashSet<>();
        Set<FiconSpeed> speeds = new LinkedHashSet<>();
        for (CtcConnection ctc : link.getCtcConnections()) {
            checkEnd(context, link, ctc, a, ctc.getDeviceA(), ctc.getChpidA(), devicesA, pathsA, speeds);
            checkEnd(context, link, ctc, b, ctc.getDeviceB(), ctc.getChpidB(), devicesB, pathsB, speeds);
        }
        if (ctcs >= 1 && (pathsA.size() == 1 || pathsB.size() == 1)) {
            Member single = pathsA.size() == 1 ? a : b;
            context.report(SSI_ISLINK_ONE_CHPID, link, "all CTCs of ISFC link " + name + " use one CHPID on "
                    + Names.of(single) + ": spread them over CHPIDs (add a CTC on a second FICON CHPID) for redundancy and bandwidth");
        }
        if (speeds.size() > 1) {
            context.report(SSI_ISLINK_SPEED_MIX, link, "ISFC link " + name + " mixes CHPID speeds " + speeds
                    + "; a mixed link runs less efficiently: use CHPIDs of one speed");
        }
    }

    private static void checkEnd(ValidationContext context, IsfcLink link, CtcConnection ctc, Member member, String device,
            ChannelPath chpid, Map<String, CtcConnection> devices, Set<ChannelPath> paths, Set<FiconSpeed> speeds) {
        String where = "CTC " + Names.shown(ctc.getDeviceA(), "????") + " - " + Names.shown(ctc.getDeviceB(), "????")
                + " of link " + Names.of(link.getMemberA()) + " - " + Names.of(link.getMemberB());
        if (!Names.isHex1to4(device)) {
            context.report(SSI_ISLINK_CTC_DEVICE, ctc, where + " has device number " + Names.quoted(device) + " on "
                    + Names.of(member) + ": give it the real device number (1-4 hex digits) " + Names.of(member) + " uses");
        } else {
            CtcConnection earlier = devices.putIfAbsent(Names.deviceKey(device), ctc);
            if (earlier != null) {
                context.report(SSI_ISLINK_DEVICE_DUPLICATE, ctc, where + " uses device " + Names.deviceKey(device) + " on "
                        + Names.of(member) + ", which another CTC already uses there: give each CTC its own device number",
                        null, List.of(earlier));
            }
        }
        Cec cec = member.getLpar() == null ? null : (Cec) member.getLpar().eContainer();
        if (chpid == null) {
            context.report(SSI_ISLINK_CHPID, ctc, where + " names no CHPID on " + Names.of(member)
                    + ": set the FICON CHPID the CTC uses there");
        } else {
            paths.add(chpid);
            if (chpid.getSpeed() != null) {
                speeds.add(chpid.getSpeed());
            }
            if (chpid.getType() != ChannelPathType.FC) {
                context.report(SSI_ISLINK_CHPID, ctc, where + " uses CHPID " + chpid.getChpid() + " of type "
                        + chpid.getType().getLiteral() + " on " + Names.of(member) + "; FICON CTCs need an FC channel: choose an FC CHPID",
                        null, List.of(chpid));
            } else if (cec != null && chpid.eContainer() != cec) {
                context.report(SSI_ISLINK_CHPID, ctc, where + " uses CHPID " + chpid.getChpid() + " of "
                        + Names.shown(((Cec) chpid.eContainer()).getName(), "another CEC") + " at the " + Names.of(member)
                        + " end, but " + Names.of(member) + " runs on " + Names.shown(cec.getName(), "another CEC")
                        + ": choose a CHPID of " + Names.shown(cec.getName(), "its CEC"), null, List.of(chpid));
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
