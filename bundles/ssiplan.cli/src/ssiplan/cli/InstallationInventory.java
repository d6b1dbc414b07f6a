package ssiplan.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdVolume;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchUplink;
import ssiplan.model.derived.Architecture;
import ssiplan.model.derived.ChannelRate;
import ssiplan.model.derived.EffectiveDomain;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.model.derived.MemberSlots;
import ssiplan.model.derived.RelocationDomains;

/**
 * The inventory {@code show} prints: one Jackson tree (keys in a fixed order) that the text view and
 * {@code --json} both render, so they always say the same. Sizes are in MiB or GiB as the key says.
 */
final class InstallationInventory {

	/** CP page slots per 3390 cylinder (15 tracks x 12 pages of 4 KiB), for paging capacity from page volumes. */
	private static final long PAGES_PER_CYLINDER = 180;

	private InstallationInventory() {
	}

	static ObjectNode of(Installation installation, String file) {
		ObjectNode root = JsonOutput.object();
		root.put("file", file);
		root.put("name", installation.getName());
		root.put("description", installation.getDescription());
		ArrayNode cecs = root.putArray("cecs");
		for (Cec cec : installation.getCecs()) {
			cecs.add(cec(cec));
		}
		ArrayNode clusters = root.putArray("clusters");
		for (SsiCluster cluster : installation.getClusters()) {
			clusters.add(cluster(installation, cluster));
		}
		root.set("volumes", volumes(installation));
		return root;
	}

	private static ObjectNode cec(Cec cec) {
		ObjectNode node = JsonOutput.object();
		node.put("name", cec.getName());
		node.put("machineType", literal(cec.getMachineType()));
		node.put("typeNumber", cec.getMachineType() == null ? null : String.valueOf(cec.getMachineType().getValue()));
		node.put("serial", cec.getSerial());
		node.put("site", cec.getSite());
		node.put("memoryGiB", cec.getMemoryGiB());
		node.put("cps", cec.getCpCount());
		node.put("ifls", cec.getIflCount());
		ArrayNode lpars = node.putArray("lpars");
		for (Lpar lpar : cec.getLpars()) {
			ObjectNode l = lpars.addObject();
			l.put("name", lpar.getName());
			l.put("memoryGiB", lpar.getMemoryGiB());
			l.put("logicalProcessors", lpar.getLogicalProcessors());
			l.put("processorType", literal(lpar.getProcessorType()));
			l.put("member", lpar.getMember() == null ? null : lpar.getMember().getName());
		}
		return node;
	}

