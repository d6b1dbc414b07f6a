package ssiplan.diagram.policies;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.commands.NameFeatures;
import ssiplan.diagram.parts.DiagramPart;

/** Renames the element (system name, userid, volser, switch name...) with an undoable SetCommand. */
public final class NameDirectEditPolicy extends DirectEditPolicy {

	@Override
	protected Command getDirectEditCommand(DirectEditRequest request) {
		DiagramPart host = (DiagramPart) getHost();
		EObject element = host.element();
		EAttribute feature = NameFeatures.of(element);
		Object value = request.getCellEditor().getValue();
		if (feature == null || !(value instanceof String text) || text.isBlank()) {
			return null;
		}
		return EmfGefCommand.wrap(SetCommand.create(host.context().domain(), element, feature, NameFeatures.normalise(text)));
	}

	@Override
	protected void showCurrentEditValue(DirectEditRequest request) {
		// the figure shows the new name once the command has run
	}
}
