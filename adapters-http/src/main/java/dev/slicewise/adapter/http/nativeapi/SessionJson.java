package dev.slicewise.adapter.http.nativeapi;
import dev.slicewise.adapter.http.AnswerJson;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.session.Feedback;
import dev.slicewise.domain.session.Rating;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionSummary;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions and messages in the native API's JSON.
 * <ul>
 *   <li>A session: {@code {id, title, context, created_at, updated_at, message_count, last_message}}, the context and
 *   the last message {@code null} when there are none.</li>
 *   <li>A message: {@code {id, role, content, timestamp}}; an assistant's message also has {@code agent_actions}
 *   (always, {@code []} when it gave none, each action as the partner API writes it:
 *   {@code {"name", "arguments"}}) and {@code feedback} ({@code null}, or {@code {"rating": "like"|"dislike"|null,
 *   "content": "..."|null}}) and {@code code} and {@code code_language} (the code of the part the answer designed,
 *   {@code null} when it designed none). A user's message has none of them.</li>
 * </ul>
 */
final class SessionJson {

    private SessionJson() {
    }

    static JsonNode session(SessionSummary summary) {
        Session session = summary.session();
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("id", JsonNode.createStringNode(session.id().value()));
        fields.put("title", JsonNode.createStringNode(session.title()));
        fields.put("context", session.context().map(JsonNode::createStringNode).orElse(JsonNode.nullNode()));
        fields.put("created_at", NativeJson.timestamp(session.createdAt()));
        fields.put("updated_at", NativeJson.timestamp(session.updatedAt()));
        fields.put("message_count", JsonNode.createNumberNode(summary.messageCount()));
        fields.put("last_message", summary.lastMessage().map(SessionJson::message).orElse(JsonNode.nullNode()));
        return JsonNode.createObjectNode(fields);
    }

    static JsonNode sessions(List<SessionSummary> summaries) {
        return JsonNode.createArrayNode(summaries.stream().map(SessionJson::session).toList());
    }

    static JsonNode message(SessionMessage message) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("id", JsonNode.createStringNode(message.id().value()));
        fields.put("role", JsonNode.createStringNode(message.role().wireName()));
        fields.put("content", JsonNode.createStringNode(message.content()));
        if (message.role() == Role.ASSISTANT) {
            fields.put("agent_actions",
                    JsonNode.createArrayNode(message.actions().stream().map(AnswerJson::action).toList()));
            fields.put("code", message.code().map(code -> JsonNode.createStringNode(code.text()))
                    .orElse(JsonNode.nullNode()));
            fields.put("code_language", message.code().map(code -> JsonNode.createStringNode(
                    code.language().wireName())).orElse(JsonNode.nullNode()));
            fields.put("feedback", message.feedback().map(SessionJson::feedback).orElse(JsonNode.nullNode()));
        }
        fields.put("timestamp", NativeJson.timestamp(message.at()));
        return JsonNode.createObjectNode(fields);
    }

    static JsonNode messages(List<SessionMessage> messages) {
        return JsonNode.createArrayNode(messages.stream().map(SessionJson::message).toList());
    }

    private static JsonNode feedback(Feedback feedback) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("rating", feedback.rating().map(Rating::wireName).map(JsonNode::createStringNode)
                .orElse(JsonNode.nullNode()));
        fields.put("content", feedback.comment().map(JsonNode::createStringNode).orElse(JsonNode.nullNode()));
        return JsonNode.createObjectNode(fields);
    }
}
