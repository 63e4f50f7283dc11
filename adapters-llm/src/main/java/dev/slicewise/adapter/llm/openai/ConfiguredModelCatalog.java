package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.ModelCatalog;
import dev.slicewise.domain.assistant.ModelKind;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The provider models as configured: in {@code llm} mode each provider's chat model ({@code SLICEWISE_LLM_MODEL},
 * {@code SLICEWISE_LLM_<NAME>_MODEL}) and, when {@code SLICEWISE_VISION_MODEL} is set, the vision model on each
 * provider (plate analysis asks it on the same providers); none in {@code embedded} mode.
 */
@Singleton
public class ConfiguredModelCatalog implements ModelCatalog {

    private final List<ProviderModel> models;

    public ConfiguredModelCatalog(Environment environment) {
        this.models = models(environment);
    }

    @Override
    public List<ProviderModel> providerModels() {
        return models;
    }

    private static List<ProviderModel> models(Environment environment) {
        if (!environment.getProperty("slicewise.assistant.mode", String.class).orElse("embedded").equals("llm")) {
            return List.of();
        }
        List<ProviderSettings> chain = SpringAiAssistantFactory.chain(environment);
        Optional<String> vision = environment.getProperty("slicewise.vision.model", String.class)
                .map(String::strip).filter(model -> !model.isEmpty());
        List<ProviderModel> models = new ArrayList<>();
        chain.forEach(provider -> models.add(new ProviderModel(provider.model(), provider.name(), ModelKind.CHAT)));
        vision.ifPresent(model -> chain.forEach(provider ->
                models.add(new ProviderModel(model, provider.name(), ModelKind.VISION))));
        return List.copyOf(models);
    }
}
