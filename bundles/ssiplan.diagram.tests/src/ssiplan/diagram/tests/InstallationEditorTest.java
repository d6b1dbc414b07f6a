package ssiplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.diagram.InstallationEditor;
import ssiplan.diagram.export.DiagramImages;
import ssiplan.diagram.parts.CecPart;
import ssiplan.diagram.parts.ChpidPart;
import ssiplan.diagram.parts.GuestPart;
import ssiplan.diagram.parts.LinkPart;
import ssiplan.diagram.parts.LparPart;
import ssiplan.diagram.parts.MemberPart;
import ssiplan.diagram.parts.OsaPart;
import ssiplan.diagram.parts.VolumePart;
import ssiplan.diagram.parts.VswitchPart;
import ssiplan.diagram.view.DiagramContents;
import ssiplan.diagram.view.Layer;
import ssiplan.diagram.view.LayoutFile;
import ssiplan.model.Cec;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Lpar;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.OsaDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanPackage.Literals;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VswitchUplink;
import ssiplan.model.examples.Examples;

/** Opens the four-member example in the real installation editor and drives it as a user would. */
class InstallationEditorTest {

	@TempDir
	Path dir;

	private Path file;
	private InstallationEditor editor;

	@BeforeEach
	void open() throws Exception {
		file = Workbench.save(Examples.create("four-member-two-cec"), dir.resolve("plexa.ssiplan"));
		editor = Workbench.open(file);
	}

	@AfterEach
	void close() {
		if (editor != null) {
			Workbench.close(editor);
		}
	}

	private Installation model() {
		return editor.getInstallation();
	}

	private SsiCluster cluster() {
		return model().getClusters().get(0);
	}

	private CommandStack stack() {
		return editor.getEditingDomain().getCommandStack();
	}

	private MemberPart memberPart(Member member) {
		return (MemberPart) editor.getViewer().getEditPartRegistry().get(member);
	}

	@Test
	void drawsEveryConceptOfTheFourMemberExample() {
		Installation m = model();
		assertEquals(2, m.getCecs().size(), "the example's shape");
		assertEquals(4, cluster().getMembers().size());
		assertEquals(6, cluster().getIsfcLinks().size());

		assertEquals(2, Workbench.parts(editor, CecPart.class).size(), "CEC containers");
		assertEquals(m.getCecs().stream().mapToInt(c -> c.getLpars().size()).sum(), Workbench.parts(editor, LparPart.class).size());
		assertEquals(4, Workbench.parts(editor, MemberPart.class).size(), "members");
		assertEquals(m.getCecs().stream().mapToInt(c -> c.getChannelPaths().size()).sum(), Workbench.parts(editor, ChpidPart.class).size(),
				"CHPIDs on the CEC edges");
		assertEquals(m.getDasdVolumes().size(), Workbench.parts(editor, VolumePart.class).size(), "every volume in the pool or next to its member");
		assertEquals(cluster().getVirtualSwitches().size(), Workbench.parts(editor, VswitchPart.class).size());
		assertEquals(m.getRealDevices().stream().filter(OsaDevice.class::isInstance).count(), Workbench.parts(editor, OsaPart.class).size());
		long isfc = Workbench.parts(editor, LinkPart.class).stream().filter(l -> l.getModel() instanceof IsfcLink).count();
		long uplinks = Workbench.parts(editor, LinkPart.class).stream().filter(l -> l.getModel() instanceof VswitchUplink).count();
		assertEquals(6, isfc, "ISFC links as connections");
		assertEquals(cluster().getVirtualSwitches().stream().mapToLong(v -> v.getUplinks().size()).sum(), uplinks, "uplinks per member");
		DiagramContents contents = editor.getDiagramContext().contents();
		int guests = cluster().getMembers().stream().mapToInt(member -> contents.guestsOn(member).size()).sum();
		assertTrue(guests > 40, "the example runs its guests: " + guests);
		assertEquals(guests, Workbench.parts(editor, GuestPart.class).size(), "guest tiles");

		// what a member shows: system name, slot, release and service level, state colour
		Member sysa = cluster().getMembers().get(0);
		MemberPart part = memberPart(sysa);
		var figure = (ssiplan.diagram.figures.NodeFigure) part.getFigure();
		assertTrue(figure.titleText().startsWith(sysa.getName() + "   slot " + sysa.getSlot()), figure.titleText());
		assertTrue(figure.detailText().contains("z/VM " + sysa.getRelease().getLiteral()), figure.detailText());
		assertTrue(figure.detailText().contains(sysa.getServiceLevel()), figure.detailText());
		// the ISFC label: CTC count and predicted rate (4 CTCs on Express32S CHPIDs)
		LinkPart link = (LinkPart) editor.getViewer().getEditPartRegistry().get(cluster().getIsfcLinks().get(0));
		assertTrue(link.labelText().matches("\\d+ CTCs? \u00b7 .*[GM]B/s"), link.labelText());

		assertLinkLabelsOnTheirLanes();
		editor.zoomManager().setZoomAsText(org.eclipse.gef.editparts.ZoomManager.FIT_ALL);
		Workbench.settle(200);
		assertLinkLabelsOnTheirLanes();
		File png = Workbench.screenshot("diagram-four-member-workbench");
		assertTrue(png.length() > 10_000, png + " written");
		editor.zoomManager().setZoom(1.0);
		File actual = Workbench.screenshot("diagram-four-member-workbench-100");
		assertTrue(actual.length() > 10_000, actual + " written");
	}

