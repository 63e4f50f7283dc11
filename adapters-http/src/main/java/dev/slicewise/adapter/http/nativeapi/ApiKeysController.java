package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.PartnerTokens;
import dev.slicewise.adapter.http.openapi.NativeErrorBody;
import dev.slicewise.adapter.http.openapi.NativeExamples;
import dev.slicewise.adapter.http.openapi.OperatorToken;
import dev.slicewise.application.port.in.ManageApiKeysUseCase.IssuedApiKey;
import dev.slicewise.application.port.in.ManageApiKeysUseCase.NewApiKey;
import dev.slicewise.application.port.in.ManageApiKeysUseCase;
import dev.slicewise.domain.apikey.ApiKey;
import dev.slicewise.domain.apikey.ApiKeyId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import static dev.slicewise.adapter.http.openapi.OpenApiController.NATIVE_TAG;

/**
 * {@code /api/v1/api_keys}: the operator, authenticated by a partner token ({@code Authorization: Token ...}, as for
 * the partner API's {@code user_access_token/}), issues, lists and revokes keys. The secret is in the answer to its
 * issue only. The operator is authenticated before anything else of the request is judged, but for a body that says
 * it is not JSON, which the router refuses first (415).
 */
@Controller("/api/v1/api_keys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiKeysController {

    private static final Set<String> FIELDS = Set.of("name", "rate_limit_per_minute");

    private final ManageApiKeysUseCase keys;
    private final PartnerTokens partnerTokens;
    private final JsonMapper json;

    public ApiKeysController(ManageApiKeysUseCase keys, PartnerTokens partnerTokens, JsonMapper json) {
        this.keys = keys;
        this.partnerTokens = partnerTokens;
        this.json = json;
    }

    @Operation(operationId = "issueApiKey", summary = "Issues an API key", tags = NATIVE_TAG,
            description = "`name` (1 to 100 characters, trimmed) and an optional `rate_limit_per_minute` (1 to "
                    + "100,000; default SLICEWISE_RATE_LIMIT_PER_MINUTE). The secret `key` is in this answer only: "
                    + "the service keeps its SHA-256. The key's id is the owner of everything made with it.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = "name"),
                    examples = @ExampleObject(name = "workshop", value = NativeExamples.KEY_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The key, with its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "issued", value = NativeExamples.KEY_ISSUED)))
    @ApiResponse(responseCode = "400", description = "A field missing or out of range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class), examples = {
                            @ExampleObject(name = "no-name", value = NativeExamples.KEY_NAME_REQUIRED),
                            @ExampleObject(name = "rate", value = NativeExamples.KEY_RATE_RANGE)}))
    @OperatorToken
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> issue(HttpRequest<?> request, @Parameter(hidden = true) @Nullable @Body byte[] body) {
        return asOperator(request, () -> {
            IssuedApiKey issued = keys.issue(newKey(NativeJson.object(request, json, body, FIELDS)));
            Map<String, JsonNode> answer = new LinkedHashMap<>();
            answer.put("id", JsonNode.createStringNode(issued.key().id().value()));
            answer.put("name", JsonNode.createStringNode(issued.key().name()));
            answer.put("key", JsonNode.createStringNode(issued.secret()));
            answer.put("rate_limit_per_minute", JsonNode.createNumberNode(issued.key().rateLimitPerMinute()));
            answer.put("created_at", NativeJson.timestamp(issued.key().createdAt()));
            return HttpResponse.status(HttpStatus.CREATED).body(JsonNode.createObjectNode(answer));
        });
    }

    @Operation(operationId = "listApiKeys", summary = "The keys, without their secrets", tags = NATIVE_TAG,
            description = "Revoked keys are not listed. `last_used_at` is null until the key is first used.")
    @ApiResponse(responseCode = "200", description = "The keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "one-key", value = NativeExamples.KEYS)))
    @OperatorToken
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(HttpRequest<?> request) {
        return asOperator(request, () -> {
            List<JsonNode> data = keys.list().stream().map(ApiKeysController::listed).toList();
            return HttpResponse.ok(JsonNode.createObjectNode(Map.of("data", JsonNode.createArrayNode(data))));
        });
    }

    @Operation(operationId = "revokeApiKey", summary = "Revokes a key", tags = NATIVE_TAG,
            description = "The key answers 401 from then on; what it made stays its own.",
            parameters = @Parameter(name = "id", in = ParameterIn.PATH, description = "The key's id",
                    example = "key_5c24cb5bf76795be178c31396687e62c", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No key has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NativeErrorBody.class),
                    examples = @ExampleObject(name = "unknown", value = NativeExamples.KEY_NOT_FOUND)))
    @OperatorToken
    @Delete(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable String id) {
        return asOperator(request, () -> {
            boolean revoked = ApiKeyId.parse(id).map(keys::revoke).orElse(false);
            if (!revoked) {
                throw NativeError.notFound("No API key has the id '" + id + "'.");
            }
            return HttpResponse.noContent();
        });
    }

    private MutableHttpResponse<?> asOperator(HttpRequest<?> request, Supplier<MutableHttpResponse<?>> action) {
        if (!partnerTokens.authenticates(request)) {
            return NativeError.unauthorized("Managing API keys takes a partner token: Authorization: Token <token>.")
                    .answer(request);
        }
        try {
            return action.get();
        } catch (NativeError error) {
            return error.answer(request);
        }
    }

    private static NewApiKey newKey(JsonNode body) {
        JsonNode name = NativeJson.field(body, "name")
                .orElseThrow(() -> NativeError.invalid("'name' is required."));
        return new NewApiKey(NativeJson.text(name, "name", ApiKey.MAX_NAME_LENGTH), rateLimit(body));
    }

    private static OptionalInt rateLimit(JsonNode body) {
        var given = NativeJson.field(body, "rate_limit_per_minute");
        if (given.isEmpty()) {
            return OptionalInt.empty();
        }
        String range = "'rate_limit_per_minute' must be an integer from 1 to " + ApiKey.MAX_RATE_LIMIT_PER_MINUTE + ".";
        if (!given.get().isNumber()) {
            throw NativeError.invalid(range);
        }
        BigDecimal value = new BigDecimal(given.get().getNumberValue().toString());
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ONE) < 0
                || value.compareTo(BigDecimal.valueOf(ApiKey.MAX_RATE_LIMIT_PER_MINUTE)) > 0) {
            throw NativeError.invalid(range);
        }
        return OptionalInt.of(value.intValueExact());
    }

    private static JsonNode listed(ApiKey key) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("id", JsonNode.createStringNode(key.id().value()));
        fields.put("name", JsonNode.createStringNode(key.name()));
        fields.put("rate_limit_per_minute", JsonNode.createNumberNode(key.rateLimitPerMinute()));
        fields.put("created_at", NativeJson.timestamp(key.createdAt()));
        fields.put("last_used_at", key.lastUsedAt().map(NativeJson::timestamp).orElse(JsonNode.nullNode()));
        return JsonNode.createObjectNode(fields);
    }
}
