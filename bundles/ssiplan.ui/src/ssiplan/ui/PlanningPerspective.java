package ssiplan.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * "SSI Planning": the editor area for installations and diagrams in the middle, the outline on
 * the left, properties and problems below. Later bundles add their own views to this layout.
 */
public final class PlanningPerspective implements IPerspectiveFactory {

	public static final String ID = "ssiplan.ui.perspective.planning";

	/** Folder ids other bundles may target through perspectiveExtensions. */
	public static final String LEFT = "ssiplan.ui.folder.left";
	public static final String BOTTOM = "ssiplan.ui.folder.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
