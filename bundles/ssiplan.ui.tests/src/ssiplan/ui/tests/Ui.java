package ssiplan.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Small helpers for driving real SWT widgets (SWTBot is not on Maven Central). */
public final class Ui {

	private Ui() {
	}

	public static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	public static IWorkbenchPage page() {
		return window().getActivePage();
	}

	public static Display display() {
		return Display.getCurrent();
	}

	/** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code millis}. */
	public static void waitUntil(String what, long millis, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				java.io.File picture = Screenshots.of(window().getShell(), "timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
				fail("timed out waiting for: " + what + " (screenshot " + picture + ")");
			}
			Screenshots.settle(display(), 50);
		}
	}

	/** All controls under {@code root} (itself included) that match. */
	public static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<T> match) {
		List<T> found = new ArrayList<>();
		collect(root, type, match, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> match, List<T> into) {
		if (type.isInstance(control) && match.test(type.cast(control))) {
			into.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, match, into);
			}
		}
	}

	/** Every item of {@code tree}, depth first (expanded or not; SWT creates items lazily only when virtual). */
	public static List<TreeItem> items(Tree tree) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, all);
		}
		return all;
	}

	private static void collect(TreeItem item, List<TreeItem> into) {
		into.add(item);
		for (TreeItem child : item.getItems()) {
			collect(child, into);
		}
	}

	/** Expands every item the way a click on its arrow does, so lazy viewers create the children. */
	public static void expandAll(Tree tree) {
		for (TreeItem item : items(tree)) {
			// expanding may replace items the viewer created as placeholders
			if (!item.isDisposed() && !item.getExpanded() && item.getItemCount() > 0) {
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Expand, event);
				item.setExpanded(true);
			}
		}
		Screenshots.settle(tree.getDisplay(), 50);
	}

	/** Selects {@code item} the way a click does: the widget's selection plus the Selection event. */
	public static void click(TreeItem item) {
		Tree tree = item.getParent();
		tree.setFocus();
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		Screenshots.settle(tree.getDisplay(), 100);
	}

	/** The menu bar item whose text (mnemonics removed) is {@code path[0]}, then its submenu items. */
	public static MenuItem menuItem(String... path) {
		Menu menu = window().getShell().getMenuBar();
		MenuItem item = null;
		for (String label : path) {
			if (item != null) {
				menu = item.getMenu();
			}
			menu.notifyListeners(SWT.Show, new Event());
			item = null;
			for (MenuItem candidate : menu.getItems()) {
				String text = candidate.getText().replace("&", "");
				int tab = text.indexOf('\t');
				if ((tab < 0 ? text : text.substring(0, tab)).startsWith(label)) {
					item = candidate;
					break;
				}
			}
			menu.notifyListeners(SWT.Hide, new Event());
			if (item == null) {
				fail("no menu item '" + label + "' in " + String.join(" > ", path));
			}
		}
		return item;
	}

	/** Chooses a menu item as a click does. */
	public static void choose(MenuItem item) {
		item.getParent().notifyListeners(SWT.Show, new Event());
		item.notifyListeners(SWT.Selection, new Event());
		item.getParent().notifyListeners(SWT.Hide, new Event());
		Screenshots.settle(item.getDisplay(), 100);
	}
}
