package dev.slicewise.bootstrap;

import dev.slicewise.adapter.http.ops.MicrometerMetrics;
import dev.slicewise.application.port.in.CheckReadinessUseCase;
import dev.slicewise.application.port.out.DatabaseProbe;
import dev.slicewise.application.service.ProviderPulse;
import dev.slicewise.application.service.ReadinessService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * What the people who run the service watch: the metrics every part is given (exported by Micrometer for
 * {@code GET /metrics}, with the providers' pulse that the readiness probe reads) and the readiness probe itself.
 */
@Factory
public class OperationsFactory {

    @Singleton
    ProviderPulse metrics(MeterRegistry registry, Clock clock) {
        return new ProviderPulse(new MicrometerMetrics(registry), clock);
    }

    /**
     * Ready when the database answers; in {@code llm} mode the providers are reported, and required with
     * {@code SLICEWISE_READINESS_REQUIRES_PROVIDERS=true}; an answer counts for {@code SLICEWISE_READINESS_WINDOW}.
     */
    @Singleton
    CheckReadinessUseCase readiness(DatabaseProbe database, ProviderPulse pulse,
                                    @Value("${slicewise.assistant.mode:embedded}") String mode,
                                    @Value("${slicewise.readiness.requires-providers:false}") boolean required,
                                    @Value("${slicewise.readiness.window:5m}") Duration window) {
        return new ReadinessService(database, pulse, mode.strip().equals("llm"), required, window);
    }
}
