package ssiplan.diagram.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import ssiplan.diagram.view.DiagramContext;
import ssiplan.diagram.view.GuestGroup;
import ssiplan.diagram.view.MemberVolumes;
import ssiplan.diagram.view.NetworkArea;
import ssiplan.diagram.view.SharedDasdPool;
import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdVolume;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.RealDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage.Literals;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.model.derived.MemberSlots;

/**
 * The EMF commands behind the palette tools: what a new element becomes when dropped on a node
 * (a CEC on the diagram, an LPAR in a CEC, a member in an LPAR's free slot, a guest on a member...) or
 * drawn between two nodes (ISFC link, CTC, VSWITCH uplink). Null means "not here", which GEF shows
 * as a forbidden cursor, and lets the request go to the node's container instead.
 */
public final class CreateCommands {

	private static final SsiplanFactory F = SsiplanFactory.eINSTANCE;
	private static final Set<VolumeUse> LOCAL = Set.of(VolumeUse.SYSRES, VolumeUse.PAGE, VolumeUse.TDISK, VolumeUse.USER_LOCAL);

	private final DiagramContext context;
	private final EditingDomain domain;
	private final Installation installation;

	public CreateCommands(DiagramContext context) {
		this.context = context;
		this.domain = context.domain();
		this.installation = context.installation();
	}

	/** The command that puts {@code created} into the model when dropped on {@code target}; null if it does not belong there. */
	public Command create(Object target, Object created) {
		return switch (created) {
			case Cec cec -> target instanceof DiagramContext ? addCec(cec) : null;
			case Lpar lpar -> target instanceof Cec cec ? addLpar(cec, lpar) : null;
			case Member member -> addMember(target, member);
			case DasdVolume volume -> addVolume(target, volume);
			case OsaDevice osa -> target instanceof NetworkArea || target instanceof DiagramContext ? addOsa(osa) : null;
			case VirtualSwitch vswitch -> target instanceof NetworkArea || target instanceof DiagramContext ? addVswitch(vswitch) : null;
			case UserEntry guest -> addGuest(target, guest);
			default -> null;
		};
	}

	private Command addCec(Cec cec) {
		cec.setName(unique("CEC", installation.getCecs(), Cec::getName));
		return AddCommand.create(domain, installation, Literals.INSTALLATION__CECS, cec);
	}

	private Command addLpar(Cec cec, Lpar lpar) {
		List<Lpar> all = installation.getCecs().stream().flatMap(c -> c.getLpars().stream()).toList();
		lpar.setName(unique("LP", all, Lpar::getName));
		return AddCommand.create(domain, cec, Literals.CEC__LPARS, lpar);
	}

	/** A member goes into an LPAR that has none (a CEC gets a new LPAR for it) and takes the lowest free slot. */
	private Command addMember(Object target, Member member) {
		Lpar lpar;
		CompoundCommand command = new CompoundCommand("Create member");
		if (target instanceof Lpar l && l.getMember() == null) {
			lpar = l;
		} else if (target instanceof Cec cec) {
			lpar = (Lpar) new NewElements(Literals.LPAR).getNewObject();
			command.append(addLpar(cec, lpar));
		} else {
			return null;
		}
		SsiCluster cluster = clusterFor(command);
		Optional<Integer> slot = cluster.eContainer() == null ? Optional.of(1) : MemberSlots.firstFreeSlot(cluster);
		if (slot.isEmpty()) {
			return null; // every slot of the release is taken
		}
		member.setSlot(slot.get());
		member.setName(unique("MEMBER", cluster.getMembers(), Member::getName, slot.get()));
		member.setRelease(cluster.getRelease());
		if (lpar.getMemoryGiB() > 0) {
			member.setRealMemoryGiB(lpar.getMemoryGiB());
		}
		command.append(AddCommand.create(domain, cluster, Literals.SSI_CLUSTER__MEMBERS, member));
		command.append(SetCommand.create(domain, member, Literals.MEMBER__LPAR, lpar));
		return command;
	}

