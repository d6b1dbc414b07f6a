package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * GEF 3.2's flyout palette asks the 3.x workbench for a drag cursor when the palette is dragged to the
 * other side; today's workbench has no such class. A plain SWT size-all cursor stands in.
 */
public final class DragCursors {

	private static Cursor cursor;

	private DragCursors() {
	}

	public static synchronized Cursor getCursor(int which) {
		if (cursor == null || cursor.isDisposed()) {
			cursor = new Cursor(Display.getCurrent(), SWT.CURSOR_SIZEALL);
		}
		return cursor;
	}
}
