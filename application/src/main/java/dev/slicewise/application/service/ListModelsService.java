package dev.slicewise.application.service;

import dev.slicewise.application.port.in.ListModelsUseCase;
import dev.slicewise.application.port.out.ModelCatalog;
import dev.slicewise.domain.assistant.ModelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The embedded engine, always there and the default, then the configured provider models in their order. */
public final class ListModelsService implements ListModelsUseCase {

    private final ModelCatalog catalog;

    public ListModelsService(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<AvailableModel> models() {
        List<AvailableModel> models = new ArrayList<>();
        models.add(new AvailableModel(EMBEDDED, Optional.empty(), ModelKind.CHAT, true));
        catalog.providerModels().forEach(model ->
                models.add(new AvailableModel(model.id(), Optional.of(model.provider()), model.kind(), false)));
        return List.copyOf(models);
    }
}
