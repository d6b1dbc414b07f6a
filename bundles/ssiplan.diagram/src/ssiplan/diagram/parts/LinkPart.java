package ssiplan.diagram.parts;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.draw2d.ConnectionRouter;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import ssiplan.diagram.commands.CreateCommands;
import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.decorations.Problem;
import ssiplan.diagram.figures.Decorated;
import ssiplan.diagram.figures.LinkFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.view.DiagramContext;
import ssiplan.diagram.view.MirrorPair;
import ssiplan.model.IsfcLink;
import ssiplan.model.SsiplanPackage.Literals;
import ssiplan.model.VswitchUplink;

/** ISFC links between members, VSWITCH uplinks from members, and mirrored volume pairs. */
public final class LinkPart extends AbstractConnectionEditPart {

	public DiagramContext context() {
		return (DiagramContext) getViewer().getContents().getModel();
	}

	/** The model element (an IsfcLink or VswitchUplink; the primary volume of a mirror pair). */
	public EObject element() {
		return getModel() instanceof EObject e ? e : getModel() instanceof MirrorPair p ? p.primary() : null;
	}

	@Override
	protected IFigure createFigure() {
		InstallationDiagramPart root = (InstallationDiagramPart) getViewer().getContents();
		LinkFigure figure;
		ConnectionRouter router;
		if (getModel() instanceof IsfcLink) {
			figure = new LinkFigure(Theme.ISFC, 2, false);
			router = root.isfcRouter();
		} else if (getModel() instanceof VswitchUplink) {
			figure = new LinkFigure(Theme.UPLINK, 1, false);
			router = root.uplinkRouter();
		} else {
			figure = new LinkFigure(Theme.MIRROR, 2, true);
			router = ConnectionRouter.NULL;
		}
		figure.setConnectionRouter(router);
		return figure;
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
		installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionEditPolicy() {
			@Override
			protected Command getDeleteCommand(GroupRequest request) {
				if (getModel() instanceof MirrorPair pair) {
					EObject side = pair.primary().getMirrorPartner() == pair.secondary() ? pair.primary() : pair.secondary();
					return EmfGefCommand.wrap(SetCommand.create(context().domain(), side, Literals.DASD_VOLUME__MIRROR_PARTNER, null));
				}
				return EmfGefCommand.wrap(new CreateCommands(context()).delete((EObject) getModel()));
			}
		});
	}

	@Override
	protected void refreshVisuals() {
		LinkFigure figure = (LinkFigure) getFigure();
		if (getModel() instanceof IsfcLink link) {
			figure.setLabel(IsfcRate.label(link));
		} else if (getModel() instanceof VswitchUplink uplink) {
			figure.setLabel(uplink.getOsaDevices().isEmpty() ? "no OSA" : uplink.getOsaDevices().stream()
					.map(o -> CecPart.nameOr(o.getName(), "OSA") + (o.getEqid() == null || o.getEqid().isBlank() ? "" : " EQID " + o.getEqid()))
					.collect(Collectors.joining(", ")));
		} else {
			figure.setLabel(""); // the tiles say which volume mirrors which; a label per pair would only clutter the pool
		}
	}

	public String labelText() {
		return ((LinkFigure) getFigure()).labelText();
	}

	public void showProblems(List<Problem> problems) {
		if (getFigure() instanceof Decorated decorated && !decorated.problems().equals(problems)) {
			decorated.setProblems(problems);
		}
	}
}
