package ssiplan.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import ssiplan.diagram.commands.SharedCommandStack;
import ssiplan.diagram.decorations.ProblemSource;
import ssiplan.diagram.export.DiagramImages;
import ssiplan.diagram.parts.InstallationDiagramPart;
import ssiplan.diagram.view.DiagramContext;
import ssiplan.diagram.view.DiagramLayout;
import ssiplan.diagram.view.Layer;
import ssiplan.diagram.view.LayoutFile;
import ssiplan.model.Installation;
import ssiplan.model.resource.InstallationLoadException;
import ssiplan.model.resource.InstallationStore;

/**
 * The installation diagram editor for {@code .ssiplan} files (contract 5). It owns one EMF editing
 * domain whose {@link BasicCommandStack} is the only command stack: GEF's stack is a
 * {@link SharedCommandStack} view of it, so undo/redo is shared with the explorer and Properties.
 * It publishes selections of model EObjects, saves the model atomically through
 * {@link InstallationStore} and the layout beside it ({@code NAME.ssiplan.layout}).
 */
public class InstallationEditor extends GraphicalEditorWithFlyoutPalette implements IEditingDomainProvider {

	public static final String ID = "ssiplan.diagram.InstallationEditor";

	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final DiagramLayout layout = new DiagramLayout();
	private AdapterFactoryEditingDomain domain;
	private Installation installation;
	private DiagramContext context;
	private Path modelFile;
	private boolean layoutStored;
	private PaletteRoot palette;
	private ModelSelectionProvider selectionProvider;
	private ToolBar toolBar;

	public InstallationEditor() {
		DefaultEditDomain editDomain = new DefaultEditDomain(this);
		editDomain.setCommandStack(new SharedCommandStack(commandStack));
		setEditDomain(editDomain);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		modelFile = pathOf(input);
		if (modelFile == null) {
			throw new PartInitException("The installation editor opens files; " + input.getName() + " is not one");
		}
		try {
			installation = new InstallationStore().load(modelFile);
		} catch (InstallationLoadException e) {
			String problems = e.getProblems().stream().map(Object::toString).collect(Collectors.joining("\n"));
			throw new PartInitException(problems.isEmpty() ? modelFile + ": " + e.getMessage() : problems, e);
		}
		domain = DiagramViewers.newEditingDomain(installation, commandStack);
		try {
			layoutStored = LayoutFile.read(LayoutFile.beside(modelFile), layout);
		} catch (IOException e) {
			// an unreadable layout is not worth refusing the model for: lay it out afresh, keep the file until save
			layoutStored = false;
		}
		context = new DiagramContext(installation, domain, layout);
		context.setProblems(DefaultProblems.source());
		setPartName(modelFile.getFileName().toString());
		setTitleToolTip(modelFile.toString());
		super.init(site, input);
	}

	static Path pathOf(IEditorInput input) {
		if (input instanceof IFileEditorInput file && file.getFile().getLocation() != null) {
			return file.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
			return Path.of(uri.getURI());
		}
		if (input instanceof IPathEditorInput path) {
			return path.getPath().toFile().toPath();
		}
		return null;
	}

	// --- contract 5 -------------------------------------------------------------------------------

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public Installation getInstallation() {
		return installation;
	}

	public Path getModelFile() {
		return modelFile;
	}

	public DiagramContext getDiagramContext() {
		return context;
	}

	/** Where findings for the decorations come from (the rule catalogue by default when it is installed). */
	public void setProblemSource(ProblemSource source) {
		context.setProblems(source);
		if (getDiagram() != null) {
			getDiagram().refreshNow();
		}
	}

	public GraphicalViewer getViewer() {
		return getGraphicalViewer();
	}

	public InstallationDiagramPart getDiagram() {
		return getGraphicalViewer() == null ? null : DiagramViewers.diagramOf(getGraphicalViewer());
	}

	/** The palette starts pinned open on the right (not hidden behind its flyout button). */
	@Override
	protected org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences getPalettePreferences() {
		return new org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences() {
			private int dock = org.eclipse.draw2d.PositionConstants.EAST;
			private int state = org.eclipse.gef.ui.palette.FlyoutPaletteComposite.STATE_PINNED_OPEN;
			private int width = 150;

			@Override
			public int getDockLocation() {
				return dock;
			}

			@Override
			public int getPaletteState() {
				return state;
			}

			@Override
			public int getPaletteWidth() {
				return width;
			}

			@Override
			public void setDockLocation(int location) {
				dock = location;
			}

			@Override
			public void setPaletteState(int newState) {
				state = newState;
			}

			@Override
			public void setPaletteWidth(int newWidth) {
				width = newWidth;
			}
		};
	}

