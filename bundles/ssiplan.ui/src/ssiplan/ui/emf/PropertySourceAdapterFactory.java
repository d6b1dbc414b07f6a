package ssiplan.ui.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts model objects to {@link IPropertySource} (registered in plugin.xml), so the standard Properties
 * view shows and edits what any part selects — the diagram editor included — with the edits on the
 * owning editor's command stack.
 */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object)) {
			return null;
		}
		EditingDomain domain = EditingDomains.of(object).orElse(null);
		if (domain == null) {
			return null;
		}
		return adapterType.cast(new ItemPropertySourceProvider(EditingDomains.adapterFactory(domain), domain)
				.getPropertySource(object));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
