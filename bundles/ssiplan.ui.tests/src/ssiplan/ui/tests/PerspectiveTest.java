package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

import ssiplan.ui.PlanningPerspective;
import ssiplan.ui.explorer.ModelExplorerView;

/** The SSI Planning perspective: explorer left, editor centre, properties and problems below, outline right. */
class PerspectiveTest {

	@Test
	void holdsTheViewsWhereThePlannerExpectsThem() {
		IWorkbenchPage page = Ui.page();
		page.resetPerspective();
		Screenshots.settle(Ui.display(), 200);
		assertEquals(PlanningPerspective.ID, page.getPerspective().getId());
		for (String id : new String[] { ModelExplorerView.ID, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW,
				IPageLayout.ID_OUTLINE }) {
			assertNotNull(page.findViewReference(id), id + " is in the perspective");
		}
		ModelExplorerView explorer = (ModelExplorerView) page.findView(ModelExplorerView.ID);
		PropertySheet properties = (PropertySheet) show(IPageLayout.ID_PROP_SHEET);
		ContentOutline outline = (ContentOutline) show(IPageLayout.ID_OUTLINE);
		Rectangle left = bounds(explorer.viewer().getControl());
		Rectangle bottom = bounds(properties.getCurrentPage().getControl());
		Rectangle right = bounds(outline.getCurrentPage().getControl());

		assertTrue(left.x + left.width <= bottom.x, "properties right of the explorer: " + left + " " + bottom);
		assertTrue(right.x > bottom.x + bottom.width / 2, "outline on the right: " + bottom + " " + right);
		assertTrue(right.y + right.height <= bottom.y, "outline above the properties (beside the editor): " + bottom + " " + right);
		assertTrue(left.height > bottom.height, "the explorer is tall, the properties short");
	}

	private static IViewPart show(String id) {
		try {
			return Ui.page().showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static Rectangle bounds(Control control) {
		Rectangle local = control.getBounds();
		return control.getDisplay().map(control.getParent(), null, local);
	}
}
