package org.eclipse.jface.util;

/**
 * Restores the class JFace removed after 3.x; GEF 3.2 (the only GEF on Maven Central) calls it from its
 * palette and tools. Lives in a fragment of org.eclipse.gef: GEF gets org.eclipse.jface.util through
 * Require-Bundle, so a class JFace no longer has is then found on GEF's own class path.
 * Same semantics as the original (and as org.eclipse.core.runtime.Assert).
 */
public final class Assert {

	private Assert() {
	}

	public static void isNotNull(Object object) {
		org.eclipse.core.runtime.Assert.isNotNull(object);
	}

	public static void isNotNull(Object object, String message) {
		org.eclipse.core.runtime.Assert.isNotNull(object, message);
	}

	public static boolean isTrue(boolean expression) {
		return org.eclipse.core.runtime.Assert.isTrue(expression);
	}

	public static boolean isTrue(boolean expression, String message) {
		return org.eclipse.core.runtime.Assert.isTrue(expression, message);
	}
}
