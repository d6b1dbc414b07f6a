package ssiplan.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** Property sources for the objects of one editing domain, for a {@link PropertySheetPage}. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final EditingDomain domain;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain) {
		this.adapterFactory = adapterFactory;
		this.domain = domain;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof PropertyValue) {
			return null; // a value shown in a row, not something to expand
		}
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
			return new ItemPropertySource(object, source, domain);
		}
		return null;
	}

	/** A Properties view page showing and editing the objects of {@code domain}. */
	public static PropertySheetPage page(AdapterFactory adapterFactory, EditingDomain domain) {
		PropertySheetPage page = new PropertySheetPage();
		page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory, domain));
		return page;
	}
}