	/** ISFC links run above the processors on lanes of their own: every label sits above every CEC. */
	private void assertLinkLabelsOnTheirLanes() {
		int cecTop = Workbench.parts(editor, CecPart.class).stream().mapToInt(c -> c.getFigure().getBounds().y).min().orElseThrow();
		for (LinkPart link : Workbench.parts(editor, LinkPart.class)) {
			if (link.getModel() instanceof IsfcLink) {
				Rectangle label = ((org.eclipse.draw2d.IFigure) link.getFigure().getChildren().get(0)).getBounds();
				assertTrue(label.bottom() <= cecTop, "label " + label + " of " + link.labelText() + " is above the CECs (top " + cecTop + "), route " + java.util.Arrays.toString(((org.eclipse.draw2d.PolylineConnection) link.getFigure()).getPoints().toIntArray()));
			}
		}
	}

	@Test
	void paletteCreatesAMemberAndAnIsfcLinkAndUndoRemovesThem() {
		Cec cec1 = model().getCecs().get(0);
		int lpars = cec1.getLpars().size();
		int members = cluster().getMembers().size();
		int links = cluster().getIsfcLinks().size();

		// LPAR tool on CEC1, then Member tool on the new LPAR
		execute(create("LPAR", part(cec1)));
		assertEquals(lpars + 1, cec1.getLpars().size());
		Lpar lpar = cec1.getLpars().get(lpars);
		Workbench.settle(100);
		execute(create("Member", part(lpar)));
		assertEquals(members + 1, cluster().getMembers().size());
		Member created = lpar.getMember();
		assertNotNull(created, "the member is IPLed in the LPAR it was dropped on");
		assertEquals(5, created.getSlot(), "the lowest free slot");
		Workbench.settle(100);
		assertNotNull(memberPart(created), "the new member is drawn");
		assertEquals(members + 1, Workbench.parts(editor, MemberPart.class).size());
		assertTrue(editor.isDirty());

		// ISFC link tool from the new member to SYSA
		Member sysa = cluster().getMembers().get(0);
		execute(connect("ISFC link", memberPart(created), memberPart(sysa)));
		assertEquals(links + 1, cluster().getIsfcLinks().size());
		IsfcLink link = cluster().getIsfcLinks().get(links);
		assertEquals(1, link.getCtcConnections().size());
		assertNotNull(link.getCtcConnections().get(0).getChpidA(), "a FICON CHPID of the member's CEC");
		Workbench.settle(100);
		LinkPart drawn = (LinkPart) editor.getViewer().getEditPartRegistry().get(link);
		assertNotNull(drawn, "the link is drawn");
		assertTrue(drawn.labelText().startsWith("1 CTC"), drawn.labelText());
		// the second ISFC link between the same pair is refused: add CTCs to it instead
		assertEquals(null, connectCommand("ISFC link", memberPart(created), memberPart(sysa)));
		execute(connect("CTC connection", memberPart(created), memberPart(sysa)));
		assertEquals(2, link.getCtcConnections().size());
		stack().undo();

		// undo link, member, LPAR through the one EMF command stack
		stack().undo();
		stack().undo();
		stack().undo();
		Workbench.settle(100);
		assertEquals(links, cluster().getIsfcLinks().size());
		assertEquals(members, cluster().getMembers().size());
		assertEquals(lpars, cec1.getLpars().size());
		assertEquals(members, Workbench.parts(editor, MemberPart.class).size(), "the figure went with the member");
		assertEquals(null, editor.getViewer().getEditPartRegistry().get(link));
		assertFalse(editor.isDirty(), "back at the saved state");
		// and redo through GEF's stack (what the Undo/Redo actions use) reaches the same EMF stack
		editor.getAdapter(org.eclipse.gef.commands.CommandStack.class);
		((org.eclipse.gef.commands.CommandStack) editor.getAdapter(org.eclipse.gef.commands.CommandStack.class)).redo();
		assertEquals(lpars + 1, cec1.getLpars().size());
	}

