package ssiplan.ui.emf;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/**
 * Turns the image objects EMF.Edit hands out (a {@link URL}, an EMF {@code URI}, a {@link ComposedImage}
 * of several of those, or already an SWT image / JFace descriptor) into SWT images.
 */
public final class ItemImages {

	private ItemImages() {
	}

	/** The SWT image for {@code image}, allocated in (and disposed with) {@code resources}; null if none. */
	public static Image image(ResourceManager resources, Object image) {
		if (image instanceof Image swt) {
			return swt;
		}
		ImageDescriptor descriptor = descriptor(image);
		return descriptor == null ? null : resources.create(descriptor);
	}

	public static ImageDescriptor descriptor(Object image) {
		if (image == null) {
			return null;
		}
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (image instanceof Image swt) {
			return ImageDescriptor.createFromImage(swt);
		}
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof org.eclipse.emf.common.util.URI uri) {
			try {
				return ImageDescriptor.createFromURL(new URL(uri.toString()));
			} catch (MalformedURLException e) {
				return null;
			}
		}
		if (image instanceof ComposedImage composed) {
			return new Overlaid(composed.getImages().stream().map(ItemImages::descriptor)
					.filter(d -> d != null).toList());
		}
		return null;
	}

	/** A base icon with its overlays drawn on top, as EMF's {@code ComposedImage} means it. */
	private static final class Overlaid extends CompositeImageDescriptor {
		private final List<ImageDescriptor> layers;

		Overlaid(List<ImageDescriptor> layers) {
			this.layers = layers;
		}

		@Override
		protected void drawCompositeImage(int width, int height) {
			for (ImageDescriptor layer : layers) {
				ImageData data = layer.getImageData(100);
				if (data != null) {
					drawImage(data, 0, 0);
				}
			}
		}

		@Override
		protected Point getSize() {
			if (layers.isEmpty()) {
				return new Point(16, 16);
			}
			ImageData base = layers.get(0).getImageData(100);
			return base == null ? new Point(16, 16) : new Point(base.width, base.height);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Overlaid o && o.layers.equals(layers);
		}

		@Override
		public int hashCode() {
			return layers.hashCode();
		}
	}
}
