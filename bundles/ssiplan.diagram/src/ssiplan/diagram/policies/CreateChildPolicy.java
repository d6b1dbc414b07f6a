package ssiplan.diagram.policies;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import ssiplan.diagram.commands.CreateCommands;
import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.view.DiagramContext;

/**
 * Creation on nested nodes (LPAR in a CEC, member in an LPAR, guest on a member...). A node that does
 * not take the new element is no target, so the request falls through to its container: dropping a
 * volume on a guest tile puts it into that guest's member.
 */
public final class CreateChildPolicy extends GraphicalEditPolicy {

	public static final String ROLE = "ssiplan.createChild";

	private Command command(Request request) {
		if (!RequestConstants.REQ_CREATE.equals(request.getType()) || !(request instanceof CreateRequest create)) {
			return null;
		}
		DiagramContext context = (DiagramContext) getHost().getViewer().getContents().getModel();
		return EmfGefCommand.wrap(new CreateCommands(context).create(getHost().getModel(), create.getNewObject()));
	}

	@Override
	public Command getCommand(Request request) {
		return command(request);
	}

	@Override
	public EditPart getTargetEditPart(Request request) {
		return command(request) != null ? getHost() : null;
	}
}
