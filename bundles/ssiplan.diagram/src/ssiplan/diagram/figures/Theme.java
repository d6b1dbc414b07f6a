package ssiplan.diagram.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import ssiplan.model.MemberState;
import ssiplan.model.VolumeUse;

/**
 * Colours and fonts of the diagram, in one place so the picture stays consistent. Colours are plain
 * RGB (SWT colours need no disposal since SWT 3.x on GTK); fonts are made once per display.
 */
public final class Theme {

	public static final Color INK = rgb(0x1f, 0x29, 0x37);
	public static final Color MUTED = rgb(0x4b, 0x55, 0x63);
	public static final Color WHITE = rgb(0xff, 0xff, 0xff);
	public static final Color CANVAS = rgb(0xfa, 0xfb, 0xfc);

	public static final Color CEC_BORDER = rgb(0x1e, 0x3a, 0x5f);
	public static final Color CEC_FILL = rgb(0xe8, 0xee, 0xf6);
	public static final Color CEC_HEADER = rgb(0x1e, 0x3a, 0x5f);
	public static final Color LPAR_BORDER = rgb(0x94, 0xa3, 0xb8);
	public static final Color LPAR_FILL = rgb(0xf8, 0xfa, 0xfc);
	public static final Color CHPID_FILL = rgb(0xdb, 0xe4, 0xf0);
	public static final Color POOL_BORDER = rgb(0x7c, 0x5e, 0x10);
	public static final Color POOL_FILL = rgb(0xfd, 0xf8, 0xeb);
	public static final Color NETWORK_BORDER = rgb(0x16, 0x65, 0x34);
	public static final Color NETWORK_FILL = rgb(0xee, 0xf9, 0xf1);
	public static final Color VSWITCH_FILL = rgb(0xd1, 0xf0, 0xdc);
	public static final Color OSA_FILL = rgb(0xff, 0xff, 0xff);

	public static final Color ISFC = rgb(0x1d, 0x4e, 0xd8);
	public static final Color UPLINK = rgb(0x15, 0x80, 0x3d);
	public static final Color MIRROR = rgb(0xb9, 0x1c, 0x1c);

	public static final Color ERROR = rgb(0xdc, 0x26, 0x26);
	public static final Color WARNING = rgb(0xd9, 0x77, 0x06);
	public static final Color INFO = rgb(0x25, 0x63, 0xeb);

	public static final Color GUEST_RELOCATABLE = rgb(0xe0, 0xf2, 0xfe);
	public static final Color GUEST_FIXED = rgb(0xf1, 0xf5, 0xf9);
	public static final Color CRITICAL = rgb(0xdc, 0x26, 0x26);
	public static final Color IMPORTANT = rgb(0xf5, 0x9e, 0x0b);
	public static final Color ORDINARY = rgb(0xcb, 0xd5, 0xe1);

	private static final Map<String, Font> FONTS = new HashMap<>();

	private Theme() {
	}

	private static Color rgb(int r, int g, int b) {
		return new Color(null, new RGB(r, g, b));
	}

	/** The member's header colour: its state at the start of the plan. */
	public static Color stateColour(MemberState state) {
		return switch (state == null ? MemberState.UNKNOWN : state) {
			case JOINED -> rgb(0x16, 0xa3, 0x4a);
			case JOINING, LEAVING -> rgb(0xca, 0x8a, 0x04);
			case DOWN -> rgb(0x6b, 0x72, 0x80);
			case ISOLATED -> rgb(0xdc, 0x26, 0x26);
			case SUSPENDED -> rgb(0xea, 0x58, 0x0c);
			case UNKNOWN -> rgb(0x9c, 0xa3, 0xaf);
		};
	}

	public static Color volumeColour(VolumeUse use) {
		return switch (use) {
			case SYSRES -> rgb(0xdc, 0xfc, 0xe7);
			case COMMON -> rgb(0xfe, 0xf0, 0x8a);
			case RELEASE -> rgb(0xcc, 0xfb, 0xf1);
			case SPOOL -> rgb(0xed, 0xe9, 0xfe);
			case PAGE -> rgb(0xff, 0xed, 0xd5);
			case TDISK -> rgb(0xf5, 0xf5, 0xf4);
			case USER_SHARED -> rgb(0xdb, 0xea, 0xfe);
			case USER_LOCAL -> rgb(0xe0, 0xe7, 0xff);
		};
	}

	public static Font regular() {
		return font("regular", 0, SWT.NORMAL);
	}

	public static Font bold() {
		return font("bold", 0, SWT.BOLD);
	}

	public static Font small() {
		return font("small", -1, SWT.NORMAL);
	}

	public static Font smallBold() {
		return font("smallBold", -1, SWT.BOLD);
	}

	public static Font title() {
		return font("title", 2, SWT.BOLD);
	}

	private static synchronized Font font(String key, int delta, int style) {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		String id = key + "@" + System.identityHashCode(display);
		Font font = FONTS.get(id);
		if (font == null || font.isDisposed()) {
			FontData data = display.getSystemFont().getFontData()[0];
			font = new Font(display, new FontData(data.getName(), Math.max(6, data.getHeight() + delta), style));
			FONTS.put(id, font);
		}
		return font;
	}
}
