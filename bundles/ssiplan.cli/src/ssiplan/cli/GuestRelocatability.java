package ssiplan.cli;

import java.util.ArrayList;
import java.util.List;

import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.GuestOs;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.NicDef;
import ssiplan.model.RealDevice;
import ssiplan.model.SegmentPageType;
import ssiplan.model.SegmentUse;
import ssiplan.model.VirtualMachine;
import ssiplan.model.derived.EffectiveDomain;
import ssiplan.model.derived.RelocationDomains;

/**
 * Whether a guest can be relocated, read from the directory as modelled: the blockers of reference
 * §3.3 that the model can show, each as a short reason a systems programmer recognises. An empty list
 * means "relocatable" as far as the model tells; it is not VMRELOCATE TEST (no run-time state,
 * storage or link checks).
 */
final class GuestRelocatability {

	private GuestRelocatability() {
	}

	static List<String> blockers(VirtualMachine guest) {
		List<String> reasons = new ArrayList<>();
		if (guest instanceof IdentityEntry) {
			reasons.add("multiconfiguration (IDENTITY)");
			return reasons;
		}
		if (!guest.isRelocatable()) {
			reasons.add("VMRELOCATE OFF");
		}
		if (guest.getGuestOs() != GuestOs.LINUX) {
			reasons.add("guest OS " + guest.getGuestOs().getLiteral() + " (LGR moves Linux guests)");
		}
		EffectiveDomain domain = RelocationDomains.effectiveDomain(guest).orElse(null);
		List<Member> targets = domain == null ? List.of() : domain.members();
		if (domain != null && targets.size() < 2) {
			reasons.add("domain " + domain.name() + " has only " + names(targets));
		}
		for (Minidisk disk : guest.getMinidisks()) {
			if (disk.getKind() == MinidiskKind.TDISK) {
				reasons.add("T-disk " + disk.getVaddr());
			} else if (disk.getKind() == MinidiskKind.MDISK) {
				List<Member> missing = notReaching(disk.getVolume(), targets);
				if (!missing.isEmpty()) {
					reasons.add("minidisk " + disk.getVaddr() + " on " + volser(disk.getVolume()) + " not reached by " + names(missing));
				}
			}
		}
		for (DedicatedDevice dedicated : guest.getDedicatedDevices()) {
			RealDevice device = dedicated.getDevice();
			if (device == null) {
				reasons.add("dedicated " + (dedicated.getRdev() == null ? dedicated.getVaddr() : dedicated.getRdev())
						+ " (real device without EQID)");
			} else if (device.getEqid() == null || device.getEqid().isBlank()) {
				reasons.add("dedicated " + device.getName() + " without EQID");
			} else {
				List<Member> missing = new ArrayList<>();
				for (Member member : targets) {
					if (!hasEquivalent(device, member)) {
						missing.add(member);
					}
				}
				if (!missing.isEmpty()) {
					reasons.add("no EQID " + device.getEqid() + " device on " + names(missing));
				}
			}
		}
		for (NicDef nic : guest.getNics()) {
			if (nic.getVswitch() == null) {
				reasons.add("NIC " + nic.getVaddr() + " not on a VSWITCH");
				continue;
			}
			List<Member> missing = new ArrayList<>();
			for (Member member : targets) {
				if (nic.getVswitch().getUplinks().stream().noneMatch(u -> u.getMember() == member)) {
					missing.add(member);
				}
			}
			if (!missing.isEmpty()) {
				reasons.add("VSWITCH " + nic.getVswitch().getName() + " not on " + names(missing));
			}
		}
		for (SegmentUse segment : guest.getSegments()) {
			if (isExclusive(segment.getPageType())) {
				reasons.add("exclusive saved segment " + segment.getName() + " (" + segment.getPageType().getLiteral() + ")");
			}
		}
		return reasons;
	}

	private static boolean isExclusive(SegmentPageType type) {
		return type == SegmentPageType.EW || type == SegmentPageType.ER || type == SegmentPageType.EN;
	}

	private static boolean hasEquivalent(RealDevice device, Member member) {
		if (!(member.eContainer() != null && member.eContainer().eContainer() instanceof Installation installation)) {
			return false;
		}
		return installation.getRealDevices().stream().anyMatch(d -> device.getEqid().equals(d.getEqid())
				&& d.eClass() == device.eClass() && d.getDeviceNumbers().stream().anyMatch(n -> n.getMember() == member));
	}

	private static List<Member> notReaching(DasdVolume volume, List<Member> members) {
		List<Member> missing = new ArrayList<>();
		for (Member member : members) {
			if (volume == null || volume.getDeviceNumbers().stream().noneMatch(n -> n.getMember() == member)) {
				missing.add(member);
			}
		}
		return missing;
	}

	private static String volser(DasdVolume volume) {
		return volume == null ? "(no volume)" : volume.getVolser();
	}

	private static String names(List<Member> members) {
		return String.join(", ", members.stream().map(Member::getName).toList());
	}
}