	@Test
	void everyPaletteToolCreatesItsConcept() {
		Member sysa = cluster().getMembers().get(0);
		int volumes = model().getDasdVolumes().size();
		int vms = cluster().getVirtualMachines().size();
		execute(create("CEC", editor.getDiagram()));
		assertEquals(3, model().getCecs().size());
		execute(create("Shared volume", find(ssiplan.diagram.view.SharedDasdPool.class)));
		execute(create("Paging volume", memberPart(sysa)));
		assertEquals(volumes + 2, model().getDasdVolumes().size());
		assertEquals(sysa, model().getDasdVolumes().get(volumes + 1).getOwnerMember());
		execute(create("VSWITCH", find(ssiplan.diagram.view.NetworkArea.class)));
		execute(create("OSA", find(ssiplan.diagram.view.NetworkArea.class)));
		execute(create("Guest", memberPart(sysa)));
		assertEquals(vms + 1, cluster().getVirtualMachines().size());
		Workbench.settle(100);
		VirtualSwitch added = cluster().getVirtualSwitches().get(cluster().getVirtualSwitches().size() - 1);
		execute(connect("Uplink", memberPart(sysa), (EditPart) editor.getViewer().getEditPartRegistry().get(added)));
		assertEquals(1, added.getUplinks().size());
		Workbench.settle(100);
		assertEquals(3, Workbench.parts(editor, CecPart.class).size());
	}

	@Test
	void directEditRenamesAndDeleteRemovesThroughTheSharedStack() {
		Member sysb = cluster().getMembers().get(1);
		MemberPart part = memberPart(sysb);
		editor.getViewer().select(part);
		part.performRequest(new org.eclipse.gef.requests.DirectEditRequest());
		Workbench.settle(100);
		org.eclipse.swt.widgets.Text text = findText(editor.getViewer().getControl());
		assertNotNull(text, "an in-place text editor over the name");
		text.setText("sysz");
		text.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		Workbench.settle(100);
		assertEquals("SYSZ", sysb.getName(), "direct edit, upper-cased like z/VM names");

		GuestPart guest = Workbench.parts(editor, GuestPart.class).get(0);
		EObject vm = guest.element();
		editor.getViewer().select(guest);
		org.eclipse.jface.action.IAction delete = ((org.eclipse.gef.ui.actions.ActionRegistry) editor
				.getAdapter(org.eclipse.gef.ui.actions.ActionRegistry.class)).getAction(org.eclipse.ui.actions.ActionFactory.DELETE.getId());
		((org.eclipse.gef.ui.actions.UpdateAction) delete).update();
		assertTrue(delete.isEnabled(), "Delete is enabled for a selected guest");
		delete.run();
		Workbench.settle(100);
		assertEquals(null, vm.eContainer(), "the guest left the directory");
		stack().undo();
		stack().undo();
		assertEquals(cluster(), vm.eContainer());
		assertFalse(sysb.getName().equals("SYSZ"));
	}

