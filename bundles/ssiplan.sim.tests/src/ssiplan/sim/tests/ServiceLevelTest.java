package ssiplan.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ssiplan.sim.snapshot.ServiceLevel;

/** CP levels order by release number by number, then by service; "lower service level" fences relocation. */
class ServiceLevelTest {

    @Test
    void levelsOrderByReleasePartsThenService() {
        List<ServiceLevel> ordered = List.of(ServiceLevel.parse("6.4"), ServiceLevel.parse("7.3"), ServiceLevel.parse("7.3+2301"),
                ServiceLevel.parse("7.3+2401"), ServiceLevel.parse("7.4"), ServiceLevel.parse("7.10"), ServiceLevel.parse("8"));
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = 0; j < ordered.size(); j++) {
                assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(ordered.get(i).compareTo(ordered.get(j))),
                        ordered.get(i) + " vs " + ordered.get(j));
            }
        }
        assertEquals(0, ServiceLevel.parse("7.3").compareTo(ServiceLevel.parse("7.3.0")), "missing parts count as 0");
        assertTrue(ServiceLevel.parse("7.3.1").compareTo(ServiceLevel.parse("7.3+9999")) > 0);
    }
}
