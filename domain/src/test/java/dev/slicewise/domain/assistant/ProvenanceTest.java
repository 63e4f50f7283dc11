package dev.slicewise.domain.assistant;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProvenanceTest {

    @Test
    void embedded_namesTheEngineAsProviderAndModel_withoutTokens() {
        assertEquals(new Provenance("embedded", "embedded", 0, 0, Duration.ofMillis(3), true),
                Provenance.embedded(Duration.ofMillis(3), true));
    }

    @Test
    void blankNamesNegativeCountsAndNegativeLatency_areRefused() {
        Duration latency = Duration.ofMillis(1);
        assertThrows(IllegalArgumentException.class, () -> new Provenance(" ", "m", 0, 0, latency, false));
        assertThrows(IllegalArgumentException.class, () -> new Provenance("p", "", 0, 0, latency, false));
        assertThrows(IllegalArgumentException.class, () -> new Provenance("p", "m", -1, 0, latency, false));
        assertThrows(IllegalArgumentException.class, () -> new Provenance("p", "m", 0, -1, latency, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Provenance("p", "m", 0, 0, Duration.ofMillis(-1), false));
        assertThrows(IllegalArgumentException.class, () -> new Provenance("p", "m".repeat(201), 0, 0, latency, false));
    }
}
