package ssiplan.diagram;

import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;

import ssiplan.diagram.commands.EmfGefCommand;
import ssiplan.diagram.commands.SetBoundsCommand;
import ssiplan.diagram.export.DiagramImages;
import ssiplan.diagram.figures.Theme;
import ssiplan.diagram.layout.ElkArrange;
import ssiplan.diagram.parts.DiagramPartFactory;
import ssiplan.diagram.parts.InstallationDiagramPart;
import ssiplan.diagram.view.DiagramContext;
import ssiplan.model.Installation;
import ssiplan.model.provider.SsiplanItemProviderAdapterFactory;

/** Setting up a viewer for an installation diagram, shared by the editor, the export command and the tests. */
public final class DiagramViewers {

	private DiagramViewers() {
	}

	/** The editing domain of contract 5: SSI Planner item providers + reflective, a BasicCommandStack. */
	public static AdapterFactoryEditingDomain newEditingDomain(Installation installation) {
		return newEditingDomain(installation, new BasicCommandStack());
	}

	public static AdapterFactoryEditingDomain newEditingDomain(Installation installation, BasicCommandStack stack) {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new SsiplanItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		if (installation != null && installation.eResource() != null && installation.eResource().getResourceSet() != null) {
			return new AdapterFactoryEditingDomain(factory, stack, installation.eResource().getResourceSet());
		}
		return new AdapterFactoryEditingDomain(factory, stack);
	}

	public static void configure(GraphicalViewer viewer) {
		viewer.setRootEditPart(new ScalableFreeformRootEditPart());
		viewer.setEditPartFactory(new DiagramPartFactory());
		viewer.getControl().setBackground(Theme.CANVAS);
	}

	public static InstallationDiagramPart diagramOf(GraphicalViewer viewer) {
		return (InstallationDiagramPart) viewer.getContents();
	}

	/**
	 * Arrange All with ELK. Undoable through the viewer's command stack, or applied directly (layout on
	 * first open, export of a file without layout), which neither dirties the editor nor adds to undo.
	 */
	public static void arrange(GraphicalViewer viewer, boolean undoable) {
		DiagramImages.settle(viewer);
		InstallationDiagramPart diagram = diagramOf(viewer);
		Map<Object, Rectangle> bounds = ElkArrange.compute(diagram);
		SetBoundsCommand command = new SetBoundsCommand("Arrange All", ((DiagramContext) diagram.getModel()).layout(), bounds);
		if (undoable) {
			viewer.getEditDomain().getCommandStack().execute(EmfGefCommand.wrap(command));
		} else if (command.canExecute()) {
			command.execute();
		}
		DiagramImages.settle(viewer);
	}
}
