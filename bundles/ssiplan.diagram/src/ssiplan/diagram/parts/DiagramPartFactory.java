package ssiplan.diagram.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import ssiplan.diagram.view.DiagramContext;
import ssiplan.diagram.view.GuestGroup;
import ssiplan.diagram.view.GuestInstance;
import ssiplan.diagram.view.MemberVolumes;
import ssiplan.diagram.view.MirrorPair;
import ssiplan.diagram.view.NetworkArea;
import ssiplan.diagram.view.SharedDasdPool;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.DasdVolume;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VswitchUplink;

/** Which edit part draws which diagram node. */
public final class DiagramPartFactory implements EditPartFactory {

	@Override
	public EditPart createEditPart(EditPart context, Object model) {
		EditPart part = switch (model) {
			case DiagramContext c -> new InstallationDiagramPart();
			case Cec c -> new CecPart();
			case ChannelPath c -> new ChpidPart();
			case Lpar l -> new LparPart();
			case Member m -> new MemberPart();
			case MemberVolumes v -> new MemberVolumesPart();
			case DasdVolume v -> new VolumePart();
			case GuestGroup g -> new GuestGroupPart();
			case GuestInstance g -> new GuestPart();
			case SharedDasdPool p -> new PoolPart();
			case NetworkArea n -> new NetworkPart();
			case VirtualSwitch v -> new VswitchPart();
			case OsaDevice o -> new OsaPart();
			case IsfcLink l -> new LinkPart();
			case VswitchUplink u -> new LinkPart();
			case MirrorPair p -> new LinkPart();
			default -> throw new IllegalArgumentException("no diagram part for " + model);
		};
		part.setModel(model);
		return part;
	}
}
