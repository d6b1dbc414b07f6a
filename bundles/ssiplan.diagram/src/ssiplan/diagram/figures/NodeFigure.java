package ssiplan.diagram.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.BorderLayout;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LayoutManager;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

import ssiplan.diagram.decorations.Problem;

/**
 * A box with a coloured header (a title line and a detail line) and a body holding child figures:
 * CECs, LPARs, members, the DASD pool, the network area and virtual switches are all drawn with it.
 */
public class NodeFigure extends Figure implements Decorated {

	private final Label title = new Label();
	private final Label detail = new Label();
	private final ProblemMarker marker = new ProblemMarker();
	private final Figure header = new Figure();
	private final Figure body = new Figure();
	private final List<Figure> compartments = new ArrayList<>();
	private Color border;
	private Color headerFill;
	private Color headerText;
	private int borderWidth = 1;
	private Color problemColour;
	private List<Problem> problems = List.of();

	public NodeFigure(Color border, Color fill, Color headerFill, Color headerText, Font titleFont) {
		this.border = border;
		this.headerFill = headerFill;
		this.headerText = headerText;
		setBackgroundColor(fill);
		setOpaque(true);
		ToolbarLayout layout = new ToolbarLayout(false);
		layout.setStretchMinorAxis(true);
		setLayoutManager(layout);

		header.setLayoutManager(new BorderLayout());
		header.setBorder(new MarginBorder(3, 6, 3, 6));
		Figure texts = new Figure();
		ToolbarLayout textLayout = new ToolbarLayout(false);
		textLayout.setSpacing(1);
		texts.setLayoutManager(textLayout);
		title.setFont(titleFont);
		title.setLabelAlignment(PositionConstants.LEFT);
		detail.setFont(Theme.small());
		detail.setLabelAlignment(PositionConstants.LEFT);
		texts.add(title);
		texts.add(detail);
		header.add(texts, BorderLayout.CENTER);
		header.add(marker, BorderLayout.RIGHT);
		add(header);

		body.setBorder(new MarginBorder(6));
		add(body);
		setHeaderColours(headerFill, headerText);
	}

	/** The figure children are added to (GEF's content pane). */
	public IFigure body() {
		return body;
	}

	/** Adds a second content area under the body (e.g. a CEC's LPARs below its CHPID strip). */
	public Figure addCompartment(LayoutManager layout, int margin) {
		Figure compartment = new Figure();
		compartment.setLayoutManager(layout);
		compartment.setBorder(new MarginBorder(0, margin, margin, margin));
		compartments.add(compartment);
		add(compartment);
		return compartment;
	}

	public void setBodyLayout(LayoutManager layout) {
		body.setLayoutManager(layout);
	}

	public Label titleLabel() {
		return title;
	}

	public void setTexts(String titleText, String detailText) {
		title.setText(titleText);
		detail.setText(detailText == null ? "" : detailText);
		detail.setVisible(detailText != null && !detailText.isEmpty());
	}

	public String titleText() {
		return title.getText();
	}

	public String detailText() {
		return detail.getText();
	}

	public void setHeaderColours(Color fill, Color text) {
		this.headerFill = fill;
		this.headerText = text;
		title.setForegroundColor(text);
		detail.setForegroundColor(text);
		repaint();
	}

	public Color headerFill() {
		return headerFill;
	}

	public void setBorderStyle(Color colour, int width) {
		this.border = colour;
		this.borderWidth = width;
		repaint();
	}

	@Override
	public void setProblems(List<Problem> problems) {
		this.problems = List.copyOf(problems);
		problemColour = marker.show(problems);
		setToolTip(ProblemMarker.tooltip(problems));
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
		Rectangle h = header.getBounds();
		g.setBackgroundColor(headerFill);
		g.fillRectangle(r.x, r.y, r.width, h.height + (h.y - r.y));
	}

	@Override
	protected void paintBorder(Graphics g) {
		Rectangle r = getBounds().getCopy();
		int width = problemColour != null ? Math.max(2, borderWidth) : borderWidth;
		g.setForegroundColor(problemColour != null ? problemColour : border);
		g.setLineWidth(width);
		r.shrink(width / 2, width / 2);
		r.width -= 1;
		r.height -= 1;
		g.drawRectangle(r);
		g.setLineWidth(1);
	}
}
