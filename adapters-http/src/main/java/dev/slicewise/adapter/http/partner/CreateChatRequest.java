package dev.slicewise.adapter.http.partner;
import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.JsonFields;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the body of {@code POST chats/}. Errors are collected per field, in the reference server's shape
 * ({@code {"messages": ["This field is required."]}}).
 */
final class CreateChatRequest {

    private final JsonNode body;
    private final JsonMapper json;
    private final Language language;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private CreateChatRequest(JsonNode body, JsonMapper json, Language language) {
        this.body = body;
        this.json = json;
        this.language = language;
    }

    /** The details, or the field errors when there are any. */
    static Result read(JsonNode body, JsonMapper json, Language language) {
        CreateChatRequest request = new CreateChatRequest(body, json, language);
        return request.details()
                .<Result>map(Result.Read::new)
                .orElseGet(() -> new Result.FieldErrors(request.errors));
    }

    sealed interface Result {
        record Read(ChatDetails details) implements Result {
        }

        record FieldErrors(Map<String, List<String>> errors) implements Result {
        }
    }

    private Optional<ChatDetails> details() {
        Optional<String> messages = text("messages", true);
        if (messages.isEmpty() && !errors.containsKey("messages")) {
            error("messages", "chat.field.required");
        } else if (messages.isPresent() && messages.get().isBlank()) {
            error("messages", "chat.field.blank");
        }
        Optional<String> machineName = text("machine_name", false);
        Optional<String> filamentName = text("filament_name", false);
        Optional<String> printProcessName = text("print_process_name", false);
        Optional<String> slicingSettingsJson = text("slicing_settings_json", true);
        Optional<String> feedback = text("user_feedback", false);
        Optional<String> feedbackText = text("user_feedback_text", false);
        if (feedback.map(String::length).orElse(0) > ChatDetails.MAX_FEEDBACK_LENGTH) {
            error("user_feedback", "chat.field.max_length", String.valueOf(ChatDetails.MAX_FEEDBACK_LENGTH));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChatDetails(messages.orElseThrow(), machineName, filamentName, printProcessName,
                slicingSettingsJson, feedback, feedbackText));
    }

    /**
     * A string field. Fields that hold JSON text ({@code messages}, {@code slicing_settings_json}) also accept the
     * JSON itself (an array or object), stored as its encoding.
     */
    private Optional<String> text(String name, boolean holdsJson) {
        Optional<JsonNode> value = JsonFields.field(body, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().isString()) {
            return Optional.of(value.get().getStringValue());
        }
        if (holdsJson && value.get().isContainerNode()) {
            try {
                return Optional.of(json.writeValueAsString(value.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("a parsed JSON tree can be written back", e);
            }
        }
        error(name, "chat.field.string");
        return Optional.empty();
    }

    private void error(String field, String key, Object... args) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(ErrorMessages.get(language, key, args));
    }
}
