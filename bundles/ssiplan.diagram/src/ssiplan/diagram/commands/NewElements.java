package ssiplan.diagram.commands;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import ssiplan.model.Cec;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.VswitchTransport;
import ssiplan.model.VswitchType;

/**
 * The elements palette tools create, with the defaults a planner would type first (names are made
 * unique when the element is placed, see {@link CreateCommands}). One factory per tool.
 */
public final class NewElements implements org.eclipse.gef.requests.CreationFactory {

	private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

	private final EClass type;
	private final VolumeUse use;

	public NewElements(EClass type) {
		this(type, null);
	}

	/** A volume factory with a given use (shared pool volumes vs. paging next to a member). */
	public NewElements(EClass type, VolumeUse use) {
		this.type = type;
		this.use = use;
	}

	@Override
	public Object getObjectType() {
		return type;
	}

	public VolumeUse volumeUse() {
		return use;
	}

	@Override
	public Object getNewObject() {
		EObject created = F.create(type);
		switch (created) {
			case Cec cec -> {
				cec.setMachineType(MachineType.Z16);
				cec.setMemoryGiB(512);
				cec.setIflCount(16);
			}
			case Lpar lpar -> {
				lpar.setMemoryGiB(64);
				lpar.setLogicalProcessors(4);
			}
			case Member member -> member.setRealMemoryGiB(64);
			case DasdVolume volume -> {
				volume.setDeviceType(DasdDeviceType.D3390_9);
				volume.setCylinders(10017);
				volume.setUse(use == null ? VolumeUse.USER_SHARED : use);
			}
			case VirtualSwitch vswitch -> {
				vswitch.setType(VswitchType.QDIO);
				vswitch.setTransport(VswitchTransport.ETHERNET);
			}
			case UserEntry guest -> {
				guest.setStorageMiB(4096);
				guest.setMaxStorageMiB(8192);
				guest.setVirtualCpus(2);
				guest.setRelocatable(true);
			}
			case IsfcLink link -> link.getCtcConnections().add(F.createCtcConnection());
			case CtcConnection ctc -> { /* devices and CHPIDs are chosen when both members are known */ }
			case OsaDevice osa -> { /* named when placed */ }
			case VswitchUplink uplink -> { /* member and OSA set when connected */ }
			default -> { }
		}
		return created;
	}

	public static NewElements of(EClass type) {
		return new NewElements(type);
	}
}
