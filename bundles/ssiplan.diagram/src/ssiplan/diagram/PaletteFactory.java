package ssiplan.diagram;

import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

import ssiplan.diagram.commands.NewElements;
import ssiplan.diagram.figures.Theme;
import ssiplan.model.SsiplanPackage.Literals;
import ssiplan.model.VolumeUse;

/** The palette: one creation tool per concept, grouped like the layers. */
public final class PaletteFactory {

	private PaletteFactory() {
	}

	public static PaletteRoot create() {
		PaletteRoot root = new PaletteRoot();
		PaletteGroup tools = new PaletteGroup("Tools");
		SelectionToolEntry select = new SelectionToolEntry();
		tools.add(select);
		tools.add(new MarqueeToolEntry());
		root.add(tools);
		root.setDefaultEntry(select);

		PaletteDrawer topology = new PaletteDrawer("Topology");
		topology.add(node("CEC", "A processor (central electronic complex)", new NewElements(Literals.CEC), Theme.CEC_HEADER));
		topology.add(node("LPAR", "A logical partition; drop it on a CEC", new NewElements(Literals.LPAR), Theme.LPAR_BORDER));
		topology.add(node("Member", "A z/VM member in the lowest free slot; drop it on a free LPAR (or a CEC)",
				new NewElements(Literals.MEMBER), Theme.stateColour(ssiplan.model.MemberState.JOINED)));
		topology.add(link("ISFC link", "A logical link between two members, with one FICON CTC", new NewElements(Literals.ISFC_LINK), Theme.ISFC));
		topology.add(link("CTC connection", "Adds a FICON CTC to the link between two members (creates the link if missing)",
				new NewElements(Literals.CTC_CONNECTION), Theme.ISFC));
		root.add(topology);

		PaletteDrawer storage = new PaletteDrawer("Storage");
		storage.add(node("Shared volume", "A volume every member reaches; drop it on the shared DASD pool",
				new NewElements(Literals.DASD_VOLUME, VolumeUse.USER_SHARED), Theme.volumeColour(VolumeUse.USER_SHARED)));
		storage.add(node("Spool volume", "A shared spool volume", new NewElements(Literals.DASD_VOLUME, VolumeUse.SPOOL),
				Theme.volumeColour(VolumeUse.SPOOL)));
		storage.add(node("Paging volume", "A member-local paging volume; drop it on the member",
				new NewElements(Literals.DASD_VOLUME, VolumeUse.PAGE), Theme.volumeColour(VolumeUse.PAGE)));
		root.add(storage);

		PaletteDrawer network = new PaletteDrawer("Network");
		network.add(node("VSWITCH", "A virtual switch; drop it on the network area", new NewElements(Literals.VIRTUAL_SWITCH), Theme.VSWITCH_FILL));
		network.add(node("OSA", "An OSA-Express port; drop it on the network area", new NewElements(Literals.OSA_DEVICE), Theme.NETWORK_BORDER));
		network.add(link("Uplink", "A member's OSA uplink to a virtual switch: from the member to the switch",
				new NewElements(Literals.VSWITCH_UPLINK), Theme.UPLINK));
		root.add(network);

		PaletteDrawer guests = new PaletteDrawer("Guests");
		guests.add(node("Guest", "A Linux guest (USER) logged on to the member it is dropped on",
				new NewElements(Literals.USER_ENTRY), Theme.GUEST_RELOCATABLE));
		root.add(guests);
		return root;
	}

	private static ToolEntry node(String label, String description, NewElements factory, Color colour) {
		return new CreationToolEntry(label, description, factory, icon(colour, false), icon(colour, false));
	}

	private static ToolEntry link(String label, String description, NewElements factory, Color colour) {
		return new ConnectionCreationToolEntry(label, description, factory, icon(colour, true), icon(colour, true));
	}

	/** A 16x16 swatch in the element's diagram colour (a line for connection tools). */
	private static ImageDescriptor icon(Color colour, boolean line) {
		PaletteData palette = new PaletteData(new RGB[] { new RGB(255, 255, 255), colour.getRGB(), new RGB(0x47, 0x55, 0x69) });
		ImageData data = new ImageData(16, 16, 8, palette);
		data.transparentPixel = 0;
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				int pixel;
				if (line) {
					pixel = Math.abs(x - (15 - y)) <= 1 ? 1 : 0;
				} else {
					boolean edge = x == 1 || x == 14 || y == 2 || y == 13;
					pixel = x >= 1 && x <= 14 && y >= 2 && y <= 13 ? (edge ? 2 : 1) : 0;
				}
				data.setPixel(x, y, pixel);
			}
		}
		return ImageDescriptor.createFromImageData(data);
	}
}
