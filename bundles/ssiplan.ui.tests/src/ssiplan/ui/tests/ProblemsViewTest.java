package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ssiplan.model.Member;
import ssiplan.model.SsiplanPackage;
import ssiplan.ui.problems.FindingSource;
import ssiplan.ui.problems.FindingSources;
import ssiplan.ui.problems.ProblemFinding;
import ssiplan.ui.problems.ProblemMarkers;

/**
 * Findings of the installation's checks are markers in the Problems view, kept current as the model
 * changes. The rule catalogue (ssiplan.validation) is another stream's; this test checks through a
 * rule of its own with the catalogue's shape (contract 2).
 */
class ProblemsViewTest {

	private static final String MESSAGE = "has no LPAR: set the LPAR it runs in";

	/** Like the catalogue's member-placement rule: every member runs in an LPAR. */
	private static final FindingSource MEMBERS_NEED_LPARS = installation -> installation.getClusters().stream()
			.flatMap(c -> c.getMembers().stream()).filter(m -> m.getLpar() == null)
			.map(m -> new ProblemFinding("TEST-MEMBER-LPAR", ProblemFinding.Severity.ERROR, "Member " + m.getName() + " " + MESSAGE, m,
					Optional.of("Assign a free LPAR")))
			.toList();

	private AutoCloseable source;

	@AfterEach
	void close() throws Exception {
		Editors.closeAll();
		if (source != null) {
			source.close();
		}
	}

	private static Tree problemsTree() {
		List<Tree> trees = Ui.find(Ui.window().getShell(), Tree.class,
				t -> t.isVisible() && List.of(t.getColumns()).stream().map(TreeColumn::getText).anyMatch("Description"::equals));
		assertEquals(1, trees.size(), "one visible Problems table");
		return trees.get(0);
	}

	private static boolean listed(String text) {
		Tree tree = problemsTree();
		Ui.expandAll(tree);
		return Ui.items(tree).stream().anyMatch(i -> i.getText(0).contains(text));
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aBrokenMemberIsListedUntilItIsFixed() throws Exception {
		source = FindingSources.use(MEMBERS_NEED_LPARS);
		IEditorPart editor = Editors.open(TestInstallations.write(TestInstallations.fourMembersTwoCecs(), "problems.ssiplan"));
		Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
		Screenshots.settle(Ui.display(), 500);
		assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "a sound model has no findings");
		assertTrue(!listed(MESSAGE));

		EditingDomain domain = Editors.domain(editor);
		Member sysb = Editors.installation(editor).getClusters().get(0).getMembers().get(1);
		domain.getCommandStack().execute(SetCommand.create(domain, sysb, SsiplanPackage.Literals.MEMBER__LPAR, null));

		Ui.waitUntil("the finding as a marker", 3000, () -> markers(file).length == 1);
		Ui.waitUntil("the finding in the Problems view", 5000, () -> listed("Member SYSB " + MESSAGE));
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertEquals("TEST-MEMBER-LPAR", markers[0].getAttribute(ProblemMarkers.RULE, ""));
		assertSame(sysb, sysb.eResource().getEObject(markers[0].getAttribute(ProblemMarkers.ELEMENT, "")),
				"the marker names the offending member");
		Screenshots.of(Ui.window().getShell(), "problems-finding");

		domain.getCommandStack().undo();
		Ui.waitUntil("the finding to clear", 5000, () -> !listed(MESSAGE));
		Screenshots.of(Ui.window().getShell(), "problems-cleared");
		assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
	}
}
