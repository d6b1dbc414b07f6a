package ssiplan.diagram.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import ssiplan.diagram.commands.CreateCommands;
import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.parts.DiagramPart;

/** Delete removes the element from the model (EMF DeleteCommand: references to it are cleared too). */
public final class DeletePolicy extends ComponentEditPolicy {

	@Override
	protected Command createDeleteCommand(GroupRequest request) {
		DiagramPart host = (DiagramPart) getHost();
		EObject element = host.element();
		if (element == null || !host.isDeletable()) {
			return null;
		}
		return EmfGefCommand.wrap(new CreateCommands(host.context()).delete(element));
	}
}