	@Override
	public PaletteRoot getPaletteRoot() {
		if (palette == null) {
			palette = PaletteFactory.create();
		}
		return palette;
	}

	/** ELK Arrange All, undoable. */
	public void arrangeAll() {
		DiagramViewers.arrange(getGraphicalViewer(), true);
	}

	public void setLayerShown(Layer layer, boolean shown) {
		layout.setShown(layer, shown);
		if (toolBar != null && !toolBar.isDisposed()) {
			for (ToolItem item : toolBar.getItems()) {
				if (item.getData() == layer) {
					item.setSelection(shown);
				}
			}
		}
	}

	/** Writes the whole diagram as PNG or SVG (by extension). */
	public void exportImage(Path out) throws IOException {
		DiagramImages.write(getGraphicalViewer(), out);
	}

	// --- GEF --------------------------------------------------------------------------------------

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 0;
		area.setLayout(grid);
		toolBar = new ToolBar(area, SWT.FLAT | SWT.HORIZONTAL);
		toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite canvas = new Composite(area, SWT.NONE);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.setLayout(new org.eclipse.swt.layout.FillLayout());
		super.createPartControl(canvas);
		fillToolBar();
	}

	private void fillToolBar() {
		push("Arrange All", "Lay the diagram out again (ELK layered)", this::arrangeAll);
		new ToolItem(toolBar, SWT.SEPARATOR);
		for (Layer layer : Layer.values()) {
			ToolItem item = new ToolItem(toolBar, SWT.CHECK);
			item.setText(layer.label());
			item.setToolTipText("Show or hide " + layer.label().toLowerCase());
			item.setData(layer);
			item.setSelection(layout.isShown(layer));
			item.addListener(SWT.Selection, e -> layout.setShown(layer, item.getSelection()));
		}
		new ToolItem(toolBar, SWT.SEPARATOR);
		push("Zoom In", "Zoom in (Ctrl+wheel)", () -> zoomManager().zoomIn());
		push("Zoom Out", "Zoom out (Ctrl+wheel)", () -> zoomManager().zoomOut());
		push("Fit", "Fit the whole diagram", () -> zoomManager().setZoomAsText(ZoomManager.FIT_ALL));
		push("100%", "Actual size", () -> zoomManager().setZoom(1.0));
		new ToolItem(toolBar, SWT.SEPARATOR);
		push("Export\u2026", "Save the diagram as PNG or SVG", this::exportWithDialog);
	}

	private void push(String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(toolBar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	public ToolBar getToolBar() {
		return toolBar;
	}

	public ZoomManager zoomManager() {
		return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
	}

	private void exportWithDialog() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { "PNG image", "SVG drawing" });
		dialog.setFileName(modelFile.getFileName().toString().replaceFirst("\\.ssiplan$", "") + ".png");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			exportImage(Path.of(chosen));
		} catch (IOException | IllegalArgumentException e) {
			ErrorDialog.openError(getSite().getShell(), "Export diagram", "The diagram was not exported.",
					new Status(IStatus.ERROR, "ssiplan.diagram", e.getMessage(), e));
		}
	}

	@Override
	protected void configureGraphicalViewer() {
		super.configureGraphicalViewer();
		GraphicalViewer viewer = getGraphicalViewer();
		DiagramViewers.configure(viewer);
		ZoomManager zoom = ((ScalableFreeformRootEditPart) viewer.getRootEditPart()).getZoomManager();
		zoom.setZoomLevels(new double[] { 0.1, 0.25, 0.4, 0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 2.0 });
		zoom.addZoomListener(level -> {
			if (getDiagram() != null) {
				getDiagram().rerouteConnections();
			}
		});
		ActionRegistry registry = getActionRegistry();
		IAction zoomIn = new ZoomInAction(zoom);
		IAction zoomOut = new ZoomOutAction(zoom);
		registry.registerAction(zoomIn);
		registry.registerAction(zoomOut);
		viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
		KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
		keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(ActionFactory.DELETE.getId()));
		keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
		viewer.setKeyHandler(keys);
		// GEF's selection actions need edit parts, the workbench gets EObjects (see hookGraphicalViewer)
		for (Object id : getSelectionActions()) {
			if (registry.getAction(id) instanceof SelectionAction action) {
				action.setSelectionProvider(viewer);
			}
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void createActions() {
		super.createActions();
		DirectEditAction directEdit = new DirectEditAction((org.eclipse.ui.IWorkbenchPart) this);
		getActionRegistry().registerAction(directEdit);
		getSelectionActions().add(directEdit.getId());
	}

	@Override
	protected void hookGraphicalViewer() {
		getSelectionSynchronizer().addViewer(getGraphicalViewer());
		selectionProvider = new ModelSelectionProvider(getGraphicalViewer());
		getSite().setSelectionProvider(selectionProvider);
	}

	/** The workbench-facing selection provider (EObjects in, EObjects out). */
	public ISelectionProvider getModelSelectionProvider() {
		return selectionProvider;
	}

	@Override
	protected void initializeGraphicalViewer() {
		super.initializeGraphicalViewer();
		GraphicalViewer viewer = getGraphicalViewer();
		viewer.setContents(context);
		if (!layoutStored || layout.isEmpty()) {
			DiagramViewers.arrange(viewer, false); // layout on first open: not an edit, not dirty
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		firePropertyChange(PROP_DIRTY);
		super.commandStackChanged(event);
	}

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			save();
		} catch (IOException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			ErrorDialog.openError(getSite().getShell(), "Save installation", modelFile + " was not saved; the file on disk is unchanged.",
					new Status(IStatus.ERROR, "ssiplan.diagram", e.getMessage(), e));
		}
	}

	/** Saves the model (atomically, previous version kept as .bak) and then the layout beside it. */
	public void save() throws IOException {
		new InstallationStore().save(installation, modelFile);
		LayoutFile.write(LayoutFile.beside(modelFile), layout);
		getCommandStack().markSaveLocation();
		firePropertyChange(PROP_DIRTY);
		refreshWorkspaceFolder(getEditorInput());
	}

	private static void refreshWorkspaceFolder(IEditorInput input) {
		if (input instanceof IFileEditorInput file) {
			try {
				file.getFile().getParent().refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// the files are written; the workspace notices them at its next refresh
			}
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	/** File > Save As: asks for a {@code .ssiplan} path anywhere on disk, then {@link #saveAs(Path)}. */
	@Override
	public void doSaveAs() {
		Path target = askSaveAsFile();
		if (target == null) {
			return;
		}
		try {
			saveAs(target);
		} catch (IOException | CoreException e) {
			ErrorDialog.openError(getSite().getShell(), "Save installation as", target + " was not written; the editor still edits "
					+ modelFile + ".", new Status(IStatus.ERROR, "ssiplan.diagram", e.getMessage(), e));
		}
	}

	/** The Save As dialog; null when the user cancels. */
	private Path askSaveAsFile() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Save Installation As");
		dialog.setFilterExtensions(new String[] { "*.ssiplan" });
		dialog.setFilterNames(new String[] { "Installations (*.ssiplan)" });
		dialog.setFilterPath(modelFile.toAbsolutePath().getParent().toString());
		dialog.setFileName(modelFile.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		// GTK returns the typed name as is; the editor (and Open) only know *.ssiplan files
		return Path.of(chosen.endsWith(".ssiplan") ? chosen : chosen + ".ssiplan");
	}

	/**
	 * Saves the model to {@code target} (atomically; a file it replaces is kept as .bak) and the layout
	 * beside it, then edits {@code target}: the editor's input, title and dirty state follow it. When
	 * writing fails, the editor still edits its old file and nothing on disk changed.
	 */
	public void saveAs(Path target) throws IOException, CoreException {
		Path file = target.toAbsolutePath().normalize();
		org.eclipse.emf.ecore.resource.Resource resource = installation.eResource();
		org.eclipse.emf.common.util.URI previousUri = resource.getURI();
		try {
			new InstallationStore().save(installation, file);
		} catch (IOException | RuntimeException e) {
			resource.setURI(previousUri); // the store moves the resource to the new file before writing
			throw e;
		}
		LayoutFile.write(LayoutFile.beside(file), layout);
		IEditorInput input = SaveAsInput.of(file, getEditorInput());
		modelFile = file;
		setInputWithNotify(input);
		setPartName(file.getFileName().toString());
		setTitleToolTip(file.toString());
		getCommandStack().markSaveLocation();
		firePropertyChange(PROP_DIRTY);
		refreshWorkspaceFolder(input);
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Object getAdapter(Class type) {
		if (type == IContentOutlinePage.class) {
			return new ThumbnailOutlinePage((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart());
		}
		if (type == ZoomManager.class) {
			return zoomManager();
		}
		if (type == EditingDomain.class || type == IEditingDomainProvider.class) {
			return type == EditingDomain.class ? domain : this;
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		super.dispose();
		if (domain != null && domain.getAdapterFactory() instanceof org.eclipse.emf.edit.provider.ComposedAdapterFactory factory) {
			factory.dispose();
		}
	}

	/** Unused by the editor; lets callers who hold an IFile find out whether it is ours. */
	static boolean isInstallationFile(IFile file) {
		return file != null && "ssiplan".equals(file.getFileExtension());
	}

	List<Object> selectionActionIds() {
		return getSelectionActions();
	}
}
