package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;

import ssiplan.diagram.figures.NodeFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.view.NetworkArea;

/** The virtual switches and the OSA devices that back them. */
public final class NetworkPart extends DiagramPart {

	@Override
	protected IFigure createFigure() {
		NodeFigure figure = new NodeFigure(Theme.NETWORK_BORDER, Theme.NETWORK_FILL, Theme.NETWORK_BORDER, Theme.WHITE, Theme.bold());
		FlowLayout layout = new FlowLayout(true);
		layout.setMajorSpacing(8);
		layout.setMinorSpacing(8);
		figure.setBodyLayout(layout);
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
