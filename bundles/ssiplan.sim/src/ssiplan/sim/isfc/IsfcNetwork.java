package ssiplan.sim.isfc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import ssiplan.sim.engine.Engine;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.snapshot.LinkSnapshot;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.LinkStateChanged;

/**
 * All ISFC logical links of the cluster. Decides when a link is usable (active and both ends
 * running) and cuts the transfers on a link the moment it stops being usable.
 */
public final class IsfcNetwork {

    private final List<IsfcLink> links = new ArrayList<>();
    private final Map<String, IsfcLink> byPair = new HashMap<>();
    private final Engine engine;
    private final Trace trace;
    private Predicate<String> memberRunning = m -> false;

    public IsfcNetwork(List<LinkSnapshot> snapshots, Parameters p, Engine engine, Trace trace) {
        this.engine = engine;
        this.trace = trace;
        for (LinkSnapshot s : snapshots) {
            IsfcLink l = new IsfcLink(s, p, engine, trace);
            links.add(l);
            byPair.put(s.id(), l);
        }
    }

    /** Tells the network how to know whether CP runs on a member; then sets initial usability silently. */
    public void bindMembers(Predicate<String> running) {
        this.memberRunning = running;
        for (IsfcLink l : links) {
            l.usable = wantsUsable(l);
        }
    }

    public List<IsfcLink> links() {
        return Collections.unmodifiableList(links);
    }

    /** The link between two members, or null when none is defined. */
    public IsfcLink link(String a, String b) {
        return byPair.get(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
    }

    /** Operator or failure: the link is deactivated or comes back. */
    public void setActive(IsfcLink l, boolean active, String why) {
        l.active = active;
        refresh(l, why);
    }

    /** A member started or stopped running: re-decide its links. */
    public void memberChanged(String member, String why) {
        for (IsfcLink l : links) {
            if (l.snapshot().connects(member)) {
                refresh(l, why);
            }
        }
    }

    private boolean wantsUsable(IsfcLink l) {
        return l.active && memberRunning.test(l.snapshot().memberA()) && memberRunning.test(l.snapshot().memberB());
    }

    private void refresh(IsfcLink l, String why) {
        boolean usable = wantsUsable(l);
        if (usable == l.usable) {
            return;
        }
        l.usable = usable;
        trace.add(new LinkStateChanged(engine.now(), l.id(), usable, why));
        if (!usable) {
            l.cut(why);
        }
    }
}
