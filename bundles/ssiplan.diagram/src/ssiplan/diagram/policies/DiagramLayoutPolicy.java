package ssiplan.diagram.policies;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import ssiplan.diagram.commands.CreateCommands;
import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.commands.SetBoundsCommand;
import ssiplan.diagram.view.DiagramContext;
import ssiplan.model.Cec;
import ssiplan.model.Member;

/** Moving and resizing the top-level nodes (CECs, pool, network), and creating CECs where dropped. */
public final class DiagramLayoutPolicy extends XYLayoutEditPolicy {

	private DiagramContext context() {
		return (DiagramContext) getHost().getModel();
	}

	@Override
	protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
		Map<Object, Rectangle> bounds = new LinkedHashMap<>();
		Rectangle r = ((Rectangle) constraint).getCopy();
		bounds.put(child.getModel(), r);
		return EmfGefCommand.wrap(new SetBoundsCommand("Move", context().layout(), bounds));
	}

	@Override
	protected Command getCreateCommand(CreateRequest request) {
		Object created = request.getNewObject();
		org.eclipse.emf.common.command.Command add = new CreateCommands(context()).create(context(), created);
		if (add == null) {
			return null;
		}
		if (!(created instanceof Cec || created instanceof Member)) {
			return EmfGefCommand.wrap(add);
		}
		Rectangle where = ((Rectangle) getConstraintFor(request)).getCopy();
		where.width = -1;
		where.height = -1;
		CompoundCommand both = new CompoundCommand(add.getLabel());
		both.append(add);
		both.append(new SetBoundsCommand("Place", context().layout(), Map.of(created, where)));
		return EmfGefCommand.wrap(both);
	}

	@Override
	protected Command getDeleteDependantCommand(Request request) {
		return null;
	}

	@Override
	protected Command createAddCommand(EditPart child, Object constraint) {
		return null; // nodes are not re-parented by dragging; the model decides where they belong
	}
}
