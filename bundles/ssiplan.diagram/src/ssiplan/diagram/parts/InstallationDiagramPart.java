package ssiplan.diagram.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.eclipse.swt.widgets.Display;

import ssiplan.diagram.decorations.Problem;
import ssiplan.diagram.figures.LaneRouter;
import ssiplan.diagram.figures.LinkFigure;
import ssiplan.diagram.figures.ProblemMarker;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.policies.DiagramLayoutPolicy;
import ssiplan.diagram.view.DiagramContext;
import ssiplan.diagram.view.DiagramLayout;
import ssiplan.diagram.view.GuestGroup;
import ssiplan.diagram.view.GuestInstance;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Member;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;

/**
 * The diagram itself (contents of the viewer, model = {@link DiagramContext}). It keeps the picture a
 * live view of the model: an EMF content adapter on the installation refreshes what a change touches
 * at once (an attribute: that element's figures) and then, coalesced on the UI thread, the structure
 * and the validation decorations.
 */
public final class InstallationDiagramPart extends DiagramPart implements DiagramLayout.Listener {

	private final LaneRouter isfcRouter = new LaneRouter(true, LinkFigure.class);
	private final LaneRouter uplinkRouter = new LaneRouter(false, LinkFigure.class);
	private final Label banner = new Label();
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				modelChanged(notification);
			}
		}
	};
	private boolean refreshPending;
	private List<Problem> problems = List.of();
	private long refreshCount;

	public DiagramContext diagram() {
		return (DiagramContext) getModel();
	}

	@Override
	public EObject element() {
		return diagram().installation();
	}

	@Override
	public boolean isDeletable() {
		return false;
	}

	public LaneRouter isfcRouter() {
		return isfcRouter;
	}

	public LaneRouter uplinkRouter() {
		return uplinkRouter;
	}

	@Override
	protected IFigure createFigure() {
		FreeformLayer layer = new FreeformLayer();
		layer.setLayoutManager(new FreeformLayout());
		banner.setFont(Theme.bold());
		banner.setForegroundColor(Theme.ERROR);
		banner.setLabelAlignment(PositionConstants.LEFT);
		banner.setBorder(new MarginBorder(2, 4, 2, 4));
		banner.setVisible(false);
		layer.add(banner, new Rectangle(4, 4, -1, -1));
		// lanes depend on where every node is and on the other links: re-route all links after the nodes moved
		layer.addLayoutListener(new org.eclipse.draw2d.LayoutListener.Stub() {
			@Override
			public void postLayout(IFigure container) {
				rerouteConnections();
			}
		});
		return layer;
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new DiagramLayoutPolicy());
	}

	@Override
	protected List<?> getModelChildren() {
		return contents().rootChildren();
	}

	@Override
	protected void addChildVisual(EditPart child, int index) {
		// the banner is the layer's first figure and no edit part's
		getContentPane().add(((GraphicalEditPart) child).getFigure(), index + 1);
	}

	@Override
	protected void refreshVisuals() {
		// the layer has nothing of its own to show besides the banner (see showProblems)
	}

	@Override
	public void activate() {
		super.activate();
		diagram().installation().eAdapters().add(modelListener);
		diagram().layout().addListener(this);
		refreshProblems();
	}

	@Override
	public void deactivate() {
		diagram().layout().removeListener(this);
		diagram().installation().eAdapters().remove(modelListener);
		super.deactivate();
	}

	/** How many full refreshes ran (for the benchmark and tests). */
	public long refreshCount() {
		return refreshCount;
	}

	@Override
	public void layoutChanged() {
		refreshNow();
	}

	private void modelChanged(Notification notification) {
		if (notification.getFeature() instanceof EAttribute && notification.getNotifier() instanceof EObject element) {
			// fast path: the element's own figures now (e.g. a member's state colour during an animation)
			for (Object part : partsOf(element)) {
				if (part instanceof DiagramPart node) {
					node.refreshVisualsNow();
				} else if (part instanceof LinkPart link) {
					link.refresh();
				}
			}
		}
		scheduleRefresh();
	}

	private void scheduleRefresh() {
		if (refreshPending) {
			return;
		}
		refreshPending = true;
		Display display = Display.getCurrent();
		if (display == null) {
			refreshNow();
		} else {
			display.asyncExec(() -> {
				if (refreshPending && isActive()) {
					refreshNow();
				}
			});
		}
	}

	/** Brings every figure up to date with the model and re-runs the decorations; called coalesced after changes. */
	public void refreshNow() {
		refreshPending = false;
		if (!isActive()) {
			return;
		}
		refreshCount++;
		refreshTree(this);
		refreshProblems();
		rerouteConnections();
	}

	private static void refreshTree(EditPart part) {
		part.refresh();
		for (Object child : new ArrayList<>(part.getChildren())) {
			refreshTree((EditPart) child);
		}
		if (part instanceof GraphicalEditPart graphical) {
			for (Object connection : new ArrayList<>(graphical.getSourceConnections())) {
				((EditPart) connection).refresh();
			}
		}
	}

	/** Runs the problem source and puts each finding on the nearest drawn figure of its element. */
	public void refreshProblems() {
		List<Problem> all;
		try {
			all = diagram().problems().problemsOf(diagram().installation());
		} catch (RuntimeException e) {
			all = List.of(new Problem("DIAGRAM", Problem.Severity.WARNING, "validation failed: " + e, null));
		}
		Map<Object, List<Problem>> byPart = new HashMap<>();
		for (Problem problem : all) {
			Object part = partFor(problem.element());
			byPart.computeIfAbsent(part == null ? this : part, k -> new ArrayList<>()).add(problem);
		}
		for (Object part : new ArrayList<>(getViewer().getEditPartRegistry().values())) {
			List<Problem> mine = byPart.getOrDefault(part, List.of());
			if (part == this) {
				showBanner(mine);
			} else if (part instanceof DiagramPart node) {
				node.showProblems(mine);
			} else if (part instanceof LinkPart link) {
				link.showProblems(mine);
			}
		}
	}

	public List<Problem> installationProblems() {
		return problems;
	}

	private void showBanner(List<Problem> mine) {
		problems = List.copyOf(mine);
		banner.setVisible(!mine.isEmpty());
		banner.setText(mine.isEmpty() ? "" : "\u26a0 " + mine.size() + (mine.size() == 1 ? " finding" : " findings")
				+ " about the installation: " + mine.get(0).text() + (mine.size() > 1 ? " \u2026" : ""));
		banner.setToolTip(ProblemMarker.tooltip(mine));
	}

	/** The drawn part nearest to {@code element}: its own, else a guest tile or group, else a container's. */
	private Object partFor(EObject element) {
		Map<?, ?> registry = getViewer().getEditPartRegistry();
		for (EObject e = element; e != null; e = e.eContainer()) {
			Object part = registry.get(e);
			if (part != null && part != this) {
				return part;
			}
			if (e instanceof VirtualMachine vm) {
				for (Member member : membersRunning(vm)) {
					Object tile = registry.get(new GuestInstance(vm, member));
					Object group = registry.get(new GuestGroup(member));
					if (tile != null || group != null) {
						return tile != null ? tile : group;
					}
				}
			}
		}
		return null;
	}

	private static List<Member> membersRunning(VirtualMachine vm) {
		List<Member> members = new ArrayList<>();
		if (vm instanceof UserEntry user && user.getHomeMember() != null) {
			members.add(user.getHomeMember());
		} else if (vm instanceof IdentityEntry identity) {
			for (Subconfig sub : identity.getSubconfigs()) {
				if (sub.getMember() != null) {
					members.add(sub.getMember());
				}
			}
		}
		return members;
	}

	/** The parts drawing {@code element} (a guest may be drawn on several members). */
	public List<Object> partsOf(EObject element) {
		List<Object> parts = new ArrayList<>();
		Map<?, ?> registry = getViewer().getEditPartRegistry();
		Object part = registry.get(element);
		if (part != null) {
			parts.add(part);
		}
		if (element instanceof VirtualMachine vm) {
			for (Member member : membersRunning(vm)) {
				Object tile = registry.get(new GuestInstance(vm, member));
				if (tile != null) {
					parts.add(tile);
				}
			}
		}
		return parts;
	}

	/** Where a top-level node without a stored place goes: right of everything placed so far. */
	Rectangle freeSpot(DiagramPart part) {
		int right = 20;
		int top = Integer.MAX_VALUE;
		for (Object child : getChildren()) {
			if (child == part) {
				continue;
			}
			Rectangle r = ((GraphicalEditPart) child).getFigure().getBounds();
			if (r.width > 0) {
				right = Math.max(right, r.right() + 40);
				top = Math.min(top, r.y);
			}
		}
		return new Rectangle(right, top == Integer.MAX_VALUE ? LaneRouter.laneSpace(2) : top, -1, -1);
	}

	/** Makes every link route again (their lanes depend on each other and on all nodes). */
	public void rerouteConnections() {
		if (getViewer() == null) {
			return;
		}
		IFigure connections = getLayer(LayerConstants.CONNECTION_LAYER);
		if (connections != null) {
			for (Object child : connections.getChildren()) {
				((IFigure) child).revalidate();
			}
		}
	}

	/** The connection layer (for exports and tests). */
	public ConnectionLayer connectionLayer() {
		return (ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER);
	}
}
