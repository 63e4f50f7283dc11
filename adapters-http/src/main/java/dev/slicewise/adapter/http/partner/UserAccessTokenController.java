package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.JsonFields;
import dev.slicewise.adapter.http.PartnerTokens;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

    @Post(value = "/user_access_token", consumes = MediaType.ALL,
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<JsonNode> register(HttpRequest<?> request, @Nullable @Body byte[] body) {
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
