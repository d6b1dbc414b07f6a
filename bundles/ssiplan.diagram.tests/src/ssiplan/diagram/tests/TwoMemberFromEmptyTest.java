package ssiplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.diagram.InstallationEditor;
import ssiplan.diagram.parts.MemberPart;
import ssiplan.diagram.view.ModelIds;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.derived.ReleaseLimits;

/** "A planner can build a two-member cluster from an empty file with the palette alone, save, reopen, and see the same picture." */
class TwoMemberFromEmptyTest {

	@TempDir
	Path dir;

	@Test
	void paletteAloneBuildsATwoMemberClusterThatReopensTheSame() throws Exception {
		Installation empty = SsiplanFactory.eINSTANCE.createInstallation();
		empty.setName("New plan");
		empty.setSettings(SsiplanFactory.eINSTANCE.createPlanningSettings());
		ReleaseLimits.addMissingDefaults(empty.getSettings());
		Path file = Workbench.save(empty, dir.resolve("new.ssiplan"));
		InstallationEditor editor = Workbench.open(file);

		run(editor, create(editor, "CEC", editor.getDiagram()));
		Workbench.settle(100);
		EditPart cec = part(editor, editor.getInstallation().getCecs().get(0));
		run(editor, create(editor, "Member", cec)); // a member dropped on a CEC gets a new LPAR
		run(editor, create(editor, "Member", cec));
		Workbench.settle(100);
		SsiCluster cluster = editor.getInstallation().getClusters().get(0);
		assertEquals(2, cluster.getMembers().size());
		Member one = cluster.getMembers().get(0);
		Member two = cluster.getMembers().get(1);
		assertEquals(1, one.getSlot());
		assertEquals(2, two.getSlot());
		run(editor, connect(editor, "ISFC link", part(editor, one), part(editor, two)));
		run(editor, create(editor, "Shared volume", part(editor, editor.getDiagramContext().contents().rootChildren().stream()
				.filter(ssiplan.diagram.view.SharedDasdPool.class::isInstance).findFirst().orElseThrow())));
		Workbench.settle(100);
		editor.arrangeAll();
		Workbench.settle(100);
		assertEquals(2, Workbench.parts(editor, MemberPart.class).size());
		Map<String, Rectangle> before = topLevelBounds(editor);
		Workbench.screenshot("diagram-two-member-from-palette");
		editor.save();
		assertFalse(editor.isDirty());
		Workbench.close(editor);

		InstallationEditor reopened = Workbench.open(file);
		try {
			assertEquals(1, reopened.getInstallation().getClusters().get(0).getIsfcLinks().size());
			assertEquals(before, topLevelBounds(reopened), "the same picture after reopening");
		} finally {
			Workbench.close(reopened);
		}
	}

	private static Map<String, Rectangle> topLevelBounds(InstallationEditor editor) {
		Map<String, Rectangle> bounds = new LinkedHashMap<>();
		for (Object child : editor.getDiagram().getChildren()) {
			bounds.put(ModelIds.keyOf(((EditPart) child).getModel()), ((GraphicalEditPart) child).getFigure().getBounds().getCopy());
		}
		return bounds;
	}

	private static EditPart part(InstallationEditor editor, Object model) {
		EditPart part = (EditPart) editor.getViewer().getEditPartRegistry().get(model);
		assertNotNull(part, "drawn: " + model);
		return part;
	}

	private static CreationFactory factory(InstallationEditor editor, String label) {
		ToolEntry tool = find(editor.getPaletteRoot(), label);
		assertNotNull(tool, label);
		return (CreationFactory) tool.getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY);
	}

	private static ToolEntry find(PaletteContainer container, String label) {
		for (Object child : container.getChildren()) {
			if (child instanceof ToolEntry entry && label.equals(((PaletteEntry) entry).getLabel())) {
				return entry;
			}
			if (child instanceof PaletteContainer nested && find(nested, label) != null) {
				return find(nested, label);
			}
		}
		return null;
	}

	private static Command create(InstallationEditor editor, String label, EditPart target) {
		CreateRequest request = new CreateRequest();
		request.setFactory(factory(editor, label));
		Rectangle r = ((GraphicalEditPart) target).getFigure().getBounds().getCopy();
		((GraphicalEditPart) target).getFigure().translateToAbsolute(r);
		request.setLocation(r.getCenter());
		EditPart taker = target;
		while (taker != null && taker.getTargetEditPart(request) == null) {
			taker = taker.getParent();
		}
		assertNotNull(taker, label);
		return taker.getTargetEditPart(request).getCommand(request);
	}

	private static Command connect(InstallationEditor editor, String label, EditPart source, EditPart target) {
		CreateConnectionRequest request = new CreateConnectionRequest();
		request.setFactory(factory(editor, label));
		request.setType(RequestConstants.REQ_CONNECTION_START);
		request.setSourceEditPart(source);
		request.setTargetEditPart(source);
		request.setStartCommand(source.getCommand(request));
		request.setType(RequestConstants.REQ_CONNECTION_END);
		request.setTargetEditPart(target);
		return target.getCommand(request);
	}

	private static void run(InstallationEditor editor, Command command) {
		assertNotNull(command);
		editor.getViewer().getEditDomain().getCommandStack().execute(command);
	}
}
