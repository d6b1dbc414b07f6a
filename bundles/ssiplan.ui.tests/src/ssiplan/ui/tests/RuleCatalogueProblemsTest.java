package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ssiplan.model.IsfcLink;
import ssiplan.model.SsiCluster;
import ssiplan.model.examples.Examples;
import ssiplan.ui.problems.ProblemMarkers;

/** The Problems view with the real rule catalogue (contract 2) on the bundled example. */
class RuleCatalogueProblemsTest {

	private static final String MESH = "SSI-ISLINK-MESH";

	@AfterEach
	void close() {
		Editors.closeAll();
	}

	private static List<IMarker> markers(IFile file, String rule) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> rule.equals(m.getAttribute(ProblemMarkers.RULE, ""))).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aMissingIsfcLinkIsAnErrorUntilItIsBack() throws Exception {
		IEditorPart editor = Editors.open(TestInstallations.write(Examples.create("four-member-two-cec"), "mesh.ssiplan"));
		Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
		assertEquals(List.of(), markers(file, MESH), "the example is fully meshed");

		EditingDomain domain = Editors.domain(editor);
		SsiCluster cluster = Editors.installation(editor).getClusters().get(0);
		IsfcLink link = cluster.getIsfcLinks().get(0);
		domain.getCommandStack().execute(RemoveCommand.create(domain, cluster, null, List.of(link)));

		Ui.waitUntil("the rule catalogue's mesh finding", 5000, () -> markers(file, MESH).size() == 1);
		IMarker marker = markers(file, MESH).get(0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.contains(link.getMemberA().getName()) && message.contains(link.getMemberB().getName()),
				"the message names the unlinked pair: " + message);

		// Go to (double-click in the Problems view) selects the offending element in the editor
		Object element = Editors.installation(editor).eResource().getEObject(marker.getAttribute(ProblemMarkers.ELEMENT, ""));
		if (element != null) {
			IDE.gotoMarker(editor, marker);
			Screenshots.settle(Ui.display(), 100);
			assertSame(element, ((IStructuredSelection) Editors.selection(editor).getSelection()).getFirstElement());
		}
		Screenshots.of(Ui.window().getShell(), "problems-rule-catalogue");

		domain.getCommandStack().undo();
		Ui.waitUntil("the mesh finding to clear", 5000, () -> markers(file, MESH).isEmpty());
	}
}
