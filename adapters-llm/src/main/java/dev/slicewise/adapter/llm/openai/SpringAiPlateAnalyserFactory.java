package dev.slicewise.adapter.llm.openai;

import dev.slicewise.adapter.llm.plate.EmbeddedPlateAnalyser;
import dev.slicewise.adapter.llm.plate.PixelBudget;
import dev.slicewise.application.port.out.PlateAnalyser;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * {@code SLICEWISE_ASSISTANT_MODE=llm} with {@code SLICEWISE_VISION_MODEL}: plate analyses go to that vision model on
 * the same providers as the assistant (base URLs, keys, timeouts, retries, fallbacks), with the embedded engine as the
 * safety net; it replaces the embedded analyser as the {@link PlateAnalyser}. Without the variable, or in
 * {@code embedded} mode, the embedded analyser alone answers.
 */
@Factory
@Requires(property = "slicewise.assistant.mode", value = "llm")
@Requires(property = "slicewise.vision.model", pattern = ".*\\S.*")
public class SpringAiPlateAnalyserFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SpringAiPlateAnalyserFactory.class);

    @Context
    @Replaces(EmbeddedPlateAnalyser.class)
    PlateAnalyser plateAnalyser(Environment environment, @Value("${slicewise.vision.model}") String model,
                                PixelBudget budget) {
        List<ProviderSettings> chain = SpringAiAssistantFactory.chain(environment);
        LOG.info("Plate analysis by the vision model {} on the providers {}, then the embedded engine", model.strip(),
                chain.stream().map(ProviderSettings::name).toList());
        return SpringAiPlateAnalyser.of(chain, model.strip(), new EmbeddedPlateAnalyser(budget));
    }
}
