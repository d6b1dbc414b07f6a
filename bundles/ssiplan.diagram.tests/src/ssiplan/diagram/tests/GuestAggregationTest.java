package ssiplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.diagram.InstallationEditor;
import ssiplan.diagram.parts.GuestGroupPart;
import ssiplan.diagram.parts.GuestPart;
import ssiplan.diagram.view.DiagramContext;
import ssiplan.model.examples.SyntheticInstallations;

/** A member with hundreds of guests shows one summary tile with the count until the user opens it. */
class GuestAggregationTest {

	@TempDir
	Path dir;

	@Test
	void hundredsOfGuestsAreOneCountedTileUntilOpened() throws Exception {
		Path file = Workbench.save(SyntheticInstallations.generate(2, 300, 7L), dir.resolve("many.ssiplan"));
		InstallationEditor editor = Workbench.open(file);
		try {
			GuestGroupPart group = Workbench.parts(editor, GuestGroupPart.class).get(0);
			int guests = editor.getDiagramContext().contents().guestsOn(group.group().member()).size();
			assertTrue(guests > DiagramContext.GUEST_TILE_THRESHOLD, "many guests on the member: " + guests);
			assertTrue(group.isAggregated());
			assertEquals(0, group.getChildren().size(), "no tiles while aggregated");
			assertTrue(group.summaryText().contains(guests + " guests"), group.summaryText());

			group.performRequest(new Request(RequestConstants.REQ_OPEN)); // double-click
			Workbench.settle(100);
			assertFalse(group.isAggregated());
			assertEquals(guests, group.getChildren().size(), "every guest a tile");
			assertTrue(editor.isDirty(), "expanded state is kept in the layout, saved with the model");
			Workbench.screenshot("diagram-guests-expanded");

			editor.getEditingDomain().getCommandStack().undo();
			Workbench.settle(100);
			assertTrue(group.isAggregated(), "undo closes it again");
			assertEquals(0, Workbench.parts(editor, GuestPart.class).stream()
					.filter(p -> p.getParent() == group).count());
		} finally {
			Workbench.close(editor);
		}
	}
}
