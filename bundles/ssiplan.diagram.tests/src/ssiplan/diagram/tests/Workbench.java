package ssiplan.diagram.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;

import ssiplan.diagram.InstallationEditor;
import ssiplan.model.Installation;
import ssiplan.model.resource.InstallationStore;

/** Opening the editor in the running workbench, letting SWT settle, counting parts, taking screenshots. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static Path save(Installation installation, Path file) throws IOException {
		new InstallationStore().save(installation, file);
		return file;
	}

	static InstallationEditor open(Path file) throws PartInitException {
		IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
		InstallationEditor editor = (InstallationEditor) page().openEditor(new FileStoreEditorInput(store), InstallationEditor.ID);
		settle(300);
		return editor;
	}

	/** Opens without letting the event loop run afterwards (for timing). */
	static InstallationEditor open0(Path file) throws PartInitException {
		IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
		return (InstallationEditor) page().openEditor(new FileStoreEditorInput(store), InstallationEditor.ID);
	}

	static void close(InstallationEditor editor) {
		page().closeEditor(editor, false);
		settle(100);
	}

	/** Runs the event loop for {@code millis}: pending paints, layouts and the diagram's coalesced refresh. */
	static void settle(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// drain
		}
	}

	@SuppressWarnings("unchecked")
	static <T> List<T> parts(InstallationEditor editor, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Object part : editor.getViewer().getEditPartRegistry().values()) {
			if (type.isInstance(part)) {
				found.add((T) part);
			}
		}
		return found;
	}

	static File outputDirectory() {
		File dir = new File(System.getProperty("ssiplan.testOutput", "target/test-output"));
		dir.mkdirs();
		return dir;
	}

	static Path output(String name) {
		return outputDirectory().toPath().resolve(name);
	}

	/** The screen area of the workbench window as a PNG. */
	static File screenshot(String name) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		shell.forceActive();
		settle(400);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		File file = new File(outputDirectory(), name + ".png");
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getPath(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