	private static org.eclipse.swt.widgets.Text findText(org.eclipse.swt.widgets.Control control) {
		if (control instanceof org.eclipse.swt.widgets.Text text && text.isVisible()) {
			return text;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Text found = findText(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void arrangedLayoutIsSavedBesideTheModelAndRestoredOnReopen() throws Exception {
		// move CEC2 somewhere else, then Arrange All puts it back where ELK wants it (undoable)
		Cec cec2 = model().getCecs().get(1);
		GraphicalEditPart part = (GraphicalEditPart) editor.getViewer().getEditPartRegistry().get(cec2);
		Rectangle before = part.getFigure().getBounds().getCopy();
		editor.arrangeAll();
		Workbench.settle(100);
		assertEquals(before, part.getFigure().getBounds(), "first open was laid out by the same ELK arrangement");
		Map<Object, Rectangle> moved = new LinkedHashMap<>();
		moved.put(cec2, new Rectangle(before.x + 300, before.y + 500, -1, -1));
		editor.getViewer().getEditDomain().getCommandStack().execute(ssiplan.diagram.commands.EmfGefCommand
				.wrap(new ssiplan.diagram.commands.SetBoundsCommand("Move", editor.getDiagramContext().layout(), moved)));
		Workbench.settle(100);
		assertEquals(new Point(before.x + 300, before.y + 500), part.getFigure().getBounds().getLocation());
		assertTrue(editor.isDirty(), "a move is an edit");

		Map<Object, Rectangle> shown = boundsOfTopLevel();
		editor.save();
		assertFalse(editor.isDirty());
		Path layout = LayoutFile.beside(file);
		assertTrue(Files.isRegularFile(layout), layout + " written");
		String json = Files.readString(layout);
		assertTrue(json.contains(cec2.eResource().getURIFragment(cec2)), "keyed by the CEC's UUID:\n" + json);

		Workbench.close(editor);
		editor = Workbench.open(file);
		Map<Object, Rectangle> reopened = boundsOfTopLevel();
		assertEquals(keys(shown), keys(reopened));
		for (Map.Entry<String, Rectangle> e : keys(shown).entrySet()) {
			assertEquals(e.getValue(), keys(reopened).get(e.getKey()), "same place after reopening: " + e.getKey());
		}
		assertFalse(editor.isDirty(), "reopening is not an edit");
	}

	private Map<Object, Rectangle> boundsOfTopLevel() {
		Map<Object, Rectangle> bounds = new LinkedHashMap<>();
		for (Object child : editor.getDiagram().getChildren()) {
			bounds.put(((EditPart) child).getModel(), ((GraphicalEditPart) child).getFigure().getBounds().getCopy());
		}
		return bounds;
	}

	private static Map<String, Rectangle> keys(Map<Object, Rectangle> bounds) {
		Map<String, Rectangle> keyed = new LinkedHashMap<>();
		bounds.forEach((node, r) -> keyed.put(ssiplan.diagram.view.ModelIds.keyOf(node), r));
		return keyed;
	}

	@Test
	void exportsPngAndSvgOfTheWholeDiagram() throws Exception {
		Rectangle extent = DiagramImages.extent(editor.getViewer());
		Path png = Workbench.output("diagram-four-member.png");
		Files.deleteIfExists(png); // a new file gets ordinary permissions (an existing one keeps its own)
		editor.exportImage(png);
		ImageData data = new ImageLoader().load(png.toString())[0];
		assertEquals(extent.width, data.width);
		assertEquals(extent.height, data.height);
		assertTrue(data.width > 800 && data.height > 400, data.width + "x" + data.height);
		assertTrue(nonWhite(data) > data.width * data.height / 20, "the picture has content");

		Path svg = Workbench.output("diagram-four-member.svg");
		editor.exportImage(svg);
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text.substring(0, 40));
		assertTrue(java.util.regex.Pattern.compile("<svg[^>]* width=['\"]" + extent.width + "(\\.0)?['\"]").matcher(text).find(), "SVG width");
		assertTrue(java.util.regex.Pattern.compile("<svg[^>]* height=['\"]" + extent.height + "(\\.0)?['\"]").matcher(text).find(), "SVG height");
		assertTrue(text.contains(cluster().getMembers().get(0).getName()), "member names are text in the SVG");
		assertTrue(text.contains("fill:rgb(30,58,95)"), "CEC headers are filled boxes in the SVG");
		assertFalse(text.contains("clip-path"), "no clip-paths: figures paint inside their bounds, renderers differ on clips");
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(png)),
				"an exported image is an ordinary file");
	}

