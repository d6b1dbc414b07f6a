package ssiplan.diagram.export;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Draw2d {@link Graphics} on a Java2D {@link Graphics2D}, so figures paint into JFreeSVG's
 * SVGGraphics2D for the SVG export. Written by hand: Draw2d 3.2 has no such bridge and none is on
 * Maven Central. Coordinates and clipping go through the Graphics2D transform; SWT fonts become AWT
 * fonts of the same family at the same pixel size (Draw2d measured the text with the SWT font).
 */
public final class Graphics2DGraphics extends Graphics {

	private record State(AffineTransform transform, java.awt.geom.Rectangle2D clip, Color fg, Color bg, Font font, int lineWidth, int lineStyle) {
	}

	/**
	 * The clip, kept here in device coordinates and not handed to the Graphics2D: Draw2d clips every
	 * figure, and thousands of nested SVG clip-paths make files large and trip up many SVG renderers.
	 * Figures paint inside their bounds anyway; the clip still lets Draw2d skip what lies outside.
	 */
	private java.awt.geom.Rectangle2D deviceClip = new java.awt.geom.Rectangle2D.Double(-1e6, -1e6, 2e6, 2e6);

	private final Graphics2D g;
	private final int dpi;
	private final Deque<State> states = new ArrayDeque<>();
	private Color foreground;
	private Color background;
	private Font font;
	private int lineWidth = 1;
	private int lineStyle = SWT.LINE_SOLID;

	public Graphics2DGraphics(Graphics2D g, Font initialFont, Color fg, Color bg, int dpi) {
		this.g = g;
		this.dpi = dpi <= 0 ? 96 : dpi;
		this.font = initialFont;
		this.foreground = fg;
		this.background = bg;
		g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
		applyStroke();
		applyFont();
	}

