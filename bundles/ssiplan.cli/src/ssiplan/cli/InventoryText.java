package ssiplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ssiplan.model.format.StorageSize;

/**
 * Renders the {@link InstallationInventory} for a terminal: aligned columns, one section per
 * concern, storage in z/VM's units (4G, 512M). Long volume lists are shortened; {@code --json} has
 * everything.
 */
final class InventoryText {

	/** Volsers printed per use before the list is shortened. */
	private static final int VOLSERS_SHOWN = 12;

	private final PrintWriter out;

	InventoryText(PrintWriter out) {
		this.out = out;
	}

	void print(JsonNode inventory) {
		out.println("Installation " + text(inventory, "name") + "  (" + text(inventory, "file") + ")");
		if (!text(inventory, "description").isEmpty()) {
			out.println("  " + text(inventory, "description"));
		}
		cecs(inventory.get("cecs"));
		for (JsonNode cluster : inventory.get("clusters")) {
			cluster(cluster);
		}
		volumes(inventory.get("volumes"));
		out.flush();
	}

	private void cecs(JsonNode cecs) {
		out.println();
		out.println("CECs (" + cecs.size() + ")");
		Table table = new Table("CEC", "MACHINE", "SERIAL", "SITE", "MEMORY", "CP", "IFL", "LPARS (member)");
		for (JsonNode cec : cecs) {
			List<String> lpars = new ArrayList<>();
			for (JsonNode lpar : cec.get("lpars")) {
				lpars.add(text(lpar, "name") + " " + StorageSize.ofGiB(lpar.get("memoryGiB").asLong()) + " ("
						+ (lpar.get("member").isNull() ? "spare" : text(lpar, "member")) + ")");
			}
			table.row(text(cec, "name"), text(cec, "machineType") + " " + text(cec, "typeNumber"), text(cec, "serial"), text(cec, "site"),
					StorageSize.ofGiB(cec.get("memoryGiB").asLong()), text(cec, "cps"), text(cec, "ifls"), String.join(", ", lpars));
		}
		table.print(out, "  ");
	}

	private void cluster(JsonNode cluster) {
		out.println();
		List<String> slots = new ArrayList<>();
		int free = 0;
		for (JsonNode slot : cluster.get("slots")) {
			if (slot.get("member").isNull()) {
				free++;
			} else {
				slots.add(text(slot, "slot") + "=" + text(slot, "member"));
			}
		}
		out.println("SSI cluster " + text(cluster, "name") + "  z/VM " + text(cluster, "release") + "  slots " + String.join(" ", slots)
				+ " (" + free + " of " + text(cluster, "memberLimit") + " free)");
		out.println("  PDR " + or(text(cluster, "pdrVolume"), "none") + " (" + or(text(cluster, "pdrDeviceType"), "?") + ")  USERPREFIX "
				+ or(text(cluster, "userPrefix"), "none"));

		out.println();
		out.println("  Members");
		Table members = new Table("SLOT", "MEMBER", "STATE", "LPAR", "CEC", "MACHINE", "SITE", "Z/VM", "SERVICE", "MEMORY", "PAGING",
				"MACPREFIX", "GUESTS", "GUEST STORAGE");
		for (JsonNode m : cluster.get("members")) {
			members.row(text(m, "slot"), text(m, "name"), text(m, "state"), or(text(m, "lpar"), "-"), or(text(m, "cec"), "-"),
					or(text(m, "machineType"), "-"), or(text(m, "site"), "-"), text(m, "release"), text(m, "serviceLevel"),
					StorageSize.ofGiB(m.get("realMemoryGiB").asLong()), StorageSize.ofGiB(m.get("pagingGiB").asLong()),
					text(m, "macPrefix"), text(m, "loggedOnGuests"),
					StorageSize.ofMiB(m.get("guestStorageMiB").asLong()) + " (" + text(m, "overcommit") + "x)");
		}
		members.print(out, "    ");

		JsonNode isfc = cluster.get("isfc");
		out.println();
		String mesh = isfc.get("missingPairs").isEmpty() ? "full mesh"
				: "NOT a full mesh, missing " + join(isfc.get("missingPairs"), ", ");
		out.println("  ISFC links (" + text(isfc, "links") + " of " + text(isfc, "linksNeeded") + ", " + mesh + ")");
		Table links = new Table("LINK", "CTCS", "CHPIDS A", "CHPIDS B", "SPEED", "NOMINAL");
		for (JsonNode link : isfc.get("linkList")) {
			links.row(text(link, "memberA") + "-" + text(link, "memberB"), text(link, "ctcs"), join(link.get("chpidsA"), ","),
					join(link.get("chpidsB"), ","), join(link.get("speeds"), "+"), text(link, "nominalMBps") + " MB/s");
		}
		links.print(out, "    ");

		out.println();
		out.println("  Relocation domains");
		Table domains = new Table("DOMAIN", "KIND", "MEMBERS", "ARCHITECTURE");
		for (JsonNode domain : cluster.get("relocationDomains")) {
			domains.row(text(domain, "name"), text(domain, "kind"), join(domain.get("members"), " "), or(text(domain, "architecture"), "-"));
		}
		domains.print(out, "    ");

		out.println();
		out.println("  Virtual switches");
		Table switches = new Table("VSWITCH", "TYPE", "VLAN", "PORTS", "EQID", "LAN", "UPLINKS");
		for (JsonNode vswitch : cluster.get("virtualSwitches")) {
			String vlan = text(vswitch, "vlan") + (vswitch.get("defaultVlan").asInt() > 0 ? " " + text(vswitch, "defaultVlan") : "");
			String uplinks = vswitch.get("uplinks").size() + " members"
					+ (vswitch.get("membersWithoutUplink").isEmpty() ? "" : ", none on " + join(vswitch.get("membersWithoutUplink"), " "));
			switches.row(text(vswitch, "name"), text(vswitch, "type") + " " + text(vswitch, "transport"), vlan, text(vswitch, "ports"),
					join(vswitch.get("eqids"), ","), join(vswitch.get("lanSegments"), ","), uplinks);
		}
		switches.print(out, "    ");

		List<String> service = new ArrayList<>();
		for (JsonNode identity : cluster.get("multiconfigurationMachines")) {
			service.add(text(identity, "userid"));
		}
		if (!service.isEmpty()) {
			out.println();
			out.println("  Multiconfiguration machines (IDENTITY, one instance per member; never relocated): " + String.join(" ", service));
		}

		for (JsonNode group : cluster.get("guestsByMember")) {
			guests(group);
		}
	}

