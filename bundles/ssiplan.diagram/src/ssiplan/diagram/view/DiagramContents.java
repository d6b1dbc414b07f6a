package ssiplan.diagram.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import ssiplan.model.Cec;
import ssiplan.model.DasdVolume;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.RealDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;

/**
 * The mapping from the model to diagram nodes and connections (what Sirius keeps in a viewpoint
 * description): which children each node shows, honouring the layers the user switched on.
 * A connection is only listed when both of its ends are drawn.
 */
public final class DiagramContents {

	private static final EnumSet<VolumeUse> MEMBER_LOCAL = EnumSet.of(VolumeUse.SYSRES, VolumeUse.PAGE,
			VolumeUse.TDISK, VolumeUse.USER_LOCAL);

	private final DiagramContext context;
	private final Installation installation;

	DiagramContents(DiagramContext context) {
		this.context = context;
		this.installation = context.installation();
	}

	private boolean shown(Layer layer) {
		return context.layout().isShown(layer);
	}

	/** Top level: CECs, members not in an LPAR, the shared DASD pool, the network area. */
	public List<Object> rootChildren() {
		List<Object> children = new ArrayList<>(installation.getCecs());
		for (SsiCluster cluster : installation.getClusters()) {
			for (Member member : cluster.getMembers()) {
				if (member.getLpar() == null || member.getLpar().eContainer() == null) {
					children.add(member);
				}
			}
		}
		if (shown(Layer.STORAGE)) {
			children.add(new SharedDasdPool(installation));
		}
		if (shown(Layer.NETWORK)) {
			children.add(new NetworkArea(installation));
		}
		return children;
	}

	public List<Object> cecChildren(Cec cec) {
		List<Object> children = new ArrayList<>();
		if (shown(Layer.TOPOLOGY)) {
			children.addAll(cec.getChannelPaths());
		}
		children.addAll(cec.getLpars());
		return children;
	}

	public List<Object> lparChildren(Lpar lpar) {
		return lpar.getMember() == null ? List.of() : List.of(lpar.getMember());
	}

	public List<Object> memberChildren(Member member) {
		List<Object> children = new ArrayList<>();
		if (shown(Layer.STORAGE) && !localVolumes(member).isEmpty()) {
			children.add(new MemberVolumes(member));
		}
		if (shown(Layer.GUESTS) && !guestsOn(member).isEmpty()) {
			children.add(new GuestGroup(member));
		}
		return children;
	}

	/** Volumes drawn inside their member: member-local use with an owner. */
	public List<DasdVolume> localVolumes(Member member) {
		return installation.getDasdVolumes().stream()
				.filter(v -> v.getOwnerMember() == member && MEMBER_LOCAL.contains(v.getUse()))
				.sorted(Comparator.comparing(DasdVolume::getUse)).toList();
	}

	/**
	 * Volumes in the shared pool: every volume that is not drawn inside a member, by use, each mirrored
	 * volume followed by its partner so a DR pair sits side by side.
	 */
	public List<DasdVolume> sharedVolumes() {
		List<DasdVolume> byUse = installation.getDasdVolumes().stream()
				.filter(v -> !(v.getOwnerMember() != null && v.getOwnerMember().eContainer() != null
						&& MEMBER_LOCAL.contains(v.getUse())))
				.sorted(Comparator.comparing(DasdVolume::getUse)).toList();
		java.util.LinkedHashSet<DasdVolume> ordered = new java.util.LinkedHashSet<>();
		for (DasdVolume volume : byUse) {
			if (ordered.add(volume)) {
				MirrorPair pair = mirrorOf(volume);
				if (pair != null) {
					DasdVolume partner = pair.primary() == volume ? pair.secondary() : pair.primary();
					if (byUse.contains(partner)) {
						ordered.add(partner);
					}
				}
			}
		}
		return new ArrayList<>(ordered);
	}

	/** The guests running on {@code member} when the plan starts: USERs at home there, IDENTITY instances built there. */
	public List<GuestInstance> guestsOn(Member member) {
		List<GuestInstance> guests = new ArrayList<>();
		if (!(member.eContainer() instanceof SsiCluster cluster)) {
			return guests;
		}
		for (VirtualMachine vm : cluster.getVirtualMachines()) {
			if (vm instanceof UserEntry user && user.getHomeMember() == member) {
				guests.add(new GuestInstance(vm, member));
			} else if (vm instanceof IdentityEntry identity) {
				for (Subconfig sub : identity.getSubconfigs()) {
					if (sub.getMember() == member && sub.isLoggedOn()) {
						guests.add(new GuestInstance(vm, member));
						break;
					}
				}
			}
		}
		return guests;
	}

