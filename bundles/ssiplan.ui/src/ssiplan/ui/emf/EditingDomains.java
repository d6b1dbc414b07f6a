package ssiplan.ui.emf;

import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import ssiplan.model.provider.SsiplanItemProviderAdapterFactory;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/** Finding the editing domain (and its adapter factory) that owns a model object or a part. */
public final class EditingDomains {

	private EditingDomains() {
	}

	/** The domain of a part that is, or adapts to, an {@link IEditingDomainProvider}. */
	public static Optional<EditingDomain> of(IWorkbenchPart part) {
		if (part == null) {
			return Optional.empty();
		}
		IEditingDomainProvider provider = Adapters.adapt(part, IEditingDomainProvider.class);
		return provider == null ? Optional.empty() : Optional.ofNullable(provider.getEditingDomain());
	}

	/**
	 * The domain whose resource set holds {@code object}: the one the resource set names, else the one
	 * of the open editor that loaded it.
	 */
	public static Optional<EditingDomain> of(EObject object) {
		EditingDomain named = AdapterFactoryEditingDomain.getEditingDomainFor(object);
		if (named != null) {
			return Optional.of(named);
		}
		Resource resource = object.eResource();
		if (resource == null || !PlatformUI.isWorkbenchRunning()) {
			return Optional.empty();
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					Optional<EditingDomain> domain = of(reference.getEditor(false));
					if (domain.isPresent() && domain.get().getResourceSet() == resource.getResourceSet()) {
						return domain;
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The adapter factory of {@code domain}'s item providers; a domain that is not an
	 * {@link AdapterFactoryEditingDomain} gets the standard one (ssiplan + reflective).
	 */
	public static AdapterFactory adapterFactory(EditingDomain domain) {
		if (domain instanceof AdapterFactoryEditingDomain adapting) {
			return adapting.getAdapterFactory();
		}
		return standardAdapterFactory();
	}

	/** The item provider factory the editor uses too (contract 5): ssiplan's, then the reflective one. */
	public static ComposedAdapterFactory standardAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new SsiplanItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
