package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;

import ssiplan.diagram.view.MemberVolumes;

/** The member-local volumes (sysres, paging, tdisk) in a row inside their member. */
public final class MemberVolumesPart extends DiagramPart {

	@Override
	protected IFigure createFigure() {
		Figure row = new Figure();
		FlowLayout layout = new FlowLayout(true);
		layout.setMajorSpacing(4);
		layout.setMinorSpacing(4);
		row.setLayoutManager(layout);
		return row;
	}

	@Override
	public EObject element() {
		return ((MemberVolumes) getModel()).member();
	}

	@Override
	public boolean isDeletable() {
		return false;
	}

	@Override
	protected List<?> getModelChildren() {
		return contents().localVolumes(((MemberVolumes) getModel()).member());
	}

	@Override
	protected void refreshVisuals() {
		// the row has no text of its own
	}
}
