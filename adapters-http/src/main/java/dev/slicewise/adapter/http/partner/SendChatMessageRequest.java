package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.JsonFields;
import dev.slicewise.adapter.http.SlicingFields;
import dev.slicewise.application.port.in.SendChatMessageCommand;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.turn.Api;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the body of {@code POST chats/messages/} into a command, or fails with the field at fault. */
final class SendChatMessageRequest {

    private SendChatMessageRequest() {
    }

    static SendChatMessageCommand read(JsonNode body, Language language) {
        return new SendChatMessageCommand(chatId(body), conversation(body), workflow(body),
                SlicingFields.profiles(body), SlicingFields.plates(body), language, Api.PARTNER);
    }

    /**
     * The chat id as a string or an integer; empty when absent. A value of the right type that cannot be a chat id
     * is an unknown chat, answered as such. Read the same way by {@code plate_analysis/}.
     */
    static Optional<ChatId> chatId(JsonNode body) {
        Optional<JsonNode> value = JsonFields.field(body, "chat_id")
                .filter(node -> !(node.isString() && node.getStringValue().isBlank()));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isString() && !value.get().isNumber()) {
            throw new InvalidRequest("chat_id.type");
        }
        Optional<Long> id = JsonFields.integerValue(value.get()).filter(n -> n > 0);
        if (id.isEmpty()) {
            throw new InvalidRequest("chat_id.unknown");
        }
        return Optional.of(new ChatId(id.get()));
    }

    private static Conversation conversation(JsonNode body) {
        JsonNode messages = JsonFields.field(body, "messages").orElseThrow(() -> new InvalidRequest("messages.required"));
        if (!messages.isArray()) {
            throw new InvalidRequest("messages.not_array");
        }
        if (messages.size() == 0) {
            throw new InvalidRequest("messages.required");
        }
        List<ChatMessage> read = new ArrayList<>(messages.size());
        int index = 0;
        for (JsonNode message : messages.values()) {
            read.add(message(message, "messages[" + index++ + "]"));
        }
        return new Conversation(read);
    }

    /** Unknown fields are ignored: the reference client resends whole earlier responses. */
    private static ChatMessage message(JsonNode message, String path) {
        if (!message.isObject()) {
            throw new InvalidRequest("field.object", path);
        }
        Role role = JsonFields.field(message, "role")
                .filter(JsonNode::isString)
                .flatMap(node -> Role.fromWire(node.getStringValue()))
                .orElseThrow(() -> new InvalidRequest("message.role", path + ".role"));
        String content = JsonFields.string(message, "content", path + ".content").orElse("");
        return new ChatMessage(role, content);
    }

    private static Workflow workflow(JsonNode body) {
        return JsonFields.field(body, "current_workflow")
                .map(node -> node.isString() ? Workflow.fromWire(node.getStringValue()) : Optional.<Workflow>empty())
                .map(known -> known.orElseThrow(() -> new InvalidRequest("workflow.unknown")))
                .orElse(Workflow.QUERY_INTENT);
    }
}
