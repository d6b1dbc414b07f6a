package ssiplan.ui.about;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version users quote in a problem report: this bundle's, with the build qualifier. */
public final class ProductVersion {

	private ProductVersion() {
	}

	public static Version current() {
		Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
		return bundle == null ? Version.emptyVersion : bundle.getVersion();
	}

	/** The multi-line text Help > About shows. */
	public static String aboutText() {
		Bundle platform = Platform.getBundle("org.eclipse.ui.workbench");
		return "SSI Planner " + current() + "\n\n"
				+ "Plans z/VM Single System Image clusters: members, ISFC links, DASD, virtual switches\n"
				+ "and guests; simulates live guest relocation and planned outages; writes\n"
				+ "SYSTEM CONFIG and USER DIRECT.\n\n"
				+ "Eclipse workbench " + (platform == null ? "?" : platform.getVersion()) + ", Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
	}
}
