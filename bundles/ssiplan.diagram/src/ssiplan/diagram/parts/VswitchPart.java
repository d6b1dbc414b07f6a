package ssiplan.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.gef.EditPolicy;

import ssiplan.diagram.figures.NodeFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.policies.ConnectPolicy;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;

/** A virtual switch; uplinks from members end here. */
public final class VswitchPart extends DiagramPart {

	@Override
	protected IFigure createFigure() {
		return new NodeFigure(Theme.NETWORK_BORDER, Theme.VSWITCH_FILL, Theme.VSWITCH_FILL, Theme.INK, Theme.bold());
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
	protected void refreshVisuals() {
		VirtualSwitch v = (VirtualSwitch) getModel();
		StringBuilder detail = new StringBuilder(v.getType().getLiteral() + " " + v.getTransport().getLiteral());
		if (v.getVlanMode() == VlanMode.AWARE) {
			detail.append(" VLAN AWARE").append(v.getDefaultVlan() > 0 ? " " + v.getDefaultVlan() : "");
		}
		CecPart.append(detail, v.getPortAssignment().getLiteral());
		CecPart.append(detail, v.getUplinks().size() + (v.getUplinks().size() == 1 ? " uplink" : " uplinks"));
		((NodeFigure) getFigure()).setTexts("VSWITCH " + CecPart.nameOr(v.getName(), "?"), detail.toString());
	}
}
