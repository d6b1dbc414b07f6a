package ssiplan.diagram.policies;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import ssiplan.diagram.commands.CreateCommands;
import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.view.DiagramContext;

/** ISFC link, CTC and VSWITCH uplink tools: from a member to another member (or to a switch). */
public final class ConnectPolicy extends GraphicalNodeEditPolicy {

	private CreateCommands commands() {
		return new CreateCommands((DiagramContext) getHost().getViewer().getContents().getModel());
	}

	@Override
	protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
		if (!commands().canStart(getHost().getModel(), request.getNewObject())) {
			return null;
		}
		// GEF wants a start command; the real command is built when the target is known
		Command start = new Command("Connect") {
		};
		request.setStartCommand(start);
		return start;
	}

	@Override
	protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
		if (request.getStartCommand() == null || request.getSourceEditPart() == null) {
			return null;
		}
		return EmfGefCommand.wrap(commands().connect(request.getSourceEditPart().getModel(), getHost().getModel(),
				request.getNewObject()));
	}

	@Override
	public EditPart getTargetEditPart(Request request) {
		if (RequestConstants.REQ_CONNECTION_END.equals(request.getType())) {
			return getConnectionCompleteCommand((CreateConnectionRequest) request) != null ? getHost() : null;
		}
		if (RequestConstants.REQ_CONNECTION_START.equals(request.getType())) {
			return commands().canStart(getHost().getModel(), ((CreateConnectionRequest) request).getNewObject()) ? getHost() : null;
		}
		return super.getTargetEditPart(request);
	}

	@Override
	protected Command getReconnectSourceCommand(ReconnectRequest request) {
		return null;
	}

	@Override
	protected Command getReconnectTargetCommand(ReconnectRequest request) {
		return null;
	}
}
