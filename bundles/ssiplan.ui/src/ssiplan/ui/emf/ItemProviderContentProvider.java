package ssiplan.ui.emf;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider that asks the EMF.Edit item providers for the children and parents of
 * model objects, and refreshes its viewer when they report changes. EMF's own
 * {@code AdapterFactoryContentProvider} lives in EMF Edit UI, which is not on Maven Central.
 *
 * <p>The input may be a {@link Resource} (its root objects are the tree's roots), a {@link Collection}
 * of objects, or one model object (shown as the single root).
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		if (input instanceof Collection<?> collection) {
			return collection.toArray();
		}
		if (input == null) {
			return NONE;
		}
		return List.of(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		if (provider != null) {
			return provider.getChildren(parent).toArray();
		}
		if (adapterFactory.adapt(parent, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider list) {
			return list.getElements(parent).toArray();
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
				? provider : null;
	}

	/**
	 * Item providers turn model notifications into {@link IViewerNotification}s saying which element
	 * changed and whether its children, its label or both need a refresh.
	 */
	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change)) {
			return;
		}
		StructuredViewer target = viewer;
		if (target == null) {
			return;
		}
		Control control = target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		Runnable refresh = () -> {
			if (control.isDisposed()) {
				return;
			}
			Object element = change.getElement();
			if (change.isContentRefresh()) {
				if (element == null) {
					target.refresh(change.isLabelUpdate());
				} else {
					target.refresh(element, change.isLabelUpdate());
				}
			} else if (change.isLabelUpdate() && element != null) {
				target.update(element, null);
			}
			if (change.isLabelUpdate() && element instanceof EObject object) {
				updateReferrers(target, object);
			}
		};
		Display display = control.getDisplay();
		if (display.getThread() == Thread.currentThread()) {
			refresh.run();
		} else {
			display.asyncExec(refresh);
		}
	}

	/**
	 * Labels often name what an element refers to (an ISFC link "SYSA - SYSB", a guest's home member),
	 * and item providers only report changes of the element itself: relabel the referring elements too.
	 */
	private static void updateReferrers(StructuredViewer target, EObject object) {
		Resource resource = object.eResource();
		if (resource == null) {
			return;
		}
		Collection<EStructuralFeature.Setting> usages = resource.getResourceSet() == null
				? EcoreUtil.UsageCrossReferencer.find(object, resource)
				: EcoreUtil.UsageCrossReferencer.find(object, resource.getResourceSet());
		Object[] referrers = usages.stream().map(EStructuralFeature.Setting::getEObject).distinct().toArray();
		if (referrers.length > 0) {
			target.update(referrers, null);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
