package ssiplan.diagram.parts;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** In-place editing of a node's name over its title label. */
final class NameEditManager extends DirectEditManager {

	private final String initial;

	NameEditManager(DiagramPart part, Label label, String initial) {
		super(part, TextCellEditor.class, new LabelLocator(label));
		this.initial = initial == null ? "" : initial;
	}

	@Override
	protected CellEditor createCellEditorOn(org.eclipse.swt.widgets.Composite composite) {
		return new TextCellEditor(composite, SWT.SINGLE);
	}

	@Override
	protected void initCellEditor() {
		getCellEditor().setValue(initial);
		((Text) getCellEditor().getControl()).selectAll();
	}

	private record LabelLocator(Label label) implements CellEditorLocator {
		@Override
		public void relocate(CellEditor editor) {
			Text text = (Text) editor.getControl();
			Rectangle r = label.getTextBounds().getCopy();
			label.translateToAbsolute(r);
			org.eclipse.swt.graphics.Point size = text.computeSize(SWT.DEFAULT, SWT.DEFAULT);
			text.setBounds(r.x - 2, r.y - 2, Math.max(r.width + 40, size.x + 20), Math.max(r.height + 4, size.y));
		}
	}
}
