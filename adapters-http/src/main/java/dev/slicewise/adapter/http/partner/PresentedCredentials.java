package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.JsonFields;
import dev.slicewise.domain.user.AccessToken;
import dev.slicewise.domain.user.Credentials;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpParameters;
import io.micronaut.json.tree.JsonNode;

import java.util.Optional;

/** The user credentials of a functional call, read from the JSON body first, then from the query string. */
sealed interface PresentedCredentials {

    /** {@code elegoo_user_id} or {@code access_token} is absent or blank. */
    record Missing() implements PresentedCredentials {
    }

    /** Present, but no registered token could ever match them (too long). */
    record Unusable() implements PresentedCredentials {
    }

    record Given(Credentials credentials) implements PresentedCredentials {
    }

    static PresentedCredentials read(Optional<JsonNode> body, HttpParameters query) {
        Optional<String> userId = value(body, query, "elegoo_user_id");
        Optional<String> token = value(body, query, "access_token");
        if (userId.isEmpty() || token.isEmpty()) {
            return new Missing();
        }
        if (userId.get().length() > UserId.MAX_LENGTH || token.get().length() > AccessToken.MAX_LENGTH) {
            return new Unusable();
        }
        return new Given(new Credentials(new UserId(userId.get()), new AccessToken(token.get())));
    }

    /** A non-blank string (a number is read as its text, as user ids often are numeric). */
    private static Optional<String> value(Optional<JsonNode> body, HttpParameters query, String name) {
        Optional<String> fromBody = body.flatMap(json -> JsonFields.field(json, name))
                .filter(node -> node.isString() || node.isNumber())
                .map(JsonNode::coerceStringValue);
        return fromBody.or(() -> Optional.ofNullable(query.get(name))).filter(text -> !text.isBlank());
    }
}
