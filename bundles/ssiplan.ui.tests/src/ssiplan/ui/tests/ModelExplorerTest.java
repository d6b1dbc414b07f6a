package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage;
import ssiplan.ui.explorer.ModelExplorerView;

/** The Model Explorer shows the active editor's installation, follows its changes and its selection. */
class ModelExplorerTest {

	private IEditorPart editor;
	private ModelExplorerView explorer;
	private Tree tree;

	@BeforeEach
	void open() throws Exception {
		Path file = TestInstallations.write(TestInstallations.fourMembersTwoCecs(), "explorer.ssiplan");
		editor = Editors.open(file);
		explorer = (ModelExplorerView) Ui.page().showView(ModelExplorerView.ID);
		tree = explorer.viewer().getTree();
		explorer.viewer().expandAll();
		Screenshots.settle(Ui.display(), 200);
	}

	@AfterEach
	void close() {
		Editors.closeAll();
	}

	private TreeItem item(String text) {
		return Ui.items(tree).stream().filter(i -> i.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no tree item '" + text + "' in " + texts()));
	}

	private List<String> texts() {
		return Ui.items(tree).stream().map(TreeItem::getText).toList();
	}

	@Test
	void showsTheInstallationTreeWithTheItemProvidersLabelsAndIcons() {
		assertSame(editor, explorer.editor());
		Installation installation = Editors.installation(editor);
		TreeItem root = tree.getItem(0);
		assertEquals(1, tree.getItemCount(), "one root: the installation");
		assertSame(installation, root.getData());
		assertNotNull(root.getImage(), "the item provider's icon");

		Member sysc = installation.getClusters().get(0).getMembers().get(2);
		TreeItem member = item(label(sysc));
		assertSame(sysc, member.getData());
		assertSame(installation.getClusters().get(0), member.getParentItem().getData(), "members are under their cluster");
		assertNotNull(member.getImage());
		// 2 CECs with 2 LPARs each, 1 cluster with 4 members and 6 ISFC links, the planning settings
		long lpars = Ui.items(tree).stream().filter(i -> i.getData() instanceof ssiplan.model.Lpar).count();
		long links = Ui.items(tree).stream().filter(i -> i.getData() instanceof ssiplan.model.IsfcLink).count();
		assertEquals(4, lpars, texts().toString());
		assertEquals(6, links, texts().toString());
		Screenshots.of(Ui.window().getShell(), "explorer");
	}

	private String label(Object element) {
		return explorer.viewer().getLabelProvider() instanceof org.eclipse.jface.viewers.ILabelProvider labels ? labels.getText(element) : "";
	}

	@Test
	void followsModelChangesMadeThroughTheCommandStack() {
		Installation installation = Editors.installation(editor);
		EditingDomain domain = Editors.domain(editor);
		Member sysa = installation.getClusters().get(0).getMembers().get(0);
		String before = item(label(sysa)).getText();

		domain.getCommandStack().execute(SetCommand.create(domain, sysa, SsiplanPackage.Literals.MEMBER__NAME, "SYSZ"));
		Screenshots.settle(Ui.display(), 100);
		TreeItem renamed = Ui.items(tree).stream().filter(i -> i.getData() == sysa).findFirst().orElseThrow();
		assertTrue(renamed.getText().contains("SYSZ"), renamed.getText());

		Member sise = SsiplanFactory.eINSTANCE.createMember();
		sise.setName("SYSE");
		sise.setSlot(5);
		Command add = AddCommand.create(domain, installation.getClusters().get(0), SsiplanPackage.Literals.SSI_CLUSTER__MEMBERS, sise);
		domain.getCommandStack().execute(add);
		Screenshots.settle(Ui.display(), 100);
		assertTrue(Ui.items(tree).stream().anyMatch(i -> i.getData() == sise), "the added member appears: " + texts());

		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		Screenshots.settle(Ui.display(), 100);
		assertTrue(Ui.items(tree).stream().noneMatch(i -> i.getData() == sise), "undo removes it again");
		assertEquals(before, Ui.items(tree).stream().filter(i -> i.getData() == sysa).findFirst().orElseThrow().getText());
	}

	@Test
	void editDeleteRemovesTheSelectedMemberAndUndoBringsItBack() {
		ssiplan.model.SsiCluster cluster = Editors.installation(editor).getClusters().get(0);
		Member sysd = cluster.getMembers().get(3);
		Ui.page().activate(explorer);
		Ui.click(item(label(sysd)));
		Ui.choose(Ui.menuItem("Edit", "Delete"));
		assertTrue(!cluster.getMembers().contains(sysd), "Edit > Delete removed the member");
		assertTrue(cluster.getIsfcLinks().stream().noneMatch(l -> l.getMemberA() == sysd || l.getMemberB() == sysd),
				"and nothing refers to it any more");
		assertTrue(Ui.items(tree).stream().noneMatch(i -> i.getData() == sysd));

		Ui.choose(Ui.menuItem("Edit", "Undo"));
		assertTrue(cluster.getMembers().contains(sysd), "Edit > Undo brought it back");
		assertEquals(3, cluster.getIsfcLinks().stream().filter(l -> l.getMemberA() == sysd || l.getMemberB() == sysd).count());
	}

	@Test
	void selectingInTheExplorerSelectsInTheEditor() {
		Member sysb = Editors.installation(editor).getClusters().get(0).getMembers().get(1);
		Ui.page().activate(explorer);
		Ui.click(item(label(sysb)));

		IStructuredSelection inEditor = (IStructuredSelection) Editors.selection(editor).getSelection();
		assertEquals(List.of(sysb), inEditor.toList(), "the editor selects the member chosen in the explorer");
	}

	@Test
	void selectingInTheEditorRevealsInTheExplorer() {
		Member sysd = Editors.installation(editor).getClusters().get(0).getMembers().get(3);
		explorer.viewer().collapseAll();
		Ui.page().activate(editor);
		Editors.selection(editor).setSelection(new StructuredSelection(sysd));
		Screenshots.settle(Ui.display(), 300);

		TreeItem[] selected = tree.getSelection();
		assertEquals(1, selected.length, "one item selected in the explorer");
		assertSame(sysd, selected[0].getData());
		assertTrue(selected[0].getParentItem().getExpanded(), "revealed: its cluster is expanded");
	}
}
