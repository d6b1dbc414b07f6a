package ssiplan.diagram.parts;

import java.util.List;

import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;

import ssiplan.diagram.figures.NodeFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.model.Cec;
import ssiplan.model.format.StorageSize;

/** A CEC: a container with its CHPIDs in a strip along the top edge and its LPARs side by side below. */
public final class CecPart extends DiagramPart {

	private IFigure lpars;

	public Cec cec() {
		return (Cec) getModel();
	}

	@Override
	protected IFigure createFigure() {
		NodeFigure figure = new NodeFigure(Theme.CEC_BORDER, Theme.CEC_FILL, Theme.CEC_HEADER, Theme.WHITE, Theme.title());
		figure.setBorderStyle(Theme.CEC_BORDER, 2);
		FlowLayout strip = new FlowLayout(true);
		strip.setMajorSpacing(4);
		strip.setMinorSpacing(4);
		figure.setBodyLayout(strip);
		ToolbarLayout row = new ToolbarLayout(true);
		row.setSpacing(12);
		lpars = figure.addCompartment(row, 8);
		return figure;
	}

	@Override
	public Label nameLabel() {
		return ((NodeFigure) getFigure()).titleLabel();
	}

	@Override
	public IFigure getContentPane() {
		return ((NodeFigure) getFigure()).body();
	}

	@Override
	protected void addChildVisual(EditPart child, int index) {
		IFigure figure = ((GraphicalEditPart) child).getFigure();
		int chpidsBefore = chpidsBefore(index);
		if (child instanceof ChpidPart) {
			getContentPane().add(figure, chpidsBefore);
		} else {
			lpars.add(figure, Math.min(index - chpidsBefore, lpars.getChildren().size()));
		}
	}

	@Override
	protected void removeChildVisual(EditPart child) {
		IFigure figure = ((GraphicalEditPart) child).getFigure();
		figure.getParent().remove(figure);
	}

	private int chpidsBefore(int index) {
		int count = 0;
		List<?> children = getChildren();
		for (int i = 0; i < index && i < children.size(); i++) {
			if (children.get(i) instanceof ChpidPart) {
				count++;
			}
		}
		return count;
	}

	@Override
	protected List<?> getModelChildren() {
		return contents().cecChildren(cec());
	}

	@Override
	protected void refreshVisuals() {
		Cec cec = cec();
		String type = cec.getMachineType() == null ? "" : cec.getMachineType().getLiteral() + " (" + cec.getMachineType().getValue() + ")";
		StringBuilder detail = new StringBuilder();
		if (cec.getMemoryGiB() > 0) {
			detail.append(StorageSize.ofGiB(cec.getMemoryGiB()));
		}
		append(detail, cec.getIflCount() > 0 ? cec.getIflCount() + " IFL" : null);
		append(detail, cec.getCpCount() > 0 ? cec.getCpCount() + " CP" : null);
		append(detail, cec.getLpars().size() + (cec.getLpars().size() == 1 ? " LPAR" : " LPARs"));
		append(detail, cec.getSite() == null || cec.getSite().isBlank() ? null : "site " + cec.getSite());
		((NodeFigure) getFigure()).setTexts(nameOr(cec.getName(), "CEC") + "   " + type, detail.toString());
		TopLevel.place(this);
	}

	static void append(StringBuilder b, String part) {
		if (part != null && !part.isEmpty()) {
			if (b.length() > 0) {
				b.append("  \u00b7  ");
			}
			b.append(part);
		}
	}

	static String nameOr(String name, String fallback) {
		return name == null || name.isBlank() ? fallback : name;
	}
}
