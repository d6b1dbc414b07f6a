package ssiplan.diagram.parts;

import org.eclipse.draw2d.IFigure;

import ssiplan.diagram.figures.TileFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.model.ChannelPath;
import ssiplan.model.derived.ChannelRate;

/** A CHPID on its CEC's edge: number, type and speed. */
public final class ChpidPart extends DiagramPart {

	@Override
	protected IFigure createFigure() {
		TileFigure tile = new TileFigure(Theme.CHPID_FILL);
		tile.setOutline(Theme.CEC_BORDER);
		return tile;
	}

	@Override
	protected void refreshVisuals() {
		ChannelPath path = (ChannelPath) getModel();
		String speed = path.getSpeed() == null ? "" : " " + ChannelRate.gigabitsPerSecond(path.getSpeed()) + "G";
		((TileFigure) getFigure()).setTexts("CHPID " + CecPart.nameOr(path.getChpid(), "??"),
				path.getType().getLiteral() + speed);
		((TileFigure) getFigure()).setInfo(ssiplan.model.format.ElementLabels.of(path)
				+ (path.getPchid() == null ? "" : " PCHID " + path.getPchid()));
	}
}
