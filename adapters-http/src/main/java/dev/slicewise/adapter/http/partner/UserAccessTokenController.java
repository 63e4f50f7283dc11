package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.JsonFields;
import dev.slicewise.adapter.http.PartnerTokens;
import dev.slicewise.adapter.http.openapi.OpenApiController;
import dev.slicewise.adapter.http.openapi.PartnerErrorBody;
import dev.slicewise.adapter.http.openapi.PartnerExamples;
import dev.slicewise.application.port.in.RegisterAccessTokenCommand;
import dev.slicewise.application.port.in.RegisterAccessTokenUseCase;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.user.AccessToken;
import dev.slicewise.domain.user.Registration;
import dev.slicewise.domain.user.TokenLifetime;
import dev.slicewise.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static dev.slicewise.adapter.http.openapi.OpenApiController.PARTNER_TAG;

/** {@code POST user_access_token/}: the partner's backend registers or renews an end user's access token. */
@Controller("/ent/partners/api/elegoo")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserAccessTokenController {

    private final RegisterAccessTokenUseCase registerAccessToken;
    private final PartnerTokens partnerTokens;
    private final JsonMapper json;

    public UserAccessTokenController(RegisterAccessTokenUseCase registerAccessToken, PartnerTokens partnerTokens,
                                     JsonMapper json) {
        this.registerAccessToken = registerAccessToken;
        this.partnerTokens = partnerTokens;
        this.json = json;
    }

    @Operation(operationId = "partnerRegisterAccessToken", summary = "Registers or renews an end user's access token",
            tags = PARTNER_TAG, description = "Called by the partner's backend, not by end users. An upsert keyed "
                    + "by `elegoo_user_id` (at most 256 characters): 201 when created, 200 when an existing one was "
                    + "replaced. `access_token` at most 512 characters; `expire_in` whole seconds from now, positive.",
            security = @SecurityRequirement(name = OpenApiController.PARTNER_TOKEN, scopes = {}),
            parameters = @Parameter(name = "lang", in = ParameterIn.QUERY, description = "The language of the "
                    + "error messages, as on the other partner endpoints", example = "en",
                    schema = @Schema(type = "string")),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object", requiredProperties = {"elegoo_user_id", "access_token",
                            "expire_in"}),
                    examples = @ExampleObject(name = "a-day", value = PartnerExamples.TOKEN_REQUEST))))
    @ApiResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "created", value = PartnerExamples.TOKEN_CREATED)))
    @ApiResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "updated", value = PartnerExamples.TOKEN_UPDATED)))
    @ApiResponse(responseCode = "400", description = "A field missing or invalid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerErrorBody.class), examples = {
                            @ExampleObject(name = "required", value = PartnerExamples.TOKEN_REQUIRED),
                            @ExampleObject(name = "expire-in", value = PartnerExamples.TOKEN_EXPIRE_IN)}))
    @ApiResponse(responseCode = "401", description = "The partner token is missing or wrong",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "invalid", value = PartnerExamples.PARTNER_TOKEN_INVALID)))
    @Post(value = "/user_access_token", consumes = MediaType.ALL,
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<JsonNode> register(HttpRequest<?> request,
                                           @Parameter(hidden = true) @Nullable @Body byte[] body) {
        Language language = Errors.language(request);
        if (!partnerTokens.authenticates(request)) {
            Map<String, JsonNode> refusal = new LinkedHashMap<>();
            refusal.put("error", JsonNode.createStringNode(ErrorMessages.get(language, "partner.invalid")));
            refusal.put("is_authenticated", JsonNode.createStringNode("False"));
            return HttpResponse.<JsonNode>status(HttpStatus.UNAUTHORIZED).body(JsonNode.createObjectNode(refusal));
        }
        try {
            Registration registration = registerAccessToken.register(command(Requests.jsonObject(json, body)));
            HttpStatus status = registration == Registration.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
            Map<String, JsonNode> success = new LinkedHashMap<>();
            success.put("code", JsonNode.createNumberNode(status.getCode()));
            success.put("msg", JsonNode.createStringNode("success"));
            return HttpResponse.<JsonNode>status(status).body(JsonNode.createObjectNode(success));
        } catch (InvalidRequest invalid) {
            return Errors.badRequest(language, invalid);
        }
    }

    private static RegisterAccessTokenCommand command(JsonNode body) {
        Optional<String> userId = text(body, "elegoo_user_id");
        Optional<String> token = text(body, "access_token");
        Optional<JsonNode> expireIn = JsonFields.field(body, "expire_in");
        if (userId.isEmpty() || token.isEmpty() || expireIn.isEmpty()) {
            throw new InvalidRequest("token.required");
        }
        if (userId.get().length() > UserId.MAX_LENGTH) {
            throw new InvalidRequest("token.too_long", "elegoo_user_id", String.valueOf(UserId.MAX_LENGTH));
        }
        if (token.get().length() > AccessToken.MAX_LENGTH) {
            throw new InvalidRequest("token.too_long", "access_token", String.valueOf(AccessToken.MAX_LENGTH));
        }
        long seconds = JsonFields.integerValue(expireIn.get())
                .orElseThrow(() -> new InvalidRequest("token.expire_in.integer"));
        if (seconds <= 0) {
            throw new InvalidRequest("token.expire_in.positive");
        }
        if (seconds > TokenLifetime.MAX_SECONDS) {
            throw new InvalidRequest("token.expire_in.max", String.valueOf(TokenLifetime.MAX_SECONDS));
        }
        return new RegisterAccessTokenCommand(new UserId(userId.get()), new AccessToken(token.get()),
                new TokenLifetime(seconds));
    }

    /** A non-blank string or number field. */
    private static Optional<String> text(JsonNode body, String name) {
        return JsonFields.field(body, name)
                .filter(node -> node.isString() || node.isNumber())
                .map(JsonNode::coerceStringValue)
                .filter(value -> !value.isBlank());
    }
}
