package ssiplan.ui.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Takes PNG screenshots of real windows so a person (and the README) can see what the tests saw.
 * Files go to the directory named by the system property {@code ssiplan.testOutput}
 * (the test bundle's {@code target/test-output}).
 */
public final class Screenshots {

	private Screenshots() {
	}

	public static File directory() {
		File dir = new File(System.getProperty("ssiplan.testOutput", "target/test-output"));
		dir.mkdirs();
		return dir;
	}

	/** Lets pending paints and layouts run, so the picture shows the settled window. */
	public static void settle(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Saves the area of the screen the shell covers; returns the file written. */
	public static File of(Shell shell, String name) {
		Display display = shell.getDisplay();
		shell.forceActive();
		settle(display, 500);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		File file = new File(directory(), name + ".png");
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.getPath(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
