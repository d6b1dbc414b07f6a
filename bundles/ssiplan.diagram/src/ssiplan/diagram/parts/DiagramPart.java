package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.Label;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;

import ssiplan.diagram.commands.NameFeatures;
import ssiplan.diagram.decorations.Problem;
import ssiplan.diagram.figures.Decorated;
import ssiplan.diagram.policies.CreateChildPolicy;
import ssiplan.diagram.policies.DeletePolicy;
import ssiplan.diagram.policies.NameDirectEditPolicy;
import ssiplan.diagram.view.DiagramContents;
import ssiplan.diagram.view.DiagramContext;

/**
 * Base of the node edit parts: the shared context, the model element a node stands for (what the
 * workbench selection carries and what decorations attach to), delete, direct edit of the name and
 * creation of children. Nodes are refreshed by {@link InstallationDiagramPart}, which listens to the model.
 */
public abstract class DiagramPart extends AbstractGraphicalEditPart implements NodeEditPart {

	public DiagramContext context() {
		return (DiagramContext) getViewer().getContents().getModel();
	}

	protected DiagramContents contents() {
		return context().contents();
	}

	/** The model element this node stands for (selection, decorations, delete). */
	public EObject element() {
		return getModel() instanceof EObject e ? e : null;
	}

	/** Whether Delete removes {@link #element()} from the model. */
	public boolean isDeletable() {
		return getModel() instanceof EObject;
	}

	/** The label direct edit opens over, or null when the node has no editable name. */
	public Label nameLabel() {
		return null;
	}

	@Override
	protected void createEditPolicies() {
		NonResizableEditPolicy selection = new NonResizableEditPolicy();
		selection.setDragAllowed(false);
		installEditPolicy(EditPolicy.PRIMARY_DRAG_ROLE, selection);
		if (isDeletable()) {
			installEditPolicy(EditPolicy.COMPONENT_ROLE, new DeletePolicy());
		}
		if (element() != null && NameFeatures.of(element()) != null) {
			installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameDirectEditPolicy());
		}
		installEditPolicy(CreateChildPolicy.ROLE, new CreateChildPolicy());
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType()) && nameLabel() != null
				&& getEditPolicy(EditPolicy.DIRECT_EDIT_ROLE) != null) {
			new NameEditManager(this, nameLabel(), (String) element().eGet(NameFeatures.of(element()))).show();
			return;
		}
		super.performRequest(request);
	}

	/** Shows findings about this node's element on its figure. */
	public void showProblems(List<Problem> problems) {
		if (getFigure() instanceof Decorated decorated && !decorated.problems().equals(problems)) {
			decorated.setProblems(problems);
		}
	}

	/** Redraws this node's own texts and colours (not its children); the fast path of a model change. */
	public void refreshVisualsNow() {
		refreshVisuals();
	}

	@Override
	protected List<?> getModelSourceConnections() {
		return contents().sourceConnections(getModel());
	}

	@Override
	protected List<?> getModelTargetConnections() {
		return contents().targetConnections(getModel());
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getSourceConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}

	@Override
	public ConnectionAnchor getTargetConnectionAnchor(Request request) {
		return new ChopboxAnchor(getFigure());
	}
}
