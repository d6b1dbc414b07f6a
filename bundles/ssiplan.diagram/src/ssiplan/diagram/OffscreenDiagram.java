package ssiplan.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import ssiplan.diagram.commands.SharedCommandStack;
import ssiplan.diagram.decorations.ProblemSource;
import ssiplan.diagram.export.DiagramImages;
import ssiplan.diagram.view.DiagramContext;
import ssiplan.diagram.view.DiagramLayout;
import ssiplan.diagram.view.LayoutFile;
import ssiplan.model.Installation;

/**
 * A diagram drawn in a shell that is never shown: the export command and the benchmark use it. The
 * layout comes from the layout file beside the model, or from ELK when there is none.
 */
public final class OffscreenDiagram implements AutoCloseable {

	private final Shell shell;
	private final ScrollingGraphicalViewer viewer;
	private final DiagramContext context;

	public OffscreenDiagram(Display display, Installation installation, Path modelFile, ProblemSource problems) throws IOException {
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1600, 1000);
		DiagramLayout layout = new DiagramLayout();
		boolean stored = modelFile != null && LayoutFile.read(LayoutFile.beside(modelFile), layout);
		var domain = DiagramViewers.newEditingDomain(installation);
		context = new DiagramContext(installation, domain, layout);
		context.setProblems(problems);
		viewer = new ScrollingGraphicalViewer();
		viewer.createControl(shell);
		DiagramViewers.configure(viewer);
		DefaultEditDomain editDomain = new DefaultEditDomain(null);
		editDomain.setCommandStack(new SharedCommandStack((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()));
		editDomain.addViewer(viewer);
		viewer.setContents(context);
		shell.layout(true, true);
		DiagramImages.settle(viewer);
		if (!stored || layout.isEmpty()) {
			DiagramViewers.arrange(viewer, false);
		}
	}

	public ScrollingGraphicalViewer viewer() {
		return viewer;
	}

	public DiagramContext context() {
		return context;
	}

	public void write(Path out) throws IOException {
		DiagramImages.write(viewer, out);
	}

	@Override
	public void close() {
		shell.dispose();
	}
}
