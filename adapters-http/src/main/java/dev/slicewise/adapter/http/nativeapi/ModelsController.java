package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.application.port.in.ListModelsUseCase;
import dev.slicewise.application.port.in.ListModelsUseCase.AvailableModel;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/v1/models}, with a key: the embedded engine (the default) and every configured provider model,
 * chat or vision; the ids a chat request may name as its {@code model}.
 */
@Controller("/api/v1/models")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ModelsController {

    private final ListModelsUseCase models;
    private final KeyAdmissions admissions;

    public ModelsController(ListModelsUseCase models, KeyAdmissions admissions) {
        this.models = models;
        this.admissions = admissions;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(HttpRequest<?> request) {
        return admissions.withKey(request, owner -> {
            List<JsonNode> data = models.models().stream().map(ModelsController::model).toList();
            return HttpResponse.ok(JsonNode.createObjectNode(Map.of("data", JsonNode.createArrayNode(data))));
        });
    }

    private static JsonNode model(AvailableModel model) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("id", JsonNode.createStringNode(model.id()));
        model.provider().ifPresent(provider -> fields.put("provider", JsonNode.createStringNode(provider)));
        fields.put("kind", JsonNode.createStringNode(model.kind().name().toLowerCase(Locale.ROOT)));
        fields.put("default", JsonNode.createBooleanNode(model.isDefault()));
        return JsonNode.createObjectNode(fields);
    }
}
