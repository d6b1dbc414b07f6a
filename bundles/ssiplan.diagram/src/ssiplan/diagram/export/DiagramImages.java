package ssiplan.diagram.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.jfree.svg.SVGGraphics2D;

import ssiplan.diagram.figures.Theme;
import ssiplan.model.resource.AtomicFileReplacement;

/**
 * The whole diagram (not just the visible part, always at 100 %) as a PNG through SWT, or as SVG
 * through JFreeSVG and {@link Graphics2DGraphics}. Files are replaced atomically.
 */
public final class DiagramImages {

	public static final int MARGIN = 20;

	private DiagramImages() {
	}

	/** Lays out anything pending, so the picture matches the model. */
	public static void settle(GraphicalViewer viewer) {
		if (viewer.getControl() instanceof FigureCanvas canvas) {
			for (int i = 0; i < 3; i++) {
				canvas.getLightweightSystem().getUpdateManager().performValidation();
			}
		}
	}

	private static IFigure printable(GraphicalViewer viewer) {
		LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
		return layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
	}

	/** The area the drawing covers (nodes, connections, labels), with a margin. */
	public static Rectangle extent(GraphicalViewer viewer) {
		settle(viewer);
		LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
		Rectangle extent = null;
		for (Object layerKey : new Object[] { LayerConstants.PRIMARY_LAYER, LayerConstants.CONNECTION_LAYER }) {
			IFigure layer = layers.getLayer(layerKey);
			extent = union(extent, layer);
		}
		if (extent == null) {
			extent = new Rectangle(0, 0, 200, 100);
		}
		return extent.expand(MARGIN, MARGIN);
	}

	private static Rectangle union(Rectangle extent, IFigure figure) {
		for (Object child : figure.getChildren()) {
			IFigure f = (IFigure) child;
			if (!f.isVisible()) {
				continue;
			}
			if (f.getChildren().isEmpty() || !(f instanceof org.eclipse.draw2d.FreeformFigure)) {
				Rectangle r = f.getBounds();
				if (r.width > 0 && r.height > 0) {
					extent = extent == null ? r.getCopy() : extent.union(r);
				}
			} else {
				extent = union(extent, f);
			}
		}
		return extent;
	}

	/** The diagram as SWT image data (24-bit, white background). */
	public static ImageData imageData(GraphicalViewer viewer) {
		Rectangle area = extent(viewer);
		Display display = viewer.getControl().getDisplay();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(image);
		SWTGraphics graphics = new SWTGraphics(gc);
		try {
			graphics.setBackgroundColor(Theme.WHITE);
			graphics.fillRectangle(0, 0, area.width, area.height);
			graphics.translate(-area.x, -area.y);
			graphics.setFont(viewer.getControl().getFont());
			printable(viewer).paint(graphics);
		} finally {
			graphics.dispose();
			gc.dispose();
		}
		try {
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/** The diagram as an SVG document. */
	public static String svg(GraphicalViewer viewer) {
		Rectangle area = extent(viewer);
		SVGGraphics2D svg = new SVGGraphics2D(area.width, area.height);
		svg.setColor(java.awt.Color.WHITE);
		svg.fillRect(0, 0, area.width, area.height);
		Display display = viewer.getControl().getDisplay();
		Graphics2DGraphics graphics = new Graphics2DGraphics(svg, viewer.getControl().getFont(), Theme.INK, Theme.WHITE,
				display.getDPI().y);
		graphics.translate(-area.x, -area.y);
		graphics.pushState();
		printable(viewer).paint(graphics);
		graphics.popState();
		return svg.getSVGDocument();
	}

	/** Writes {@code out} as PNG or SVG, chosen by its extension. */
	public static void write(GraphicalViewer viewer, Path out) throws IOException {
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".svg")) {
			byte[] bytes = svg(viewer).getBytes(StandardCharsets.UTF_8);
			AtomicFileReplacement.write(out, bytes);
		} else if (name.endsWith(".png")) {
			ImageData data = imageData(viewer);
			AtomicFileReplacement.write(out, stream -> {
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { data };
				loader.save(stream, SWT.IMAGE_PNG);
			});
		} else {
			throw new IllegalArgumentException(out + ": the image format follows the extension; use .png or .svg");
		}
	}

}