	private static ObjectNode cluster(Installation installation, SsiCluster cluster) {
		ObjectNode node = JsonOutput.object();
		node.put("name", cluster.getName());
		node.put("release", literal(cluster.getRelease()));
		int limit = MemberSlots.maxMembers(cluster);
		node.put("memberLimit", limit);
		DasdVolume pdr = cluster.getPdrVolume();
		node.put("pdrVolume", pdr == null ? null : pdr.getVolser());
		node.put("pdrDeviceType", pdr == null ? null : literal(pdr.getDeviceType()));
		node.put("userPrefix", cluster.getUserPrefix());
		ArrayNode slots = node.putArray("slots");
		for (int slot = 1; slot <= limit; slot++) {
			ObjectNode s = slots.addObject();
			s.put("slot", slot);
			s.put("member", MemberSlots.memberIn(cluster, slot).map(Member::getName).orElse(null));
		}
		List<Member> members = cluster.getMembers().stream().sorted((a, b) -> Integer.compare(a.getSlot(), b.getSlot())).toList();
		ArrayNode memberNodes = node.putArray("members");
		for (Member member : members) {
			memberNodes.add(member(installation, cluster, member));
		}
		ObjectNode mesh = node.putObject("isfc");
		mesh.put("linksNeeded", members.size() * (members.size() - 1) / 2);
		mesh.put("links", cluster.getIsfcLinks().size());
		ArrayNode missing = mesh.putArray("missingPairs");
		for (IsfcLinks.MemberPair pair : IsfcLinks.missingPairs(cluster)) {
			missing.add(pair.first().getName() + "-" + pair.second().getName());
		}
		ArrayNode links = mesh.putArray("linkList");
		for (IsfcLink link : cluster.getIsfcLinks()) {
			links.add(link(link));
		}
		ArrayNode domains = node.putArray("relocationDomains");
		for (EffectiveDomain domain : RelocationDomains.all(cluster)) {
			if (domain.kind() == EffectiveDomain.Kind.SINGLE_MEMBER) {
				continue; // one per member, implied; listing them adds nothing at a glance
			}
			ObjectNode d = domains.addObject();
			d.put("name", domain.name());
			d.put("kind", domain.kind().name());
			ArrayNode dm = d.putArray("members");
			domain.members().forEach(m -> dm.add(m.getName()));
			d.put("architecture", domain.architecture().map(InstallationInventory::generationName).orElse(null));
		}
		ArrayNode switches = node.putArray("virtualSwitches");
		for (VirtualSwitch vswitch : cluster.getVirtualSwitches()) {
			switches.add(vswitch(vswitch, members));
		}
		ArrayNode guests = node.putArray("guestsByMember");
		for (Member member : members) {
			guests.add(guestsOn(cluster, member));
		}
		guests.add(guestsOn(cluster, null));
		ArrayNode service = node.putArray("multiconfigurationMachines");
		for (VirtualMachine vm : cluster.getVirtualMachines()) {
			if (vm instanceof IdentityEntry identity) {
				ObjectNode i = service.addObject();
				i.put("userid", identity.getUserid());
				i.put("storageMiB", identity.getStorageMiB());
				ArrayNode subs = i.putArray("subconfigs");
				for (Subconfig sub : identity.getSubconfigs()) {
					ObjectNode s = subs.addObject();
					s.put("name", sub.getName());
					s.put("member", sub.getMember() == null ? null : sub.getMember().getName());
					s.put("loggedOn", sub.isLoggedOn());
				}
			}
		}
		return node;
	}

	private static ObjectNode member(Installation installation, SsiCluster cluster, Member member) {
		ObjectNode node = JsonOutput.object();
		node.put("name", member.getName());
		node.put("slot", member.getSlot());
		node.put("state", literal(member.getInitialState()));
		Lpar lpar = member.getLpar();
		Cec cec = lpar != null && lpar.eContainer() instanceof Cec c ? c : null;
		node.put("lpar", lpar == null ? null : lpar.getName());
		node.put("cec", cec == null ? null : cec.getName());
		node.put("machineType", cec == null ? null : literal(cec.getMachineType()));
		node.put("site", cec == null ? null : cec.getSite());
		node.put("release", literal(member.getRelease()));
		node.put("serviceLevel", member.getServiceLevel());
		node.put("realMemoryGiB", member.getRealMemoryGiB());
		node.put("pagingGiB", pagingGiB(member));
		node.put("macPrefix", member.getMacPrefix());
		int guests = 0;
		long storage = 0;
		for (VirtualMachine vm : cluster.getVirtualMachines()) {
			if (vm instanceof UserEntry user && user.getHomeMember() == member) {
				guests++;
				storage += user.getStorageMiB();
			}
		}
		node.put("loggedOnGuests", guests);
		node.put("guestStorageMiB", storage);
		double ratio = member.getRealMemoryGiB() == 0 ? 0 : storage / 1024.0 / member.getRealMemoryGiB();
		node.put("overcommit", Math.round(ratio * 100) / 100.0);
		node.put("overcommitLimit", installation.getSettings() == null ? null : installation.getSettings().getMemoryOvercommitLimit());
		return node;
	}

