package ssiplan.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.BorderLayout;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

import ssiplan.diagram.decorations.Problem;

/**
 * A small tile with a bold first line and a detail line, a fill colour and an optional coloured stripe
 * on the left: guests, volumes, CHPIDs, OSA devices.
 */
public class TileFigure extends Figure implements Decorated {

	private final Label name = new Label();
	private final Label detail = new Label();
	private final ProblemMarker marker = new ProblemMarker();
	private Color stripe;
	private Color outline = Theme.LPAR_BORDER;
	private Color problemColour;
	private List<Problem> problems = List.of();
	private String extraTooltip;

	public TileFigure(Color fill) {
		setBackgroundColor(fill);
		setOpaque(true);
		setLayoutManager(new BorderLayout());
		setBorder(new MarginBorder(2, 7, 2, 4));
		Figure texts = new Figure();
		ToolbarLayout layout = new ToolbarLayout(false);
		texts.setLayoutManager(layout);
		name.setFont(Theme.smallBold());
		name.setForegroundColor(Theme.INK);
		name.setLabelAlignment(PositionConstants.LEFT);
		detail.setFont(Theme.small());
		detail.setForegroundColor(Theme.MUTED);
		detail.setLabelAlignment(PositionConstants.LEFT);
		texts.add(name);
		texts.add(detail);
		add(texts, BorderLayout.CENTER);
		add(marker, BorderLayout.RIGHT);
	}

	public Label nameLabel() {
		return name;
	}

	public void setTexts(String nameText, String detailText) {
		name.setText(nameText);
		detail.setText(detailText == null ? "" : detailText);
		detail.setVisible(detailText != null && !detailText.isEmpty());
	}

	public String nameText() {
		return name.getText();
	}

	public String detailText() {
		return detail.getText();
	}

	public void setStripe(Color stripe) {
		this.stripe = stripe;
		repaint();
	}

	public Color stripe() {
		return stripe;
	}

	public void setOutline(Color outline) {
		this.outline = outline;
		repaint();
	}

	/** A tooltip shown when there is no finding (e.g. the full description of a guest). */
	public void setInfo(String text) {
		extraTooltip = text;
		if (problems.isEmpty()) {
			setToolTip(text == null ? null : new Label(text));
		}
	}

	@Override
	public void setProblems(List<Problem> problems) {
		this.problems = List.copyOf(problems);
		problemColour = marker.show(problems);
		setToolTip(problems.isEmpty() ? (extraTooltip == null ? null : new Label(extraTooltip)) : ProblemMarker.tooltip(problems));
		revalidate();
		repaint();
	}

	@Override
	public List<Problem> problems() {
		return problems;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy();
		g.setBackgroundColor(getBackgroundColor());
		g.fillRectangle(r);
		if (stripe != null) {
			g.setBackgroundColor(stripe);
			g.fillRectangle(r.x, r.y, 4, r.height);
		}
	}

	@Override
	protected void paintBorder(Graphics g) {
		Rectangle r = getBounds().getCopy();
		g.setForegroundColor(problemColour != null ? problemColour : outline);
		g.setLineWidth(problemColour != null ? 2 : 1);
		g.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
		g.setLineWidth(1);
	}
}
