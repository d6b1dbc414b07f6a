package ssiplan.diagram.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.emf.ecore.EObject;

import ssiplan.diagram.figures.TileFigure;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.view.GuestInstance;
import ssiplan.model.IdentityEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.format.StorageSize;

/**
 * A guest tile: userid, storage, whether it can relocate (LGR) and how critical it is (the stripe:
 * red tolerates a minute or less of outage, amber ten minutes or less, grey more; none = not stated).
 */
public final class GuestPart extends DiagramPart {

	@Override
	protected IFigure createFigure() {
		return new TileFigure(Theme.GUEST_FIXED);
	}

	@Override
	public EObject element() {
		return ((GuestInstance) getModel()).guest();
	}

	@Override
	public boolean isDeletable() {
		return true; // deletes the guest's directory entry
	}

	@Override
	public Label nameLabel() {
		return ((TileFigure) getFigure()).nameLabel();
	}

	@Override
	protected void refreshVisuals() {
		VirtualMachine vm = ((GuestInstance) getModel()).guest();
		TileFigure tile = (TileFigure) getFigure();
		String kind = vm instanceof IdentityEntry ? "IDENTITY" : vm.isRelocatable() ? "LGR" : "no LGR";
		tile.setTexts(CecPart.nameOr(vm.getUserid(), "?"), StorageSize.ofMiB(vm.getStorageMiB()) + " \u00b7 " + kind);
		tile.setBackgroundColor(vm.isRelocatable() ? Theme.GUEST_RELOCATABLE : Theme.GUEST_FIXED);
		tile.setStripe(criticality(vm));
		String outage = vm.isSetTolerableOutageSeconds() ? ", tolerates " + vm.getTolerableOutageSeconds() + " s outage" : "";
		String domain = vm.getRelocationDomain() != null ? ", domain " + vm.getRelocationDomain().getName() : "";
		tile.setInfo(ssiplan.model.format.ElementLabels.of(vm) + (vm.isRelocatable() ? ", relocatable" : ", not relocatable")
				+ domain + outage);
	}

	static org.eclipse.swt.graphics.Color criticality(VirtualMachine vm) {
		if (!vm.isSetTolerableOutageSeconds()) {
			return null;
		}
		int seconds = vm.getTolerableOutageSeconds();
		return seconds <= 60 ? Theme.CRITICAL : seconds <= 600 ? Theme.IMPORTANT : Theme.ORDINARY;
	}
}
