package ssiplan.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.AbstractLocator;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.swt.graphics.Color;

import ssiplan.diagram.decorations.Problem;

/**
 * A connection with a boxed label on its longest segment: ISFC links ("2 CTC · 3200 MB/s"), VSWITCH
 * uplinks ("OSA1 · EQID OSASET1"), mirrored volume pairs.
 */
public class LinkFigure extends PolylineConnection implements Decorated {

	private final Label label = new Label();
	private final Color colour;
	private List<Problem> problems = List.of();

	public LinkFigure(Color colour, int width, boolean dashed) {
		this.colour = colour;
		setForegroundColor(colour);
		setLineWidth(width);
		if (dashed) {
			setLineStyle(Graphics.LINE_DASH);
		}
		label.setFont(Theme.small());
		label.setForegroundColor(colour);
		label.setOpaque(true);
		label.setBackgroundColor(Theme.WHITE);
		label.setBorder(new LineBorder(colour, 1));
		add(label, new LongestSegmentLocator());
	}

	public void setLabel(String text) {
		label.setText(text == null || text.isEmpty() ? "" : " " + text + " ");
		label.setVisible(text != null && !text.isEmpty());
	}

	public String labelText() {
		return label.getText().strip();
	}

	@Override
	public void setProblems(List<Problem> problems) {
		this.problems = List.copyOf(problems);
		Color problem = ProblemMarker.colour(ProblemMarker.worstOf(problems));
		setForegroundColor(problem != null ? problem : colour);
		label.setForegroundColor(problem != null ? problem : colour);
		label.setBorder(new LineBorder(problem != null ? problem : colour, problem != null ? 2 : 1));
		setToolTip(ProblemMarker.tooltip(problems));
		label.setToolTip(ProblemMarker.tooltip(problems));
		repaint();
	}

	@Override
	public List<Problem> problems() {
		return problems;
	}

	/** Centres the label on the longest lane segment (else the longest segment), where lanes keep it clear of other links. */
	private final class LongestSegmentLocator extends AbstractLocator {
		@Override
		protected Point getReferencePoint() {
			PointList points = getPoints();
			if (points.size() < 2) {
				return points.size() == 0 ? new Point() : points.getFirstPoint();
			}
			int best = 0;
			long bestLength = -1;
			for (int i = 0; i + 1 < points.size(); i++) {
				Point a = points.getPoint(i);
				Point b = points.getPoint(i + 1);
				// a lane (horizontal) wins over the drops into the nodes, which cross other figures
				long length = (long) Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + (a.y == b.y && points.size() > 2 ? 100_000 : 0);
				if (length > bestLength) {
					bestLength = length;
					best = i;
				}
			}
			Point a = points.getPoint(best);
			Point b = points.getPoint(best + 1);
			Point mid = new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
			// AbstractLocator wants the reference point in absolute coordinates (it makes it relative itself)
			LinkFigure.this.translateToAbsolute(mid);
			return mid;
		}
	}
}
