package ssiplan.diagram.parts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.GridLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;

import ssiplan.diagram.figures.NodeFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.view.SharedDasdPool;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;

/** The shared DASD every member reaches: spool, common (PDR), release and shared user volumes. */
public final class PoolPart extends DiagramPart {

	public static final int COLUMNS = 4;

	@Override
	protected IFigure createFigure() {
		NodeFigure figure = new NodeFigure(Theme.POOL_BORDER, Theme.POOL_FILL, Theme.POOL_BORDER, Theme.WHITE, Theme.bold());
		GridLayout grid = new GridLayout(COLUMNS, true);
		grid.horizontalSpacing = 4;
		grid.verticalSpacing = 4;
		// draw2d's GridLayout leaves the container's border out of its preferred size: margins instead
		grid.marginHeight = 6;
		grid.marginWidth = 6;
		figure.setBodyLayout(grid);
		figure.body().setBorder(null);
		return figure;
	}

	@Override
	public EObject element() {
		return ((SharedDasdPool) getModel()).installation();
	}

	@Override
	public boolean isDeletable() {
		return false;
	}

	@Override
	public IFigure getContentPane() {
		return ((NodeFigure) getFigure()).body();
	}

	@Override
	protected void addChildVisual(org.eclipse.gef.EditPart child, int index) {
		IFigure figure = ((org.eclipse.gef.GraphicalEditPart) child).getFigure();
		getContentPane().add(figure, new org.eclipse.draw2d.GridData(org.eclipse.draw2d.GridData.FILL_HORIZONTAL), index);
	}

	@Override
	protected List<?> getModelChildren() {
		return contents().sharedVolumes();
	}

	@Override
	protected void refreshVisuals() {
		List<DasdVolume> volumes = contents().sharedVolumes();
		Set<String> reachedBy = new LinkedHashSet<>();
		for (DasdVolume v : volumes) {
			for (DeviceNumber n : v.getDeviceNumbers()) {
				if (n.getMember() != null && n.getMember().getName() != null) {
					reachedBy.add(n.getMember().getName());
				}
			}
		}
		String detail = volumes.size() + (volumes.size() == 1 ? " volume" : " volumes")
				+ (reachedBy.isEmpty() ? "" : "  \u00b7  reached by " + String.join(" ", reachedBy));
		((NodeFigure) getFigure()).setTexts("Shared DASD", detail);
		TopLevel.place(this);
	}
}
