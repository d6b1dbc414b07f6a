package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.GridLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;

import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.commands.SetExpandedCommand;
import ssiplan.diagram.figures.TileFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.view.GuestGroup;
import ssiplan.diagram.view.GuestInstance;
import ssiplan.diagram.view.ModelIds;
import ssiplan.model.format.StorageSize;

/**
 * The guests on one member: a summary line (count, storage, how many can relocate) over a grid of
 * tiles. Above {@link ssiplan.diagram.view.DiagramContext#GUEST_TILE_THRESHOLD} guests the grid stays
 * closed until the user opens it (double-click); that state is kept in the layout file.
 */
public final class GuestGroupPart extends DiagramPart {

	public static final int COLUMNS = 2;

	private TileFigure summary;
	private Figure grid;

	public GuestGroup group() {
		return (GuestGroup) getModel();
	}

	@Override
	protected IFigure createFigure() {
		Figure figure = new Figure();
		ToolbarLayout layout = new ToolbarLayout(false);
		layout.setSpacing(3);
		layout.setStretchMinorAxis(true);
		figure.setLayoutManager(layout);
		summary = new TileFigure(Theme.WHITE);
		figure.add(summary);
		grid = new Figure();
		GridLayout gridLayout = new GridLayout(COLUMNS, true);
		gridLayout.horizontalSpacing = 3;
		gridLayout.verticalSpacing = 3;
		gridLayout.marginHeight = 0;
		gridLayout.marginWidth = 0;
		grid.setLayoutManager(gridLayout);
		figure.add(grid);
		return figure;
	}

	@Override
	public IFigure getContentPane() {
		return grid;
	}

	@Override
	public EObject element() {
		return group().member();
	}

	@Override
	public boolean isDeletable() {
		return false;
	}

	@Override
	protected void addChildVisual(org.eclipse.gef.EditPart child, int index) {
		IFigure figure = ((org.eclipse.gef.GraphicalEditPart) child).getFigure();
		grid.add(figure, new org.eclipse.draw2d.GridData(org.eclipse.draw2d.GridData.FILL_HORIZONTAL), index);
	}

	@Override
	protected List<?> getModelChildren() {
		return contents().guestGroupChildren(group());
	}

	public boolean isAggregated() {
		return contents().isAggregated(group());
	}

	public String summaryText() {
		return summary.nameText() + " " + summary.detailText();
	}

	@Override
	protected void refreshVisuals() {
		List<GuestInstance> guests = contents().guestsOn(group().member());
		long storage = guests.stream().mapToLong(g -> g.guest().getStorageMiB()).sum();
		long relocatable = guests.stream().filter(g -> g.guest().isRelocatable()).count();
		boolean many = guests.size() > ssiplan.diagram.view.DiagramContext.GUEST_TILE_THRESHOLD;
		boolean aggregated = isAggregated();
		String arrow = many ? (aggregated ? "\u25b8 " : "\u25be ") : "";
		summary.setTexts(arrow + guests.size() + (guests.size() == 1 ? " guest" : " guests"),
				StorageSize.ofMiB(storage) + " defined  \u00b7  " + relocatable + " relocatable"
						+ (aggregated ? "  \u00b7  double-click to show" : ""));
		summary.setStripe(aggregated ? Theme.ISFC : null);
		grid.setVisible(!aggregated);
	}

	/** Double-click opens or closes an aggregated group. */
	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_OPEN.equals(request.getType())) {
			toggle();
			return;
		}
		super.performRequest(request);
	}

	public void toggle() {
		String key = ModelIds.keyOf(group());
		boolean expanded = context().layout().isExpanded(key);
		getViewer().getEditDomain().getCommandStack()
				.execute(EmfGefCommand.wrap(new SetExpandedCommand(context().layout(), key, !expanded)));
	}
}
