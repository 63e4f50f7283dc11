package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.openapi.NativeApiKey;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.domain.catalog.SettingDefinition;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

/**
 * {@code GET /api/v1/settings?lang=}, with a key: the slicer settings a recommendation may change, each with the
 * name users see in that language and its unit, so that a client shows a reply's {@code slicing_profiles} (keyed by
 * OrcaSlicer's setting names) in the user's words, as the playground's table of changes does.
 */
@Controller("/api/v1/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SettingsController {

    private final KeyAdmissions admissions;
    private final SettingsCatalog catalog = SettingsCatalog.standard();

    public SettingsController(KeyAdmissions admissions) {
        this.admissions = admissions;
    }

    @Operation(operationId = "listSettings", summary = "The slicer settings and their names in a language",
            tags = NATIVE_TAG, description = "Every setting of the settings catalog that a recommendation may change "
                    + "(`print_process_overrides` and `filament_overrides` keys), sorted by key, with its name in "
                    + "the `lang` language (one of the nine of the partner API; English when absent or unknown) "
                    + "and its unit (empty when it has none).",
            parameters = @Parameter(name = "lang", in = ParameterIn.QUERY, description = "the names' language",
                    schema = @Schema(type = "string", example = "de")))
    @ApiResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "de", summary = "Two of the settings, in German",
                            value = NativeExamples.SETTINGS)))
    @NativeApiKey
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(HttpRequest<?> request) {
        Language language = Errors.language(request);
        return admissions.withKey(request, owner -> {
            List<JsonNode> data = catalog.definitions().stream().filter(SettingDefinition::overridable)
                    .sorted(Comparator.comparing(SettingDefinition::key))
                    .map(definition -> setting(definition, language)).toList();
            return HttpResponse.ok(JsonNode.createObjectNode(Map.of("data", JsonNode.createArrayNode(data))));
        });
    }

    private JsonNode setting(SettingDefinition definition, Language language) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("key", JsonNode.createStringNode(definition.key()));
        fields.put("name", JsonNode.createStringNode(catalog.displayName(definition.key(), language)));
        fields.put("unit", JsonNode.createStringNode(definition.unit()));
        return JsonNode.createObjectNode(fields);
    }
}
