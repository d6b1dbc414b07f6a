package ssiplan.ui.problems;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.ISetSelectionTarget;

import ssiplan.ui.emf.EditingDomains;

/**
 * "Go to" from the Problems view (double-click a finding) for installation editors that do not bring
 * their own {@link IGotoMarker}: selects and reveals the offending element in the editor.
 */
public final class GotoFindingAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IGotoMarker.class || !(adaptable instanceof IEditorPart editor)) {
			return null;
		}
		EditingDomain domain = EditingDomains.of(editor).orElse(null);
		if (domain == null) {
			return null;
		}
		IGotoMarker gotoMarker = marker -> {
			String fragment = marker.getAttribute(ProblemMarkers.ELEMENT, null);
			if (fragment == null) {
				return;
			}
			for (Resource resource : domain.getResourceSet().getResources()) {
				EObject element = resource.getEObject(fragment);
				if (element != null) {
					StructuredSelection selection = new StructuredSelection(element);
					if (editor instanceof ISetSelectionTarget target) {
						target.selectReveal(selection);
					} else {
						ISelectionProvider provider = editor.getSite().getSelectionProvider();
						if (provider != null) {
							provider.setSelection(selection);
						}
					}
					return;
				}
			}
		};
		return adapterType.cast(gotoMarker);
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IGotoMarker.class };
	}
}