	/** The planner's figure when set, otherwise what the member's CP-owned PAGE volumes hold. */
	private static long pagingGiB(Member member) {
		if (member.getPagingCapacityGiB() > 0) {
			return member.getPagingCapacityGiB();
		}
		long pages = 0;
		for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
			if (slot.getVolume() != null && slot.getVolume().getUse() == VolumeUse.PAGE) {
				pages += slot.getVolume().getCylinders() * PAGES_PER_CYLINDER;
			}
		}
		return pages * 4 / 1024 / 1024;
	}

	private static ObjectNode link(IsfcLink link) {
		ObjectNode node = JsonOutput.object();
		node.put("memberA", link.getMemberA() == null ? null : link.getMemberA().getName());
		node.put("memberB", link.getMemberB() == null ? null : link.getMemberB().getName());
		node.put("ctcs", link.getCtcConnections().size());
		Set<ChannelPath> chpidsA = new LinkedHashSet<>();
		Set<ChannelPath> chpidsB = new LinkedHashSet<>();
		ArrayNode devices = node.putArray("devices");
		for (CtcConnection ctc : link.getCtcConnections()) {
			if (ctc.getChpidA() != null) {
				chpidsA.add(ctc.getChpidA());
			}
			if (ctc.getChpidB() != null) {
				chpidsB.add(ctc.getChpidB());
			}
			devices.add(ctc.getDeviceA() + "/" + ctc.getDeviceB());
		}
		ArrayNode a = node.putArray("chpidsA");
		chpidsA.forEach(c -> a.add(c.getChpid()));
		ArrayNode b = node.putArray("chpidsB");
		chpidsB.forEach(c -> b.add(c.getChpid()));
		Set<String> speeds = new LinkedHashSet<>();
		chpidsA.forEach(c -> speeds.add(literal(c.getSpeed())));
		chpidsB.forEach(c -> speeds.add(literal(c.getSpeed())));
		ArrayNode s = node.putArray("speeds");
		speeds.forEach(s::add);
		// ISFC can fill a CHPID [C]; CTCs sharing a CHPID share it, so the nominal rate is the sum over
		// distinct CHPIDs, limited by the weaker end (line rate; the simulator applies its efficiency).
		node.put("nominalMBps", Math.min(nominalRate(chpidsA), nominalRate(chpidsB)));
		return node;
	}

	private static int nominalRate(Set<ChannelPath> chpids) {
		int rate = 0;
		for (ChannelPath chpid : chpids) {
			if (chpid.getSpeed() != null) {
				rate += ChannelRate.nominalMegabytesPerSecond(chpid.getSpeed());
			}
		}
		return rate;
	}

	private static ObjectNode vswitch(VirtualSwitch vswitch, List<Member> members) {
		ObjectNode node = JsonOutput.object();
		node.put("name", vswitch.getName());
		node.put("type", literal(vswitch.getType()));
		node.put("transport", literal(vswitch.getTransport()));
		node.put("vlan", literal(vswitch.getVlanMode()));
		node.put("defaultVlan", vswitch.getDefaultVlan());
		node.put("ports", literal(vswitch.getPortAssignment()));
		Set<String> eqids = new LinkedHashSet<>();
		Set<String> lans = new LinkedHashSet<>();
		ArrayNode uplinks = node.putArray("uplinks");
		for (VswitchUplink uplink : vswitch.getUplinks()) {
			ObjectNode u = uplinks.addObject();
			u.put("member", uplink.getMember() == null ? null : uplink.getMember().getName());
			ArrayNode osas = u.putArray("osas");
			for (OsaDevice osa : uplink.getOsaDevices()) {
				osas.add(osa.getName());
				eqids.add(osa.getEqid());
				lans.add(osa.getLanSegment());
			}
		}
		ArrayNode e = node.putArray("eqids");
		eqids.forEach(e::add);
		ArrayNode l = node.putArray("lanSegments");
		lans.forEach(l::add);
		ArrayNode without = node.putArray("membersWithoutUplink");
		for (Member member : members) {
			if (vswitch.getUplinks().stream().noneMatch(u -> u.getMember() == member)) {
				without.add(member.getName());
			}
		}
		return node;
	}

	/** Guests logged on to {@code member} at plan start; null: the logged-off ones. */
	private static ObjectNode guestsOn(SsiCluster cluster, Member member) {
		ObjectNode node = JsonOutput.object();
		node.put("member", member == null ? null : member.getName());
		ArrayNode list = node.putArray("guests");
		for (VirtualMachine vm : cluster.getVirtualMachines()) {
			if (vm instanceof UserEntry user && user.getHomeMember() == member) {
				ObjectNode g = list.addObject();
				g.put("userid", user.getUserid());
				g.put("storageMiB", user.getStorageMiB());
				g.put("maxStorageMiB", user.getMaxStorageMiB());
				g.put("virtualCpus", user.getVirtualCpus());
				g.put("guestOs", literal(user.getGuestOs()));
				g.put("domain", RelocationDomains.effectiveDomain(user).map(EffectiveDomain::name).orElse(null));
				if (user.getTolerableOutageSeconds() > 0) {
					g.put("tolerableOutageSeconds", user.getTolerableOutageSeconds());
				} else {
					g.putNull("tolerableOutageSeconds");
				}
				g.put("antiAffinityGroup", user.getAntiAffinityGroup());
				List<String> blockers = GuestRelocatability.blockers(user);
				g.put("relocatable", blockers.isEmpty());
				ArrayNode why = g.putArray("blockers");
				blockers.forEach(why::add);
			}
		}
		return node;
	}

	private static ObjectNode volumes(Installation installation) {
		Map<VolumeUse, List<DasdVolume>> byUse = new EnumMap<>(VolumeUse.class);
		for (DasdVolume volume : installation.getDasdVolumes()) {
			byUse.computeIfAbsent(volume.getUse(), u -> new ArrayList<>()).add(volume);
		}
		ObjectNode node = JsonOutput.object();
		for (Map.Entry<VolumeUse, List<DasdVolume>> entry : byUse.entrySet()) {
			ArrayNode list = node.putArray(entry.getKey().getLiteral());
			for (DasdVolume volume : entry.getValue()) {
				ObjectNode v = list.addObject();
				v.put("volser", volume.getVolser());
				v.put("deviceType", literal(volume.getDeviceType()));
				v.put("owner", volume.getOwnerMember() == null ? null : volume.getOwnerMember().getName());
				v.put("site", volume.getSite());
				Map<String, String> rdevs = new LinkedHashMap<>();
				volume.getDeviceNumbers().forEach(n -> rdevs.put(n.getMember() == null ? "?" : n.getMember().getName(), n.getRdev()));
				ObjectNode numbers = v.putObject("deviceNumbers");
				rdevs.forEach(numbers::put);
				Set<Integer> slots = new LinkedHashSet<>();
				for (SsiCluster cluster : installation.getClusters()) {
					for (Member member : cluster.getMembers()) {
						for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
							if (slot.getVolume() == volume) {
								slots.add(slot.getSlot());
							}
						}
					}
				}
				ArrayNode s = v.putArray("cpOwnedSlots");
				slots.forEach(s::add);
				v.put("mirrorPartnerSite", volume.getMirrorPartner() == null ? null : volume.getMirrorPartner().getSite());
			}
		}
		return node;
	}

	/**
	 * The oldest machine generation offering exactly {@code architecture}, e.g. "z16" for a z16-only
	 * domain (Architecture.level() would say z17 while z17 adds no known facility); otherwise the
	 * newest generation it contains.
	 */
	static String generationName(Architecture architecture) {
		for (MachineType type : MachineType.values()) {
			if (Architecture.of(type).equals(architecture)) {
				return type.getLiteral();
			}
		}
		return architecture.level().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String literal(Object enumerator) {
		return enumerator instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : null;
	}
}
