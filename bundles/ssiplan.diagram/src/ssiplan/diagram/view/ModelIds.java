package ssiplan.diagram.view;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The identity the layout file uses for a diagram node: the element's UUID from its .ssiplan resource
 * (stable across edits and saves), with a prefix for the nodes the diagram adds itself.
 */
public final class ModelIds {

	private ModelIds() {
	}

	public static String of(EObject element) {
		Resource resource = element.eResource();
		if (resource != null) {
			String fragment = resource.getURIFragment(element);
			if (fragment != null) {
				return fragment;
			}
		}
		return EcoreUtil.getURI(element).fragment();
	}

	/** The layout key of a node on the diagram, or null for nodes whose place follows from their container. */
	public static String keyOf(Object node) {
		if (node instanceof SharedDasdPool pool) {
			return "dasd-pool:" + of(pool.installation());
		}
		if (node instanceof NetworkArea network) {
			return "network:" + of(network.installation());
		}
		if (node instanceof GuestGroup group) {
			return "guests:" + of(group.member());
		}
		if (node instanceof EObject element) {
			return of(element);
		}
		return null;
	}
}
