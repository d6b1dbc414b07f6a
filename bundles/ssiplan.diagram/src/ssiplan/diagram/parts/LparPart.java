package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.ToolbarLayout;

import ssiplan.diagram.figures.NodeFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.model.Lpar;
import ssiplan.model.format.StorageSize;

/** An LPAR inside its CEC; holds the member IPLed in it, or says it is free. */
public final class LparPart extends DiagramPart {

	private static final org.eclipse.swt.graphics.Color HEADER = new org.eclipse.swt.graphics.Color(null, 0xe2, 0xe8, 0xf0);

	@Override
	protected IFigure createFigure() {
		NodeFigure figure = new NodeFigure(Theme.LPAR_BORDER, Theme.LPAR_FILL, HEADER, Theme.INK, Theme.bold());
		ToolbarLayout layout = new ToolbarLayout(false);
		layout.setStretchMinorAxis(true);
		figure.setBodyLayout(layout);
		return figure;
	}

	@Override
	public Label nameLabel() {
		return ((NodeFigure) getFigure()).titleLabel();
	}

	@Override
	public IFigure getContentPane() {
		return ((NodeFigure) getFigure()).body();
	}

	@Override
	protected List<?> getModelChildren() {
		return contents().lparChildren((Lpar) getModel());
	}

	@Override
	protected void refreshVisuals() {
		Lpar lpar = (Lpar) getModel();
		String detail = StorageSize.ofGiB(lpar.getMemoryGiB()) + "  \u00b7  " + lpar.getLogicalProcessors() + " "
				+ lpar.getProcessorType().getLiteral() + (lpar.getMember() == null ? "  \u00b7  free: drop a member here" : "");
		((NodeFigure) getFigure()).setTexts("LPAR " + CecPart.nameOr(lpar.getName(), "?"), detail);
	}
}
