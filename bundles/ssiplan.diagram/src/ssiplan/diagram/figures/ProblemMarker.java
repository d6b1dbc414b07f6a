package ssiplan.diagram.figures;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

import ssiplan.diagram.decorations.Problem;

/** The round "!" badge on a figure with findings; red for errors, amber for warnings, blue for information. */
public final class ProblemMarker extends Figure {

	public static final int SIZE = 14;

	private Problem.Severity worst;

	public ProblemMarker() {
		setVisible(false);
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		return isVisible() ? new Dimension(SIZE, SIZE) : new Dimension(0, 0);
	}

	/** Updates the badge; returns the colour the owner should use for its outline, or null when clean. */
	public Color show(List<Problem> problems) {
		worst = worstOf(problems);
		setVisible(worst != null);
		repaint();
		return colour(worst);
	}

	public static Problem.Severity worstOf(List<Problem> problems) {
		Problem.Severity worst = null;
		for (Problem p : problems) {
			if (worst == null || p.severity().ordinal() < worst.ordinal()) {
				worst = p.severity();
			}
		}
		return worst;
	}

	public static Color colour(Problem.Severity severity) {
		if (severity == null) {
			return null;
		}
		return switch (severity) {
			case ERROR -> Theme.ERROR;
			case WARNING -> Theme.WARNING;
			case INFO -> Theme.INFO;
		};
	}

	/** The tooltip listing every finding, one per line. */
	public static IFigure tooltip(List<Problem> problems) {
		if (problems.isEmpty()) {
			return null;
		}
		Label label = new Label(problems.stream().map(p -> p.severity() + "  " + p.text()).collect(Collectors.joining("\n")));
		label.setBorder(new MarginBorder(4));
		label.setOpaque(true);
		label.setBackgroundColor(Theme.WHITE);
		label.setForegroundColor(Theme.INK);
		return label;
	}

	@Override
	protected void paintFigure(Graphics g) {
		if (worst == null) {
			return;
		}
		Rectangle r = getBounds().getCopy();
		int d = Math.min(r.width, r.height) - 1;
		g.setBackgroundColor(colour(worst));
		g.fillOval(r.x, r.y, d, d);
		g.setForegroundColor(Theme.WHITE);
		g.setLineWidth(2);
		int cx = r.x + d / 2;
		g.drawLine(cx, r.y + 3, cx, r.y + d - 6);
		g.drawLine(cx, r.y + d - 3, cx, r.y + d - 3);
		g.setLineWidth(1);
	}
}
