package ssiplan.ui.problems;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/**
 * Findings as markers of type {@value #TYPE} (a problem marker, so the Problems view lists them) on
 * the installation's workspace file. The marker names the offending element by its id in the file
 * ({@value #ELEMENT}), which is how "Go to" finds it again.
 */
public final class ProblemMarkers {

	public static final String TYPE = "ssiplan.ui.finding";
	/** Marker attribute: the rule catalogue id, e.g. SSI-ISLINK-MESH. */
	public static final String RULE = "ssiplan.ruleId";
	/** Marker attribute: the URI fragment of the offending element in its resource. */
	public static final String ELEMENT = "ssiplan.element";
	/** Marker attribute: what the quick fix would do, when the rule offers one. */
	public static final String QUICK_FIX = "ssiplan.quickFix";

	private ProblemMarkers() {
	}

	/** Replaces the findings markers of {@code file} with {@code findings}, in one workspace operation. */
	public static void replace(IFile file, List<ProblemFinding> findings, AdapterFactory labels) throws CoreException {
		if (!file.exists()) {
			return;
		}
		ResourcesPlugin.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (ProblemFinding finding : findings) {
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, finding.message());
				marker.setAttribute(IMarker.SEVERITY, switch (finding.severity()) {
					case ERROR -> IMarker.SEVERITY_ERROR;
					case WARNING -> IMarker.SEVERITY_WARNING;
					case INFO -> IMarker.SEVERITY_INFO;
				});
				marker.setAttribute(RULE, finding.ruleId());
				marker.setAttribute(IMarker.LOCATION, location(finding, labels));
				EObject element = finding.element();
				if (element != null && element.eResource() != null) {
					marker.setAttribute(ELEMENT, element.eResource().getURIFragment(element));
				}
				finding.quickFix().ifPresent(fix -> {
					try {
						marker.setAttribute(QUICK_FIX, fix);
					} catch (CoreException e) {
						throw new IllegalStateException(e);
					}
				});
			}
		}, file, 0, null);
	}

	/** Removes the markers (the installation's editor closed: nothing keeps them current any more). */
	public static void clear(IFile file) throws CoreException {
		if (file.exists()) {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		}
	}

	/** "Member SYSA · SSI-ISLINK-MESH": the element the Location column names, and the rule. */
	private static String location(ProblemFinding finding, AdapterFactory labels) {
		EObject element = finding.element();
		String where = element == null ? "" : label(element, labels);
		return where.isEmpty() ? finding.ruleId() : where + " \u00b7 " + finding.ruleId();
	}

	private static String label(EObject element, AdapterFactory factory) {
		if (factory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			String text = labels.getText(element);
			if (text != null) {
				return text;
			}
		}
		return element.eClass().getName() + " " + EcoreUtil.getURI(element).fragment();
	}
}
