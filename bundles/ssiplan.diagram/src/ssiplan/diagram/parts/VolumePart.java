package ssiplan.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;

import ssiplan.diagram.figures.TileFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.model.DasdVolume;
import ssiplan.model.Installation;
import ssiplan.model.SsiCluster;
import ssiplan.model.format.ElementLabels;
import ssiplan.diagram.view.MirrorPair;

/** A DASD volume: volser, use and device type; marked PDR when a cluster keeps its PDR on it; its mirror partner. */
public final class VolumePart extends DiagramPart {

	@Override
	protected IFigure createFigure() {
		TileFigure tile = new TileFigure(Theme.WHITE);
		tile.setOutline(Theme.POOL_BORDER);
		return tile;
	}

	@Override
	public Label nameLabel() {
		return ((TileFigure) getFigure()).nameLabel();
	}

	@Override
	protected void refreshVisuals() {
		DasdVolume v = (DasdVolume) getModel();
		TileFigure tile = (TileFigure) getFigure();
		tile.setBackgroundColor(Theme.volumeColour(v.getUse()));
		String name = CecPart.nameOr(v.getVolser(), "??????") + (isPdr(v) ? "  PDR" : "");
		StringBuilder detail = new StringBuilder(useText(v) + " " + v.getDeviceType().getLiteral());
		MirrorPair pair = contents().mirrorOf(v);
		if (pair != null) {
			DasdVolume other = pair.primary() == v ? pair.secondary() : pair.primary();
			detail.append(" \u21c4 ").append(CecPart.nameOr(other.getVolser(), "?"));
		}
		if (pair != null && v.getSite() != null && !v.getSite().isBlank()) {
			detail.append(" @").append(v.getSite()); // the site matters where a volume is mirrored to another
		}
		tile.setTexts(name, detail.toString());
		tile.setInfo(ElementLabels.of(v) + (v.getSite() == null ? "" : " at " + v.getSite()) + (v.getOwnerMember() != null ? ", owned by " + v.getOwnerMember().getName() : ""));
	}

	private static String useText(DasdVolume v) {
		return switch (v.getUse()) {
			case SYSRES -> "sysres";
			case COMMON -> "common";
			case RELEASE -> "release";
			case SPOOL -> "spool";
			case PAGE -> "paging";
			case TDISK -> "T-disk";
			case USER_SHARED -> "user";
			case USER_LOCAL -> "user (local)";
		};
	}

	private static boolean isPdr(DasdVolume v) {
		if (v.eContainer() instanceof Installation installation) {
			for (SsiCluster cluster : installation.getClusters()) {
				if (cluster.getPdrVolume() == v) {
					return true;
				}
			}
		}
		return false;
	}
}
