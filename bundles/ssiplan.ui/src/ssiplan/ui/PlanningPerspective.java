package ssiplan.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import ssiplan.ui.explorer.ModelExplorerView;

/**
 * "SSI Planning": the Model Explorer on the left, the installation editor (the topology diagram) in
 * the middle, the Outline on the right, Properties and Problems below. Later bundles add their own
 * views to these folders.
 */
public final class PlanningPerspective implements IPerspectiveFactory {

	public static final String ID = "ssiplan.ui.perspective.planning";

	/** Folder ids other bundles may target through perspectiveExtensions. */
	public static final String LEFT = "ssiplan.ui.folder.left";
	public static final String RIGHT = "ssiplan.ui.folder.right";
	public static final String BOTTOM = "ssiplan.ui.folder.bottom";

	/** The new-installation wizard (File > New). */
	public static final String NEW_INSTALLATION_WIZARD = "ssiplan.ui.wizards.newInstallation";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.2f, editorArea);
		left.addView(ModelExplorerView.ID);

		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.7f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.78f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(ModelExplorerView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addNewWizardShortcut(NEW_INSTALLATION_WIZARD);
	}
}
