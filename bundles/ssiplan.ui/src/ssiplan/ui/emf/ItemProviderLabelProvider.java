package ssiplan.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons of model objects from their EMF.Edit item providers ({@link IItemLabelProvider}).
 * The icons are the item providers' own ({@code icons/full/obj16} of ssiplan.model.edit); SWT images
 * made from them are owned by this provider and disposed with it.
 */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		if (provider != null) {
			return provider.getText(element);
		}
		return element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : ItemImages.image(images, provider.getImage(element));
	}

	private IItemLabelProvider labelProvider(Object element) {
		return adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider
				? provider : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
