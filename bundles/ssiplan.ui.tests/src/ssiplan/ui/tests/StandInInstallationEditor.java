package ssiplan.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import ssiplan.model.Installation;
import ssiplan.model.resource.InstallationLoadException;
import ssiplan.model.resource.InstallationStore;
import ssiplan.ui.emf.EditingDomains;
import ssiplan.ui.emf.ItemProviderLabelProvider;

/**
 * A minimal installation editor for the workbench tests (the diagram editor is another stream's):
 * a flat list of every element, one {@link AdapterFactoryEditingDomain} whose command stack is the
 * only one, EObject selections published and accepted, Save through {@link InstallationStore}.
 */
public final class StandInInstallationEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "ssiplan.ui.tests.StandInInstallationEditor";

	private final ComposedAdapterFactory adapterFactory = EditingDomains.standardAdapterFactory();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private AdapterFactoryEditingDomain domain;
	private Installation installation;
	private Path file;
	private TableViewer viewer;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		if (input instanceof IFileEditorInput fileInput) {
			file = fileInput.getFile().getLocation().toFile().toPath();
		} else if (input instanceof IURIEditorInput uriInput) {
			file = Path.of(uriInput.getURI());
		} else {
			throw new PartInitException("not an installation file: " + input);
		}
		try {
			installation = new InstallationStore().load(file);
		} catch (InstallationLoadException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, installation.eResource().getResourceSet());
		commandStack.addCommandStackListener(e -> getSite().getShell().getDisplay().asyncExec(() -> {
			firePropertyChange(PROP_DIRTY);
			if (viewer != null && !viewer.getControl().isDisposed()) {
				viewer.setInput(elements());
			}
		}));
		setPartName(file.getFileName().toString());
	}

	private List<EObject> elements() {
		List<EObject> all = new ArrayList<>();
		installation.eAllContents().forEachRemaining(all::add);
		return all;
	}

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		viewer.setInput(elements());
		getSite().setSelectionProvider(viewer);
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Installation installation() {
		return installation;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			new InstallationStore().save(installation, file);
			commandStack.saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		super.dispose();
		adapterFactory.dispose();
	}
}
