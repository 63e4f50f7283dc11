package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.application.port.in.ManageSessionsUseCase;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Rating;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/messages/{id}}, with a key: one message; and {@code POST .../feedback} {@code {"rating": "like" |
 * "dislike" | null, "content"?: "..."}} → {@code {"result": "success"}}, on an answer of the assistant only (400 on a
 * user's message). The rating is required, {@code null} withdrawing it; a blank content is no comment. The newest
 * feedback replaces the one before, and shows on the message.
 */
@Controller("/api/v1/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MessagesController {

    private static final Set<String> FEEDBACK_FIELDS = Set.of("rating", "content");
    private static final String RATINGS = "'rating' must be \"like\", \"dislike\" or null.";

    private final ManageSessionsUseCase sessions;
    private final KeyAdmissions admissions;
    private final JsonMapper json;

    public MessagesController(ManageSessionsUseCase sessions, KeyAdmissions admissions, JsonMapper json) {
        this.sessions = sessions;
        this.admissions = admissions;
        this.json = json;
    }

    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        return admissions.withKey(request, owner -> HttpResponse.ok(SessionJson.message(
                sessions.message(owner, NativeQuery.messageId(id)).orElseThrow(() -> NativeQuery.noMessage(id)))));
    }

    @Post(value = "/{id}/feedback", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> feedback(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        return admissions.withKey(request, owner -> {
            MessageId message = NativeQuery.messageId(id);
            JsonNode fields = NativeJson.object(request, json, body, FEEDBACK_FIELDS);
            Optional<Rating> rating = rating(fields);
            Optional<String> comment = comment(fields);
            return switch (sessions.giveFeedback(owner, message, rating, comment)) {
                case GIVEN -> HttpResponse.ok(
                        JsonNode.createObjectNode(Map.of("result", JsonNode.createStringNode("success"))));
                case NOT_FOUND -> throw NativeQuery.noMessage(id);
                case NOT_AN_ANSWER -> throw NativeError.invalid(
                        "Feedback can only be given on an assistant's message; '" + id + "' is the user's.");
            };
        });
    }

    private static Optional<Rating> rating(JsonNode fields) {
        JsonNode rating = fields.get("rating");
        if (rating == null) {
            throw NativeError.invalid("'rating' is required: \"like\", \"dislike\" or null.");
        }
        if (rating.isNull()) {
            return Optional.empty();
        }
        if (!rating.isString()) {
            throw NativeError.invalid(RATINGS);
        }
        return Optional.of(Rating.fromWire(rating.getStringValue()).orElseThrow(() -> NativeError.invalid(RATINGS)));
    }

    private static Optional<String> comment(JsonNode fields) {
        Optional<JsonNode> content = NativeJson.field(fields, "content");
        if (content.isEmpty()) {
            return Optional.empty();
        }
        if (!content.get().isString()) {
            throw NativeError.invalid("'content' must be a string.");
        }
        String stripped = content.get().getStringValue().strip();
        if (stripped.length() > Feedback.MAX_COMMENT_LENGTH) {
            throw NativeError.invalid("'content' must be at most " + Feedback.MAX_COMMENT_LENGTH + " characters.");
        }
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }
}
