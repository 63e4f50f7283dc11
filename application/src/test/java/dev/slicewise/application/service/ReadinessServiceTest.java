package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryDatabaseProbe;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.port.in.Readiness;
import dev.slicewise.application.port.in.Readiness.ProviderState;
import dev.slicewise.application.port.out.DatabaseProbe;
import dev.slicewise.application.port.out.Metrics.ProviderOutcome;
import dev.slicewise.application.port.out.StoreUnavailable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReadinessServiceTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final SteppedClock clock = new SteppedClock();
    private final InMemoryMetrics exported = new InMemoryMetrics();
    private final ProviderPulse pulse = new ProviderPulse(exported, clock);

    @Test
    void embeddedMode_isReadyWhileTheDatabaseAnswers() {
        assertEquals(new Readiness(true, true, ProviderState.NOT_CONFIGURED), readiness(false, false).check());
    }

    @Test
    void anUnreachableDatabase_makesTheNodeUnready() {
        DatabaseProbe down = () -> {
            throw new StoreUnavailable("the database cannot be reached", new RuntimeException());
        };

        Readiness readiness = new ReadinessService(down, pulse, true, false, WINDOW).check();

        assertEquals(new Readiness(false, false, ProviderState.IDLE), readiness);
    }

    @Test
    void beforeAnyProviderCall_theProvidersAreIdle_andTheNodeReady() {
        assertEquals(new Readiness(true, true, ProviderState.IDLE), readiness(true, true).check());
    }

    @Test
    void anAnswerWithinTheWindow_isAnswering_untilTheWindowPasses() {
        pulse.providerCall("primary", "gpt-test", ProviderOutcome.ANSWERED, Duration.ofMillis(300));
        clock.advance(WINDOW);
        assertEquals(ProviderState.ANSWERING, readiness(true, true).check().providers());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(ProviderState.IDLE, readiness(true, true).check().providers());
        assertEquals(List.of("provider_call primary gpt-test answered"), exported.events());
    }

    @Test
    void failuresWithoutAnAnswer_areFailing_andMakeTheNodeUnready_onlyWhenTheProvidersAreRequired() {
        pulse.providerCall("primary", "gpt-test", ProviderOutcome.ANSWERED, Duration.ofMillis(300));
        clock.advance(WINDOW.plusSeconds(1));
        pulse.providerCall("primary", "gpt-test", ProviderOutcome.TIMEOUT, Duration.ofSeconds(30));

        assertEquals(new Readiness(true, true, ProviderState.FAILING), readiness(true, false).check());
        assertEquals(new Readiness(false, true, ProviderState.FAILING), readiness(true, true).check());

        pulse.providerCall("fallback", "qwen", ProviderOutcome.ANSWERED, Duration.ofSeconds(1));
        assertEquals(new Readiness(true, true, ProviderState.ANSWERING), readiness(true, true).check());
    }

    @Test
    void theWindow_mustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReadinessService(new InMemoryDatabaseProbe(), pulse, true, false, Duration.ZERO));
    }

    private ReadinessService readiness(boolean providersConfigured, boolean providersRequired) {
        return new ReadinessService(new InMemoryDatabaseProbe(), pulse, providersConfigured, providersRequired, WINDOW);
    }

    private static final class SteppedClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T10:30:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
