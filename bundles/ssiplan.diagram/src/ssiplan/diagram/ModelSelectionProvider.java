package ssiplan.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import ssiplan.diagram.parts.DiagramPart;
import ssiplan.diagram.parts.InstallationDiagramPart;
import ssiplan.diagram.parts.LinkPart;

/**
 * The editor's selection as the workbench sees it: model EObjects, not edit parts (contract 5), so the
 * explorer and the Properties view work with the diagram directly. Setting a selection of EObjects
 * selects and reveals their figures (or the nearest drawn container's).
 */
final class ModelSelectionProvider implements ISelectionProvider {

	private final GraphicalViewer viewer;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	ModelSelectionProvider(GraphicalViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(event -> {
			SelectionChangedEvent translated = new SelectionChangedEvent(this, getSelection());
			for (ISelectionChangedListener listener : listeners) {
				listener.selectionChanged(translated);
			}
		});
	}

	static EObject elementOf(Object part) {
		if (part instanceof DiagramPart node) {
			return node.element();
		}
		if (part instanceof LinkPart link) {
			return link.element();
		}
		return null;
	}

	@Override
	public ISelection getSelection() {
		Set<EObject> elements = new LinkedHashSet<>();
		if (viewer.getSelection() instanceof IStructuredSelection selection) {
			for (Object part : selection.toList()) {
				EObject element = elementOf(part);
				if (element != null) {
					elements.add(element);
				}
			}
		}
		return new StructuredSelection(new ArrayList<>(elements));
	}

	@Override
	public void setSelection(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || !(viewer.getContents() instanceof InstallationDiagramPart diagram)) {
			return;
		}
		List<EditPart> parts = new ArrayList<>();
		for (Object item : structured.toList()) {
			if (item instanceof EObject element) {
				for (EObject e = element; e != null; e = e.eContainer()) {
					List<Object> found = diagram.partsOf(e);
					if (!found.isEmpty()) {
						found.forEach(p -> parts.add((EditPart) p));
						break;
					}
				}
			}
		}
		viewer.setSelection(new StructuredSelection(parts));
		if (!parts.isEmpty()) {
			viewer.reveal(parts.get(0));
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
