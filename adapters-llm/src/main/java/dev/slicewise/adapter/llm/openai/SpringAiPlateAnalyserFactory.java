package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.PlateAnalyser;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * {@code SLICEWISE_ASSISTANT_MODE=llm} with {@code SLICEWISE_VISION_MODEL}: the vision model on the same providers as
 * the assistant (base URLs, keys, timeouts, retries, fallbacks) as the {@code vision} plate analyser, which the
 * application asks after the embedded analysis. Without the variable, or in {@code embedded} mode, there is none.
 */
@Factory
@Requires(property = "slicewise.assistant.mode", value = "llm")
@Requires(property = "slicewise.vision.model", pattern = ".*\\S.*")
public class SpringAiPlateAnalyserFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SpringAiPlateAnalyserFactory.class);

    @Context
    @Named("vision")
    PlateAnalyser plateAnalyser(Environment environment, @Value("${slicewise.vision.model}") String model,
                                Metrics metrics) {
        List<ProviderSettings> chain = SpringAiAssistantFactory.chain(environment);
        LOG.info("Plate analysis by the vision model {} on the providers {}, then the embedded engine", model.strip(),
                chain.stream().map(ProviderSettings::name).toList());
        return SpringAiPlateAnalyser.of(chain, model.strip(), metrics);
    }
}