	/** Shared volumes go to the pool; a volume dropped on a member becomes that member's paging volume. */
	private Command addVolume(Object target, DasdVolume volume) {
		Member owner = target instanceof Member m ? m : target instanceof MemberVolumes mv ? mv.member() : null;
		if (owner == null && !(target instanceof SharedDasdPool || target instanceof DiagramContext)) {
			return null;
		}
		if (owner != null) {
			if (!LOCAL.contains(volume.getUse())) {
				volume.setUse(VolumeUse.PAGE);
			}
			volume.setOwnerMember(owner);
		} else if (LOCAL.contains(volume.getUse())) {
			volume.setUse(VolumeUse.USER_SHARED);
		}
		String prefix = switch (volume.getUse()) {
			case SYSRES -> "RES";
			case PAGE -> "PAG";
			case SPOOL -> "SPL";
			case COMMON -> "COM";
			case RELEASE -> "REL";
			default -> "USR";
		};
		volume.setVolser(unique(prefix, installation.getDasdVolumes(), DasdVolume::getVolser, 1, "%s%03d"));
		return AddCommand.create(domain, installation, Literals.INSTALLATION__DASD_VOLUMES, volume);
	}

	private Command addOsa(OsaDevice osa) {
		List<RealDevice> osas = installation.getRealDevices().stream().filter(OsaDevice.class::isInstance).toList();
		osa.setName(unique("OSA", osas, RealDevice::getName));
		return AddCommand.create(domain, installation, Literals.INSTALLATION__REAL_DEVICES, osa);
	}

	private Command addVswitch(VirtualSwitch vswitch) {
		CompoundCommand command = new CompoundCommand("Create virtual switch");
		SsiCluster cluster = clusterFor(command);
		vswitch.setName(unique("VSW", cluster.getVirtualSwitches(), VirtualSwitch::getName));
		command.append(AddCommand.create(domain, cluster, Literals.SSI_CLUSTER__VIRTUAL_SWITCHES, vswitch));
		return command;
	}

	/** A guest dropped on a member is a USER logged on there. */
	private Command addGuest(Object target, UserEntry guest) {
		Member member = target instanceof Member m ? m : target instanceof GuestGroup g ? g.member() : null;
		if (member == null || !(member.eContainer() instanceof SsiCluster cluster)) {
			return null;
		}
		guest.setHomeMember(member);
		guest.setUserid(unique("LINUX", cluster.getVirtualMachines(), VirtualMachine::getUserid, 1, "%s%03d"));
		return AddCommand.create(domain, cluster, Literals.SSI_CLUSTER__VIRTUAL_MACHINES, guest);
	}

	// Connections ---------------------------------------------------------------------------------

	/** Whether {@code created} can start at {@code source} (the first click of a connection tool). */
	public boolean canStart(Object source, Object created) {
		return (created instanceof IsfcLink || created instanceof CtcConnection || created instanceof VswitchUplink)
				&& source instanceof Member member && member.eContainer() instanceof SsiCluster;
	}

	/** The command for a connection tool drawn from {@code source} to {@code target}; null when not allowed. */
	public Command connect(Object source, Object target, Object created) {
		if (!(source instanceof Member from) || !(from.eContainer() instanceof SsiCluster cluster)) {
			return null;
		}
		if (created instanceof VswitchUplink uplink) {
			return target instanceof VirtualSwitch vswitch ? addUplink(from, vswitch, uplink) : null;
		}
		if (!(target instanceof Member to) || to == from || to.eContainer() != cluster) {
			return null;
		}
		Optional<IsfcLink> existing = IsfcLinks.between(cluster, from, to);
		if (created instanceof IsfcLink link) {
			if (existing.isPresent()) {
				return null; // one logical link per member pair; add CTCs to it instead
			}
			link.setMemberA(from);
			link.setMemberB(to);
			if (link.getCtcConnections().isEmpty()) {
				link.getCtcConnections().add(F.createCtcConnection());
			}
			for (CtcConnection ctc : link.getCtcConnections()) {
				fillIn(ctc, cluster, from, to);
			}
			return AddCommand.create(domain, cluster, Literals.SSI_CLUSTER__ISFC_LINKS, link);
		}
		if (created instanceof CtcConnection ctc) {
			if (existing.isEmpty()) {
				IsfcLink link = F.createIsfcLink();
				link.setMemberA(from);
				link.setMemberB(to);
				fillIn(ctc, cluster, from, to);
				link.getCtcConnections().add(ctc);
				return AddCommand.create(domain, cluster, Literals.SSI_CLUSTER__ISFC_LINKS, link);
			}
			IsfcLink link = existing.get();
			if (link.getCtcConnections().size() >= 16) {
				return null; // an ISFC link has at most 16 CTCs [C]
			}
			boolean forward = link.getMemberA() == from;
			fillIn(ctc, cluster, forward ? from : to, forward ? to : from);
			return AddCommand.create(domain, link, Literals.ISFC_LINK__CTC_CONNECTIONS, ctc);
		}
		return null;
	}