	private void guests(JsonNode group) {
		JsonNode guests = group.get("guests");
		if (group.get("member").isNull() && guests.isEmpty()) {
			return;
		}
		long storage = 0;
		int relocatable = 0;
		for (JsonNode guest : guests) {
			storage += guest.get("storageMiB").asLong();
			relocatable += guest.get("relocatable").asBoolean() ? 1 : 0;
		}
		out.println();
		String where = group.get("member").isNull() ? "  Logged off at plan start" : "  Guests on " + text(group, "member");
		out.println(where + " (" + guests.size() + ", " + StorageSize.ofMiB(storage) + ", " + relocatable + " relocatable)");
		if (guests.isEmpty()) {
			return;
		}
		Table table = new Table("USERID", "STORAGE", "MAX", "VCPU", "OS", "DOMAIN", "OUTAGE", "RELOCATE");
		for (JsonNode guest : guests) {
			String relocate = guest.get("relocatable").asBoolean() ? "yes" : "no: " + join(guest.get("blockers"), "; ");
			String outage = guest.get("tolerableOutageSeconds").isNull() ? "-" : text(guest, "tolerableOutageSeconds") + "s";
			table.row(text(guest, "userid"), StorageSize.ofMiB(guest.get("storageMiB").asLong()),
					StorageSize.ofMiB(guest.get("maxStorageMiB").asLong()), text(guest, "virtualCpus"), text(guest, "guestOs"),
					or(text(guest, "domain"), "-"), outage, relocate);
		}
		table.print(out, "    ");
	}

	private void volumes(JsonNode volumes) {
		int total = 0;
		for (JsonNode list : volumes) {
			total += list.size();
		}
		out.println();
		out.println("DASD volumes (" + total + ")");
		for (Iterator<Map.Entry<String, JsonNode>> uses = volumes.fields(); uses.hasNext();) {
			Map.Entry<String, JsonNode> use = uses.next();
			List<String> shown = new ArrayList<>();
			for (JsonNode volume : use.getValue()) {
				if (shown.size() == VOLSERS_SHOWN) {
					break;
				}
				StringBuilder label = new StringBuilder(text(volume, "volser"));
				List<String> notes = new ArrayList<>();
				if (!volume.get("owner").isNull()) {
					notes.add(text(volume, "owner"));
				}
				if (volume.get("cpOwnedSlots").size() == 1) {
					notes.add("slot " + volume.get("cpOwnedSlots").get(0).asText());
				}
				if (volume.get("deviceNumbers").isEmpty()) {
					notes.add("offline");
				}
				if (!volume.get("mirrorPartnerSite").isNull()) {
					notes.add("mirror " + text(volume, "mirrorPartnerSite"));
				}
				if (!notes.isEmpty()) {
					label.append(" (").append(String.join(", ", notes)).append(')');
				}
				shown.add(label.toString());
			}
			int more = use.getValue().size() - shown.size();
			out.printf("  %-12s %4d  %s%s%n", use.getKey(), use.getValue().size(), String.join("  ", shown),
					more > 0 ? "  ... and " + more + " more" : "");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? "" : value.asText();
	}

	private static String or(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

	private static String join(JsonNode array, String separator) {
		List<String> parts = new ArrayList<>();
		array.forEach(item -> parts.add(item.asText()));
		return String.join(separator, parts);
	}

	/** Columns padded to their widest cell; the last column is not padded. */
	private static final class Table {
		private final List<String[]> rows = new ArrayList<>();

		Table(String... header) {
			rows.add(header);
		}

		void row(String... cells) {
			rows.add(cells);
		}

		void print(PrintWriter out, String indent) {
			int columns = rows.get(0).length;
			int[] widths = new int[columns];
			for (String[] row : rows) {
				for (int c = 0; c < columns; c++) {
					widths[c] = Math.max(widths[c], row[c].length());
				}
			}
			for (String[] row : rows) {
				StringBuilder line = new StringBuilder(indent);
				for (int c = 0; c < columns; c++) {
					line.append(c == columns - 1 ? row[c] : String.format("%-" + widths[c] + "s  ", row[c]));
				}
				out.println(line.toString().stripTrailing());
			}
		}
	}
}