	private static java.awt.Color awt(Color c) {
		return c == null ? java.awt.Color.BLACK : new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue());
	}

	private void applyStroke() {
		float w = Math.max(1, lineWidth);
		float[] dash = switch (lineStyle) {
			case SWT.LINE_DASH -> new float[] { 6 * w, 3 * w };
			case SWT.LINE_DOT -> new float[] { w, 2 * w };
			case SWT.LINE_DASHDOT -> new float[] { 6 * w, 2 * w, w, 2 * w };
			case SWT.LINE_DASHDOTDOT -> new float[] { 6 * w, 2 * w, w, 2 * w, w, 2 * w };
			default -> null;
		};
		g.setStroke(new BasicStroke(w, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f, dash, 0f));
	}

	private void applyFont() {
		if (font == null || font.isDisposed()) {
			return;
		}
		FontData data = font.getFontData()[0];
		int style = ((data.getStyle() & SWT.BOLD) != 0 ? java.awt.Font.BOLD : 0)
				| ((data.getStyle() & SWT.ITALIC) != 0 ? java.awt.Font.ITALIC : 0);
		float pixels = data.getHeight() * dpi / 72f;
		g.setFont(new java.awt.Font(data.getName(), style, 1).deriveFont(pixels));
	}

	private void fg() {
		g.setColor(awt(foreground));
	}

	private void bg() {
		g.setColor(awt(background));
	}

	private java.awt.geom.Rectangle2D toDevice(Rectangle r) {
		return g.getTransform().createTransformedShape(new java.awt.geom.Rectangle2D.Double(r.x, r.y, r.width, r.height)).getBounds2D();
	}

	@Override
	public void clipRect(Rectangle r) {
		java.awt.geom.Rectangle2D device = toDevice(r);
		java.awt.geom.Rectangle2D.intersect(deviceClip, device, deviceClip);
		if (deviceClip.getWidth() < 0 || deviceClip.getHeight() < 0) {
			deviceClip.setRect(deviceClip.getX(), deviceClip.getY(), 0, 0);
		}
	}

	@Override
	public void dispose() {
		// the Graphics2D belongs to the caller
	}

	@Override
	public void drawArc(int x, int y, int w, int h, int offset, int length) {
		fg();
		g.draw(new Arc2D.Double(x, y, w, h, offset, length, Arc2D.OPEN));
	}

	@Override
	public void drawFocus(int x, int y, int w, int h) {
		drawRectangle(x, y, w, h);
	}

	@Override
	public void drawImage(Image image, int x, int y) {
		g.drawImage(toAwt(image.getImageData()), x, y, null);
	}

	@Override
	public void drawImage(Image image, int sx, int sy, int sw, int sh, int tx, int ty, int tw, int th) {
		g.drawImage(toAwt(image.getImageData()), tx, ty, tx + tw, ty + th, sx, sy, sx + sw, sy + sh, null);
	}

	private static BufferedImage toAwt(ImageData data) {
		BufferedImage image = new BufferedImage(data.width, data.height, BufferedImage.TYPE_INT_ARGB);
		PaletteData palette = data.palette;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				RGB rgb = palette.getRGB(data.getPixel(x, y));
				int alpha = data.getAlpha(x, y);
				image.setRGB(x, y, (alpha << 24) | (rgb.red << 16) | (rgb.green << 8) | rgb.blue);
			}
		}
		return image;
	}

	@Override
	public void drawLine(int x1, int y1, int x2, int y2) {
		fg();
		g.drawLine(x1, y1, x2, y2);
	}

	@Override
	public void drawOval(int x, int y, int w, int h) {
		fg();
		g.draw(new Ellipse2D.Double(x, y, w, h));
	}

	@Override
	public void drawPolygon(PointList points) {
		fg();
		g.drawPolygon(xs(points), ys(points), points.size());
	}

	@Override
	public void drawPolyline(PointList points) {
		fg();
		g.drawPolyline(xs(points), ys(points), points.size());
	}

	private static int[] xs(PointList points) {
		int[] xs = new int[points.size()];
		for (int i = 0; i < xs.length; i++) {
			xs[i] = points.getPoint(i).x;
		}
		return xs;
	}

	private static int[] ys(PointList points) {
		int[] ys = new int[points.size()];
		for (int i = 0; i < ys.length; i++) {
			ys[i] = points.getPoint(i).y;
		}
		return ys;
	}

	@Override
	public void drawRectangle(int x, int y, int w, int h) {
		fg();
		g.drawRect(x, y, w, h);
	}

	@Override
	public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
		fg();
		g.draw(new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, arcWidth, arcHeight));
	}

	@Override
	public void drawString(String s, int x, int y) {
		drawText(s, x, y);
	}

	@Override
	public void drawText(String s, int x, int y) {
		if (s == null || s.isEmpty()) {
			return;
		}
		fg();
		FontMetrics metrics = FigureUtilities.getFontMetrics(font);
		int lineHeight = metrics.getHeight();
		int ascent = metrics.getAscent() + metrics.getLeading();
		String[] lines = s.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			g.drawString(lines[i].replace("\t", "    "), x, y + ascent + i * lineHeight);
		}
	}

	@Override
	public void fillArc(int x, int y, int w, int h, int offset, int length) {
		bg();
		g.fill(new Arc2D.Double(x, y, w, h, offset, length, Arc2D.PIE));
	}

	@Override
	public void fillGradient(int x, int y, int w, int h, boolean vertical) {
		g.setPaint(new java.awt.GradientPaint(x, y, awt(foreground), vertical ? x : x + w, vertical ? y + h : y, awt(background)));
		g.fillRect(x, y, w, h);
	}

	@Override
	public void fillOval(int x, int y, int w, int h) {
		bg();
		g.fill(new Ellipse2D.Double(x, y, w, h));
	}

	@Override
	public void fillPolygon(PointList points) {
		bg();
		g.fillPolygon(xs(points), ys(points), points.size());
	}

	@Override
	public void fillRectangle(int x, int y, int w, int h) {
		bg();
		g.fillRect(x, y, w, h);
	}

	@Override
	public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
		bg();
		g.fill(new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, arcWidth, arcHeight));
	}

	@Override
	public void fillString(String s, int x, int y) {
		fillText(s, x, y);
	}

	@Override
	public void fillText(String s, int x, int y) {
		org.eclipse.draw2d.geometry.Dimension size = FigureUtilities.getTextExtents(s, font);
		fillRectangle(x, y, size.width, size.height);
		drawText(s, x, y);
	}

	@Override
	public Color getBackgroundColor() {
		return background;
	}

	@Override
	public Rectangle getClip(Rectangle r) {
		java.awt.geom.Rectangle2D user;
		try {
			user = g.getTransform().createInverse().createTransformedShape(deviceClip).getBounds2D();
		} catch (java.awt.geom.NoninvertibleTransformException e) {
			user = deviceClip;
		}
		int x = (int) Math.floor(user.getX());
		int y = (int) Math.floor(user.getY());
		r.setBounds(new Rectangle(x, y, (int) Math.ceil(user.getMaxX()) - x, (int) Math.ceil(user.getMaxY()) - y));
		return r;
	}

	@Override
	public Font getFont() {
		return font;
	}

	@Override
	public FontMetrics getFontMetrics() {
		return FigureUtilities.getFontMetrics(font);
	}

	@Override
	public Color getForegroundColor() {
		return foreground;
	}

	@Override
	public int getLineStyle() {
		return lineStyle;
	}

	@Override
	public int getLineWidth() {
		return lineWidth;
	}

	@Override
	public boolean getXORMode() {
		return false;
	}

	@Override
	public void popState() {
		restoreState();
		states.pop();
	}

	@Override
	public void pushState() {
		states.push(new State(g.getTransform(), (java.awt.geom.Rectangle2D) deviceClip.clone(), foreground, background, font, lineWidth, lineStyle));
	}

	@Override
	public void restoreState() {
		State s = states.peek();
		if (s == null) {
			return;
		}
		g.setTransform(s.transform());
		deviceClip = (java.awt.geom.Rectangle2D) s.clip().clone();
		foreground = s.fg();
		background = s.bg();
		font = s.font();
		lineWidth = s.lineWidth();
		lineStyle = s.lineStyle();
		applyStroke();
		applyFont();
	}

	@Override
	public void scale(double amount) {
		g.scale(amount, amount);
	}

	@Override
	public void setBackgroundColor(Color color) {
		background = color;
	}

	@Override
	public void setClip(Rectangle r) {
		deviceClip = toDevice(r);
	}

	@Override
	public void setFont(Font f) {
		font = f;
		applyFont();
	}

	@Override
	public void setForegroundColor(Color color) {
		foreground = color;
	}

	@Override
	public void setLineStyle(int style) {
		lineStyle = style;
		applyStroke();
	}

	@Override
	public void setLineWidth(int width) {
		lineWidth = width;
		applyStroke();
	}

	@Override
	public void setXORMode(boolean b) {
		// not used by the diagram's figures; SVG has no XOR drawing
	}

	@Override
	public void translate(int dx, int dy) {
		g.translate(dx, dy);
	}
}
