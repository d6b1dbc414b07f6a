package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;

import ssiplan.diagram.figures.NodeFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.view.NetworkArea;

/** The virtual switches and the OSA devices that back them. */
public final class NetworkPart extends DiagramPart {

	public static final int COLUMNS = 4;

	@Override
	protected void addChildVisual(org.eclipse.gef.EditPart child, int index) {
		IFigure figure = ((org.eclipse.gef.GraphicalEditPart) child).getFigure();
		org.eclipse.draw2d.GridData data = new org.eclipse.draw2d.GridData(org.eclipse.draw2d.GridData.FILL_HORIZONTAL);
		data.horizontalSpan = child instanceof VswitchPart ? 2 : 1;
		getContentPane().add(figure, data, index);
	}

	@Override
	protected IFigure createFigure() {
		NodeFigure figure = new NodeFigure(Theme.NETWORK_BORDER, Theme.NETWORK_FILL, Theme.NETWORK_BORDER, Theme.WHITE, Theme.bold());
		// switches two columns wide on top, OSA tiles four to a row below
		org.eclipse.draw2d.GridLayout grid = new org.eclipse.draw2d.GridLayout(COLUMNS, true);
		grid.horizontalSpacing = 6;
		grid.verticalSpacing = 6;
		grid.marginHeight = 6;
		grid.marginWidth = 6;
		figure.setBodyLayout(grid);
		figure.body().setBorder(null);
		return figure;
	}

	@Override
	public EObject element() {
		return ((NetworkArea) getModel()).installation();
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
	protected List<?> getModelChildren() {
		return contents().networkChildren();
	}

	@Override
	protected void refreshVisuals() {
		List<Object> children = contents().networkChildren();
		long switches = children.stream().filter(ssiplan.model.VirtualSwitch.class::isInstance).count();
		((NodeFigure) getFigure()).setTexts("Network", switches + (switches == 1 ? " virtual switch" : " virtual switches")
				+ "  \u00b7  " + (children.size() - switches) + " OSA");
		TopLevel.place(this);
	}
}
