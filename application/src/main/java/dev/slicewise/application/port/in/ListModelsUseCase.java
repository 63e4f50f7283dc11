package dev.slicewise.application.port.in;

import dev.slicewise.domain.assistant.ModelKind;

import java.util.List;
import java.util.Optional;

/** The models a request may name: the embedded engine (the default), then every configured provider model. */
public interface ListModelsUseCase {

    /** The id of the embedded engine among the models. */
    String EMBEDDED = "embedded";

    List<AvailableModel> models();

    /** A model by its id; {@code provider} is empty for the embedded engine. */
    record AvailableModel(String id, Optional<String> provider, ModelKind kind, boolean isDefault) {
    }
}
