package ssiplan.diagram.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.draw2d.AbstractRouter;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Routes connections between nodes nested in containers as a bus diagram: out of the top (or bottom)
 * edge of the source, up (down) past the outermost container, along a horizontal lane, and back into
 * the target. Links whose spans overlap get different lanes so neither lines nor labels cover each
 * other, and links leaving one node are spread along its edge. The lanes need free space above (below)
 * the top-level nodes, which Arrange All leaves ({@link #laneSpace(int)}).
 */
public final class LaneRouter extends AbstractRouter {

	public static final int LANE_GAP = 20;
	public static final int FIRST_LANE = 16;

	private final boolean above;
	private final Class<? extends Connection> kind;

	/**
	 * @param above lanes above the nodes (ISFC links between members) or below (uplinks to switches)
	 * @param kind  the connection class this router shares lanes among
	 */
	public LaneRouter(boolean above, Class<? extends Connection> kind) {
		this.above = above;
		this.kind = kind;
	}

	/** Room to keep free beside the top-level nodes for {@code lanes} lanes. */
	public static int laneSpace(int lanes) {
		return FIRST_LANE + lanes * LANE_GAP + 10;
	}

	@Override
	public void route(Connection conn) {
		PointList points = conn.getPoints();
		points.removeAllPoints();
		IFigure source = owner(conn, true);
		IFigure target = owner(conn, false);
		if (source == null || target == null) {
			conn.setPoints(points);
			return;
		}
		List<Connection> all = siblings(conn);
		// everything in the connection's own coordinates, so lanes keep their spacing at any zoom
		Rectangle s = local(conn, source);
		Rectangle t = local(conn, target);
		int sx = s.x + s.width / 2 + spread(conn, all, source, s.width);
		int tx = t.x + t.width / 2 + spread(conn, all, target, t.width);
		// (spread orders by absolute x, which keeps the same order at any zoom)
		int sEdge = above ? s.y : s.bottom();
		int tEdge = above ? t.y : t.bottom();
		int lane = lane(conn, all);
		int lineY;
		if (above) {
			int outer = Math.min(local(conn, outermost(source)).y, local(conn, outermost(target)).y);
			lineY = outer - FIRST_LANE - lane * LANE_GAP;
		} else {
			// an uplink leaves the bottom of its member, runs below the member's CEC, enters the switch from the top
			lineY = local(conn, outermost(source)).bottom() + FIRST_LANE + lane * LANE_GAP;
			tEdge = t.y;
		}
		add(conn, points, sx, sEdge);
		add(conn, points, sx, lineY);
		add(conn, points, tx, lineY);
		add(conn, points, tx, tEdge);
		conn.setPoints(points);
	}

	private static void add(Connection conn, PointList points, int x, int y) {
		points.addPoint(new Point(x, y));
	}

	private static Rectangle local(Connection conn, IFigure figure) {
		Rectangle r = absolute(figure);
		conn.translateToRelative(r);
		return r;
	}

	private static IFigure owner(Connection conn, boolean source) {
		var anchor = source ? conn.getSourceAnchor() : conn.getTargetAnchor();
		return anchor == null ? null : anchor.getOwner();
	}

	private static Rectangle absolute(IFigure figure) {
		Rectangle r = figure.getBounds().getCopy();
		figure.translateToAbsolute(r);
		return r;
	}

	/** The top-level node containing {@code figure} (its ancestor directly on the diagram layer). */
	private static IFigure outermost(IFigure figure) {
		IFigure current = figure;
		while (current.getParent() != null && !(current.getParent() instanceof FreeformLayer)) {
			current = current.getParent();
		}
		return current;
	}

	private List<Connection> siblings(Connection conn) {
		List<Connection> all = new ArrayList<>();
		if (conn.getParent() != null) {
			for (Object child : conn.getParent().getChildren()) {
				if (kind.isInstance(child) && ((Connection) child).getConnectionRouter() == this
						&& owner((Connection) child, true) != null && owner((Connection) child, false) != null) {
					all.add((Connection) child);
				}
			}
		}
		if (!all.contains(conn)) {
			all.add(conn);
		}
		return all;
	}

	/** Greedy interval colouring: shorter spans nearer the nodes, overlapping spans on different lanes. */
	private int lane(Connection conn, List<Connection> all) {
		List<int[]> spans = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Rectangle s = local(conn, owner(all.get(i), true));
			Rectangle t = local(conn, owner(all.get(i), false));
			int a = s.x + s.width / 2;
			int b = t.x + t.width / 2;
			spans.add(new int[] { Math.min(a, b) - 8, Math.max(a, b) + 8, i });
		}
		spans.sort(Comparator.<int[]>comparingInt(x -> x[1] - x[0]).thenComparingInt(x -> x[0]).thenComparingInt(x -> x[2]));
		List<List<int[]>> lanes = new ArrayList<>();
		int mine = all.indexOf(conn);
		for (int[] span : spans) {
			int chosen = -1;
			for (int l = 0; l < lanes.size() && chosen < 0; l++) {
				boolean free = lanes.get(l).stream().noneMatch(o -> o[0] < span[1] && span[0] < o[1]);
				if (free) {
					chosen = l;
				}
			}
			if (chosen < 0) {
				lanes.add(new ArrayList<>());
				chosen = lanes.size() - 1;
			}
			lanes.get(chosen).add(span);
			if (span[2] == mine) {
				return chosen;
			}
		}
		return 0;
	}

	/** Offsets the attachment point so several links on one node do not share an end. */
	private static int spread(Connection conn, List<Connection> all, IFigure node, int width) {
		List<Connection> here = new ArrayList<>();
		for (Connection c : all) {
			if (owner(c, true) == node || owner(c, false) == node) {
				here.add(c);
			}
		}
		if (here.size() <= 1) {
			return 0;
		}
		// order by where the other end is, left to right, so lines do not cross at the node
		here.sort(Comparator.comparingInt(c -> {
			IFigure other = owner(c, true) == node ? owner(c, false) : owner(c, true);
			Rectangle r = absolute(other);
			return r.x + r.width / 2;
		}));
		int step = Math.max(6, Math.min(16, (width - 20) / here.size()));
		// width is in the connection's coordinates already
		int index = here.indexOf(conn);
		return (int) Math.round((index - (here.size() - 1) / 2.0) * step);
	}
}
