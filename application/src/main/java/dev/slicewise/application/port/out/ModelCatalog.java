package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.ModelKind;

import java.util.List;

/** The models of the configured providers (none when no provider is configured). */
public interface ModelCatalog {

    List<ProviderModel> providerModels();

    /** A model a provider serves, as configured: chat for the assistant, vision for plate analysis. */
    record ProviderModel(String id, String provider, ModelKind kind) {
    }
}
