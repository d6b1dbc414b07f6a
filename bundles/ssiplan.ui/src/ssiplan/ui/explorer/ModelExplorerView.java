package ssiplan.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

import ssiplan.model.Installation;
import ssiplan.ui.edit.CommandStackActions;
import ssiplan.ui.emf.EditingDomains;
import ssiplan.ui.emf.ItemProviderContentProvider;
import ssiplan.ui.emf.ItemProviderLabelProvider;
import ssiplan.ui.emf.ItemPropertySourceProvider;

/**
 * The Model Explorer: the installation of the active editor as a tree from the EMF.Edit item
 * providers. Its selection and the editor's follow each other: selecting here selects (and reveals)
 * the same objects in the editor; selecting in the editor reveals them here. Undo, Redo and Delete
 * work on the editor's command stack.
 */
public final class ModelExplorerView extends ViewPart {

	public static final String ID = "ssiplan.ui.views.explorer";

	private static final String NO_EDITOR = "Open an installation (File > Open... or File > New > Installation) to see its elements.";

	private TreeViewer viewer;
	private IEditorPart editor;
	private EditingDomain domain;
	private ItemProviderContentProvider contentProvider;
	private ItemProviderLabelProvider labelProvider;
	private final CommandStackActions actions = new CommandStackActions();
	/** True while this view mirrors the editor's selection, so it does not echo it back. */
	private boolean following;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart part) {
				showEditor(part);
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			partActivated(reference);
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				showEditor(getSite().getPage().getActiveEditor());
			}
		}
	};

	private final ISelectionListener editorSelection = (part, selection) -> {
		if (part != null && part == editor && part != this) {
			reveal(selection);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		getSite().setSelectionProvider(viewer);
		viewer.addSelectionChangedListener(event -> {
			actions.selectionChanged();
			if (!following && getSite().getPage().getActivePart() == this) {
				selectInEditor(event.getSelection());
			}
		});
		MenuManager menu = new MenuManager();
		menu.add(actions.undo());
		menu.add(actions.redo());
		menu.add(actions.delete());
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);

		actions.setSelectionSource(viewer::getSelection);
		actions.install(getViewSite().getActionBars(), true);

		getSite().getPage().addPartListener(partListener);
		getSite().getPage().addSelectionListener(editorSelection);
		showEditor(getSite().getPage().getActiveEditor());
	}

	/** Shows the installation of {@code part} (or nothing when it has no editing domain). */
	void showEditor(IEditorPart part) {
		EditingDomain newDomain = EditingDomains.of(part).orElse(null);
		if (newDomain == null) {
			if (part != null && editor != null && !part.equals(editor) && getSite().getPage().getEditorReferences().length > 0
					&& isOpen(editor)) {
				return; // another kind of editor came to front; keep showing the last installation
			}
			part = null;
		}
		if (part == editor && newDomain == domain) {
			return;
		}
		editor = part;
		domain = newDomain;
		actions.setDomain(domain);
		if (contentProvider != null) {
			viewer.setInput(null);
		}
		if (domain == null) {
			setContentDescription(NO_EDITOR);
			return;
		}
		AdapterFactory adapterFactory = EditingDomains.adapterFactory(domain);
		// The viewer disposes the providers it replaces (and its last ones with its tree).
		contentProvider = new ItemProviderContentProvider(adapterFactory);
		labelProvider = new ItemProviderLabelProvider(adapterFactory);
		viewer.setContentProvider(contentProvider);
		viewer.setLabelProvider(labelProvider);
		Resource resource = installationResource(domain);
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		setContentDescription(resource == null ? "" : part.getTitle());
		reveal(part.getSite().getSelectionProvider() == null ? null : part.getSite().getSelectionProvider().getSelection());
	}

	private boolean isOpen(IEditorPart part) {
		for (var reference : getSite().getPage().getEditorReferences()) {
			if (reference.getEditor(false) == part) {
				return true;
			}
		}
		return false;
	}

	private static Resource installationResource(EditingDomain domain) {
		for (Resource resource : domain.getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Installation) {
				return resource;
			}
		}
		return domain.getResourceSet().getResources().isEmpty() ? null : domain.getResourceSet().getResources().get(0);
	}

	/** Selects (and expands to) the model objects of an editor selection. */
	private void reveal(ISelection selection) {
		if (viewer == null || viewer.getControl().isDisposed() || !(selection instanceof IStructuredSelection structured)) {
			return;
		}
		List<EObject> objects = new ArrayList<>();
		for (Object element : structured) {
			EObject object = element instanceof EObject e ? e : Adapters.adapt(element, EObject.class);
			if (object != null) {
				objects.add(object);
			}
		}
		if (objects.isEmpty()) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new StructuredSelection(objects), true);
		} finally {
			following = false;
		}
	}

	private void selectInEditor(ISelection selection) {
		if (editor == null || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		if (editor instanceof ISetSelectionTarget target) {
			target.selectReveal(selection);
			return;
		}
		ISelectionProvider provider = editor instanceof ISelectionProvider own ? own : editor.getSite().getSelectionProvider();
		if (provider != null) {
			provider.setSelection(selection);
		}
	}

	/** The tree, for tests and for the Outline-like uses of other views. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The editor whose installation is shown; null when none. */
	public IEditorPart editor() {
		return editor;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new FollowingPropertySources());
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	/** Property sources from whichever domain this view shows at the time it is asked. */
	private final class FollowingPropertySources implements IPropertySourceProvider {
		@Override
		public IPropertySource getPropertySource(Object object) {
			if (domain == null) {
				return null;
			}
			return new ItemPropertySourceProvider(EditingDomains.adapterFactory(domain), domain).getPropertySource(object);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		getSite().getPage().removeSelectionListener(editorSelection);
		actions.dispose();
		super.dispose();
	}
}
