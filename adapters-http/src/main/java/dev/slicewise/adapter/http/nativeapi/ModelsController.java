package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.openapi.NativeApiKey;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.application.port.in.ListModelsUseCase.AvailableModel;
import dev.slicewise.application.port.in.ListModelsUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

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

    @Operation(operationId = "listModels", summary = "The models a chat request may name", tags = NATIVE_TAG,
            description = "The embedded engine (the default) and, in `llm` mode, each configured provider's model "
                    + "(`provider` is its SLICEWISE_LLM name) and the vision model on each provider (`\"kind\": "
                    + "\"vision\"`).")
    @ApiResponse(responseCode = "200", description = "The models",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = {
                            @ExampleObject(name = "embedded", summary = "The defaults",
                                    value = NativeExamples.MODELS),
                            @ExampleObject(name = "llm", summary = "llm mode with a fallback and a vision model",
                                    value = NativeExamples.MODELS_LLM)}))
    @NativeApiKey
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
