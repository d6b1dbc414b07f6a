package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code resources/golden/}. To regenerate them after an intended change to the
 * exporters, run the tests with the environment variable {@code SSIPLAN_GOLDEN_UPDATE} set to that
 * folder (the tests then write what they produce there instead of comparing) and review the diff:
 * <pre>
 * SSIPLAN_GOLDEN_UPDATE=$PWD/bundles/ssiplan.sysconfig.tests/resources/golden \
 *   ./mvnw -B -q -o verify -pl targetplatform,bundles/ssiplan.sysconfig.tests -am
 * git diff bundles/ssiplan.sysconfig.tests/resources/golden
 * </pre>
 */
final class Golden {

    static final String UPDATE = "SSIPLAN_GOLDEN_UPDATE";

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        String update = System.getenv(UPDATE);
        if (update != null && !update.isBlank()) {
            try {
                Path dir = Path.of(update);
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = Golden.class.getResourceAsStream("/resources/golden/" + name)) {
            if (in == null) {
                fail("golden file resources/golden/" + name + " is missing; generate it with " + UPDATE
                        + "=<bundle>/resources/golden (see Golden's comment)");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
                    "export differs from resources/golden/" + name + "; if the change is intended, regenerate with " + UPDATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
