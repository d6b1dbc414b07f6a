package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.gef.EditPolicy;

import ssiplan.diagram.figures.NodeFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.policies.ConnectPolicy;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.SsiCluster;
import ssiplan.model.format.StorageSize;

/**
 * A z/VM member: system name and slot, release and service level, its state as the header colour;
 * inside, its local volumes and its guests. ISFC links and uplinks start here.
 */
public final class MemberPart extends DiagramPart {

	public static final int MIN_WIDTH = 250;

	public Member member() {
		return (Member) getModel();
	}

	@Override
	protected IFigure createFigure() {
		NodeFigure figure = new NodeFigure(Theme.INK, Theme.WHITE, Theme.stateColour(MemberState.JOINED), Theme.WHITE, Theme.bold()) {
			@Override
			public Dimension getPreferredSize(int wHint, int hHint) {
				Dimension d = super.getPreferredSize(wHint, hHint).getCopy();
				d.width = Math.max(d.width, MIN_WIDTH);
				return d;
			}
		};
		ToolbarLayout layout = new ToolbarLayout(false);
		layout.setSpacing(6);
		layout.setStretchMinorAxis(true);
		figure.setBodyLayout(layout);
		return figure;
	}

	@Override
	protected void createEditPolicies() {
		super.createEditPolicies();
		installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new ConnectPolicy());
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
		return contents().memberChildren(member());
	}

	@Override
	protected void refreshVisuals() {
		Member m = member();
		NodeFigure figure = (NodeFigure) getFigure();
		String release = m.getRelease() == null ? "" : "z/VM " + m.getRelease().getLiteral();
		StringBuilder detail = new StringBuilder(release);
		CecPart.append(detail, m.getServiceLevel());
		CecPart.append(detail, m.getInitialState() == null ? null : m.getInitialState().getLiteral());
		CecPart.append(detail, m.getRealMemoryGiB() > 0 ? StorageSize.ofGiB(m.getRealMemoryGiB()) : null);
		String cluster = m.eContainer() instanceof SsiCluster c && c.getName() != null ? "   " + c.getName() : "";
		figure.setTexts(CecPart.nameOr(m.getName(), "?") + "   slot " + m.getSlot() + cluster, detail.toString());
		boolean light = m.getInitialState() == MemberState.JOINING || m.getInitialState() == MemberState.LEAVING
				|| m.getInitialState() == MemberState.UNKNOWN;
		figure.setHeaderColours(Theme.stateColour(m.getInitialState()), light ? Theme.INK : Theme.WHITE);
		TopLevel.place(this);
	}
}