	private static int nonWhite(ImageData data) {
		int count = 0;
		for (int y = 0; y < data.height; y += 2) {
			for (int x = 0; x < data.width; x += 2) {
				var rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red < 240 || rgb.green < 240 || rgb.blue < 240) {
					count += 4;
				}
			}
		}
		return count;
	}

	@Test
	void decorationsAppearWhenARuleBreaksAndGoWhenItIsFixed() {
		editor.setProblemSource(ssiplan.diagram.DefaultProblems.source());
		Member sysb = cluster().getMembers().get(1);
		MemberPart part = memberPart(sysb);
		assertTrue(ruleIds(part).isEmpty(), "no finding on " + sysb.getName() + " yet: " + ruleIds(part));

		stack().execute(SetCommand.create(editor.getEditingDomain(), sysb, Literals.MEMBER__NAME, "SYSB_TOO_LONG"));
		Workbench.settle(200);
		assertTrue(ruleIds(part).contains("SSI-MEMBER-NAME"), "decorated: " + ruleIds(part));
		var figure = part.getFigure();
		assertNotNull(figure.getToolTip(), "the message is the tooltip");
		Workbench.screenshot("diagram-decoration");

		stack().undo();
		Workbench.settle(200);
		assertFalse(ruleIds(part).contains("SSI-MEMBER-NAME"), "gone when fixed: " + ruleIds(part));
		assertEquals(null, figure.getToolTip());
	}

	private static List<String> ruleIds(MemberPart part) {
		return ((ssiplan.diagram.figures.Decorated) part.getFigure()).problems().stream().map(p -> p.ruleId()).toList();
	}

	@Test
	void modelChangedElsewhereUpdatesTheDiagram() {
		Member sysc = cluster().getMembers().get(2);
		var figure = (ssiplan.diagram.figures.NodeFigure) memberPart(sysc).getFigure();
		var joined = figure.headerFill();
		// a plain model change, not through the diagram (as an import or another view would do it)
		sysc.setInitialState(MemberState.DOWN);
		assertFalse(joined.equals(figure.headerFill()), "state colour follows at once");
		Cec cec = ssiplan.model.SsiplanFactory.eINSTANCE.createCec();
		cec.setName("CEC9");
		model().getCecs().add(cec);
		Workbench.settle(100);
		assertNotNull(editor.getViewer().getEditPartRegistry().get(cec), "a CEC added elsewhere is drawn");
	}

	@Test
	void layersHideAndShowTheirFigures() {
		int guests = Workbench.parts(editor, GuestPart.class).size();
		editor.setLayerShown(Layer.GUESTS, false);
		editor.setLayerShown(Layer.NETWORK, false);
		Workbench.settle(100);
		assertEquals(0, Workbench.parts(editor, GuestPart.class).size());
		assertEquals(0, Workbench.parts(editor, VswitchPart.class).size());
		assertTrue(Workbench.parts(editor, LinkPart.class).stream().noneMatch(l -> l.getModel() instanceof VswitchUplink));
		editor.setLayerShown(Layer.TOPOLOGY, false);
		Workbench.settle(100);
		assertEquals(0, Workbench.parts(editor, ChpidPart.class).size());
		assertTrue(Workbench.parts(editor, LinkPart.class).stream().noneMatch(l -> l.getModel() instanceof IsfcLink));
		Workbench.screenshot("diagram-layers-off");
		for (Layer layer : Layer.values()) {
			editor.setLayerShown(layer, true);
		}
		Workbench.settle(100);
		assertEquals(guests, Workbench.parts(editor, GuestPart.class).size());
	}

	@Test
	void selectionIsModelObjectsBothWays() {
		Member sysd = cluster().getMembers().get(3);
		editor.getModelSelectionProvider().setSelection(new StructuredSelection(sysd));
		Workbench.settle(50);
		assertEquals(List.of(memberPart(sysd)), ((IStructuredSelection) editor.getViewer().getSelection()).toList());
		IStructuredSelection published = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		assertEquals(List.of(sysd), published.toList());
		assertInstanceOf(IContentOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));
		assertInstanceOf(IEditingDomainProvider.class, editor);
	}

	// --- driving the palette tools' requests ----------------------------------------------------------

	private EditPart part(EObject element) {
		return (EditPart) editor.getViewer().getEditPartRegistry().get(element);
	}

	private EditPart find(Class<?> modelType) {
		for (Object part : editor.getViewer().getEditPartRegistry().values()) {
			if (modelType.isInstance(((EditPart) part).getModel())) {
				return (EditPart) part;
			}
		}
		throw new AssertionError("no part for " + modelType);
	}

	private ToolEntry tool(String label) {
		ToolEntry found = tool(editor.getPaletteRoot(), label);
		assertNotNull(found, "palette tool " + label);
		return found;
	}

	private static ToolEntry tool(PaletteContainer container, String label) {
		for (Object child : container.getChildren()) {
			if (child instanceof ToolEntry entry && label.equals(((PaletteEntry) entry).getLabel())) {
				return entry;
			}
			if (child instanceof PaletteContainer nested) {
				ToolEntry found = tool(nested, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private CreationFactory factory(String label) {
		return (CreationFactory) tool(label).getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY);
	}

	/** What the creation tool does over {@code target}: find the edit part that takes the request, ask it for the command. */
	private Command create(String label, EditPart target) {
		CreateRequest request = new CreateRequest();
		request.setFactory(factory(label));
		Rectangle r = ((GraphicalEditPart) target).getFigure().getBounds().getCopy();
		((GraphicalEditPart) target).getFigure().translateToAbsolute(r);
		request.setLocation(r.getCenter());
		EditPart taker = target;
		while (taker != null && taker.getTargetEditPart(request) == null) {
			taker = taker.getParent();
		}
		assertNotNull(taker, label + " has a target at " + target);
		return taker.getTargetEditPart(request).getCommand(request);
	}

	private Command connectCommand(String label, EditPart source, EditPart target) {
		CreateConnectionRequest request = new CreateConnectionRequest();
		request.setFactory(factory(label));
		request.setType(RequestConstants.REQ_CONNECTION_START);
		request.setSourceEditPart(source);
		request.setTargetEditPart(source);
		Command start = source.getCommand(request);
		if (start == null) {
			return null;
		}
		request.setStartCommand(start);
		request.setType(RequestConstants.REQ_CONNECTION_END);
		request.setTargetEditPart(target);
		return target.getCommand(request);
	}

	private Command connect(String label, EditPart source, EditPart target) {
		Command command = connectCommand(label, source, target);
		assertNotNull(command, label + " from " + source + " to " + target);
		return command;
	}

	private void execute(Command command) {
		assertNotNull(command, "a command");
		assertTrue(command.canExecute(), command.getLabel());
		editor.getViewer().getEditDomain().getCommandStack().execute(command);
	}
}
