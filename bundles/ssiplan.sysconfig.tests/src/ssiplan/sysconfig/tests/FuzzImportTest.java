package ssiplan.sysconfig.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ssiplan.sysconfig.model.ImportResult;
import ssiplan.sysconfig.model.InstallationImporter;
import ssiplan.sysconfig.model.SystemConfigExporter;
import ssiplan.sysconfig.model.UserDirectExporter;

/**
 * Nothing throws on bad input: realistic files mutated at random (characters deleted, inserted from the
 * syntax's own alphabet, lines duplicated, dropped or cut short) still import, and the resulting model
 * still exports. Seeded, so a failure is reproducible from the seed in the message.
 */
class FuzzImportTest {

    private static final String ALPHABET = ",:/* -0123456789ABCDEFSLOTNODE\t\n";
    private static final int ROUNDS = 300;

    @Test
    void mutatedFilesImportAndExportWithoutThrowing() {
        List<String[]> inputs = List.of(
                new String[] {TestFiles.text("systemconfig/plexa-4member.config"), TestFiles.text("userdirect/plexa.direct")},
                new String[] {TestFiles.text("systemconfig/itso-2member.config"), TestFiles.text("userdirect/itso.direct")});
        for (int round = 0; round < ROUNDS; round++) {
            long seed = 7919L * round;
            Random random = new Random(seed);
            String[] input = inputs.get(round % inputs.size());
            String config = mutate(input[0], random);
            String directory = mutate(input[1], random);
            assertDoesNotThrow(() -> {
                ImportResult result = new InstallationImporter().importText("F.CONFIG", config, "F.DIRECT", directory);
                new SystemConfigExporter().export(result.cluster(), "f.ssiplan");
                new UserDirectExporter().export(result.cluster(), "f.ssiplan");
            }, "seed " + seed);
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(12);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(5)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> {
                    int start = b.lastIndexOf("\n", at - 1) + 1;
                    int end = b.indexOf("\n", at);
                    end = end < 0 ? b.length() : end;
                    b.insert(start, b.substring(start, end) + "\n");
                }
                case 3 -> {
                    int start = b.lastIndexOf("\n", at - 1) + 1;
                    int end = b.indexOf("\n", at);
                    b.delete(start, end < 0 ? b.length() : end + 1);
                }
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }
}