	private Command addUplink(Member member, VirtualSwitch vswitch, VswitchUplink uplink) {
		if (vswitch.getUplinks().stream().anyMatch(u -> u.getMember() == member)) {
			return null; // one RDEV list per member and switch
		}
		uplink.setMember(member);
		uplink.getOsaDevices().clear();
		installation.getRealDevices().stream()
				.filter(OsaDevice.class::isInstance).map(OsaDevice.class::cast)
				.filter(osa -> osa.getDeviceNumbers().stream().anyMatch(n -> n.getMember() == member))
				.filter(osa -> vswitch.getUplinks().stream().noneMatch(u -> u.getOsaDevices().contains(osa)))
				.findFirst().ifPresent(osa -> uplink.getOsaDevices().add(osa));
		return AddCommand.create(domain, vswitch, Literals.VIRTUAL_SWITCH__UPLINKS, uplink);
	}

	/** Picks a FICON CHPID of each member's CEC (the least used) and the next free CTC device numbers. */
	private static void fillIn(CtcConnection ctc, SsiCluster cluster, Member a, Member b) {
		// the CTC is new (not in the model yet): set everything, the tool may have hovered other members first
		ctc.setChpidA(ficonChpid(a));
		ctc.setChpidB(ficonChpid(b));
		Set<String> used = new HashSet<>();
		for (IsfcLink link : cluster.getIsfcLinks()) {
			for (CtcConnection other : link.getCtcConnections()) {
				used.add(other.getDeviceA());
				used.add(other.getDeviceB());
			}
		}
		ctc.setDeviceA(nextDevice(used, 0x4A00));
		used.add(ctc.getDeviceA());
		ctc.setDeviceB(nextDevice(used, 0x4A00));
	}

	private static ChannelPath ficonChpid(Member member) {
		if (member.getLpar() == null || !(member.getLpar().eContainer() instanceof Cec cec)) {
			return null;
		}
		return cec.getChannelPaths().stream().filter(p -> p.getType() == ChannelPathType.FC).findFirst().orElse(null);
	}

	private static String nextDevice(Set<String> used, int from) {
		for (int n = from; n <= 0xFFFF; n++) {
			String candidate = String.format(Locale.ROOT, "%04X", n);
			if (!used.contains(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The installation's first cluster; a new one (appended to {@code command}) when there is none yet. */
	private SsiCluster clusterFor(CompoundCommand command) {
		if (!installation.getClusters().isEmpty()) {
			return installation.getClusters().get(0);
		}
		SsiCluster cluster = F.createSsiCluster();
		cluster.setName("SSI1");
		command.append(AddCommand.create(domain, installation, Literals.INSTALLATION__CLUSTERS, cluster));
		return cluster;
	}

	private static <T> String unique(String prefix, List<T> existing, Function<T, String> name) {
		return unique(prefix, existing, name, 1, "%s%d");
	}

	private static <T> String unique(String prefix, List<T> existing, Function<T, String> name, int from) {
		return unique(prefix, existing, name, from, "%s%d");
	}

	private static <T> String unique(String prefix, List<T> existing, Function<T, String> name, int from, String format) {
		Set<String> taken = new HashSet<>();
		for (T t : new ArrayList<>(existing)) {
			taken.add(name.apply(t));
		}
		for (int n = from;; n++) {
			String candidate = String.format(Locale.ROOT, format, prefix, n);
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	/** Deleting a member also deletes its ISFC links and uplinks (they mean nothing without it). */
	public Command delete(EObject element) {
		List<EObject> doomed = new ArrayList<>();
		doomed.add(element);
		if (element instanceof Member member && member.eContainer() instanceof SsiCluster cluster) {
			for (IsfcLink link : cluster.getIsfcLinks()) {
				if (link.getMemberA() == member || link.getMemberB() == member) {
					doomed.add(link);
				}
			}
			for (VirtualSwitch vswitch : cluster.getVirtualSwitches()) {
				for (VswitchUplink uplink : vswitch.getUplinks()) {
					if (uplink.getMember() == member) {
						doomed.add(uplink);
					}
				}
			}
		}
		if (element instanceof Lpar lpar && lpar.getMember() != null) {
			doomed.add(lpar.getMember());
			return delete(lpar.getMember()) instanceof Command memberDelete
					? new CompoundCommand("Delete LPAR", List.of(memberDelete,
							org.eclipse.emf.edit.command.DeleteCommand.create(domain, lpar)))
					: null;
		}
		return org.eclipse.emf.edit.command.DeleteCommand.create(domain, doomed);
	}
}
