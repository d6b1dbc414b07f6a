package ssiplan.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;

import ssiplan.diagram.view.DiagramLayout;
import ssiplan.diagram.view.ModelIds;

/** Places a node that sits directly on the diagram from the layout file (or next to the others when it has no place yet). */
final class TopLevel {

	private TopLevel() {
	}

	static void place(DiagramPart part) {
		if (!(part.getParent() instanceof InstallationDiagramPart root)) {
			return;
		}
		DiagramLayout layout = part.context().layout();
		String key = ModelIds.keyOf(part.getModel());
		Rectangle stored = key == null ? null : layout.bounds(key);
		IFigure figure = part.getFigure();
		Rectangle r;
		if (stored != null) {
			r = stored;
			Dimension preferred = figure.getPreferredSize();
			// a stored size never clips content that grew since (more LPARs, more guests)
			r.width = r.width < 0 || r.width < preferred.width ? -1 : r.width;
			r.height = r.height < 0 || r.height < preferred.height ? -1 : r.height;
		} else {
			r = root.freeSpot(part);
		}
		((GraphicalEditPart) root).setLayoutConstraint(part, figure, r);
	}
}
