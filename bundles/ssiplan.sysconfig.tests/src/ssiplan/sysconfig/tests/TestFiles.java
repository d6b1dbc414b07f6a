package ssiplan.sysconfig.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads sample files from the test bundle's {@code resources/} folder through the class loader, as
 * {@code /resources/...}. That works in plain Maven (the bundle folder is a test-resource root with
 * {@code resources/**} included) and in the OSGi test bundle ({@code resources/} is in bin.includes,
 * so it sits at the bundle root, which is on the bundle class path ".").
 */
final class TestFiles {

    private TestFiles() {
    }

    static String text(String path) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/resources/" + path)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: /resources/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