	/** Tiles to draw in a guest group: all of them, unless there are many and the group is collapsed. */
	public List<Object> guestGroupChildren(GuestGroup group) {
		List<GuestInstance> guests = guestsOn(group.member());
		if (guests.size() <= DiagramContext.GUEST_TILE_THRESHOLD || isExpanded(group)) {
			return new ArrayList<>(guests);
		}
		return List.of();
	}

	public boolean isExpanded(GuestGroup group) {
		return context.layout().isExpanded(ModelIds.keyOf(group));
	}

	public boolean isAggregated(GuestGroup group) {
		return guestsOn(group.member()).size() > DiagramContext.GUEST_TILE_THRESHOLD && !isExpanded(group);
	}

	public List<Object> networkChildren() {
		List<Object> children = new ArrayList<>();
		for (SsiCluster cluster : installation.getClusters()) {
			children.addAll(cluster.getVirtualSwitches());
		}
		for (RealDevice device : installation.getRealDevices()) {
			if (device instanceof OsaDevice) {
				children.add(device);
			}
		}
		return children;
	}

	// Connections ----------------------------------------------------------------------------------

	public List<Object> sourceConnections(Object node) {
		List<Object> connections = new ArrayList<>();
		if (node instanceof Member member && member.eContainer() instanceof SsiCluster cluster) {
			if (shown(Layer.TOPOLOGY)) {
				for (IsfcLink link : cluster.getIsfcLinks()) {
					if (link.getMemberA() == member && isDrawn(link.getMemberB())) {
						connections.add(link);
					}
				}
			}
			if (shown(Layer.NETWORK)) {
				for (VirtualSwitch vswitch : cluster.getVirtualSwitches()) {
					for (VswitchUplink uplink : vswitch.getUplinks()) {
						if (uplink.getMember() == member) {
							connections.add(uplink);
						}
					}
				}
			}
		}
		if (node instanceof DasdVolume volume && shown(Layer.STORAGE)) {
			MirrorPair pair = mirrorOf(volume);
			if (pair != null && pair.primary() == volume) {
				connections.add(pair);
			}
		}
		return connections;
	}

	public List<Object> targetConnections(Object node) {
		List<Object> connections = new ArrayList<>();
		if (node instanceof Member member && member.eContainer() instanceof SsiCluster cluster && shown(Layer.TOPOLOGY)) {
			for (IsfcLink link : cluster.getIsfcLinks()) {
				if (link.getMemberB() == member && isDrawn(link.getMemberA())) {
					connections.add(link);
				}
			}
		}
		if (node instanceof VirtualSwitch vswitch && shown(Layer.NETWORK)) {
			for (VswitchUplink uplink : vswitch.getUplinks()) {
				if (isDrawn(uplink.getMember())) {
					connections.add(uplink);
				}
			}
		}
		if (node instanceof DasdVolume volume && shown(Layer.STORAGE)) {
			MirrorPair pair = mirrorOf(volume);
			if (pair != null && pair.secondary() == volume) {
				connections.add(pair);
			}
		}
		return connections;
	}

	private static boolean isDrawn(Member member) {
		return member != null && member.eContainer() instanceof SsiCluster;
	}

	/**
	 * The mirror pair {@code volume} belongs to. Either side may name the other; the one earlier in the
	 * installation's volume list is the primary, so the pair is one connection whichever way it is stored.
	 */
	public MirrorPair mirrorOf(DasdVolume volume) {
		DasdVolume partner = volume.getMirrorPartner();
		if (partner == null) {
			for (DasdVolume other : installation.getDasdVolumes()) {
				if (other.getMirrorPartner() == volume) {
					partner = other;
					break;
				}
			}
		}
		if (partner == null || partner == volume || partner.eContainer() != installation) {
			return null;
		}
		List<DasdVolume> all = installation.getDasdVolumes();
		return all.indexOf(volume) < all.indexOf(partner) ? new MirrorPair(volume, partner) : new MirrorPair(partner, volume);
	}
}
