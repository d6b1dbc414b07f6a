package ssiplan.diagram.parts;

import java.util.stream.Collectors;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;

import ssiplan.diagram.figures.TileFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.model.OsaDevice;

/** An OSA port: name, EQID (what LGR matches on) and LAN segment, with its device number per member. */
public final class OsaPart extends DiagramPart {

	@Override
	protected IFigure createFigure() {
		TileFigure tile = new TileFigure(Theme.OSA_FILL);
		tile.setOutline(Theme.NETWORK_BORDER);
		return tile;
	}

	@Override
	public Label nameLabel() {
		return ((TileFigure) getFigure()).nameLabel();
	}

	@Override
	protected void refreshVisuals() {
		OsaDevice osa = (OsaDevice) getModel();
		String eqid = osa.getEqid() == null || osa.getEqid().isBlank() ? "no EQID" : "EQID " + osa.getEqid();
		String lan = osa.getLanSegment() == null || osa.getLanSegment().isBlank() ? "" : " \u00b7 " + osa.getLanSegment();
		((TileFigure) getFigure()).setTexts("OSA " + CecPart.nameOr(osa.getName(), "?"), eqid + lan);
		((TileFigure) getFigure()).setInfo(osa.getDeviceNumbers().stream()
				.map(n -> (n.getMember() == null ? "?" : n.getMember().getName()) + " " + n.getRdev())
				.collect(Collectors.joining(", ", "Device numbers: ", "")));
	}
}
