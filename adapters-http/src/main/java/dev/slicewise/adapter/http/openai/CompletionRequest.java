package dev.slicewise.adapter.http.openai;

import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.SlicingFields;
import dev.slicewise.adapter.http.StorableText;
import dev.slicewise.application.port.in.SendChatMessageCommand;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.turn.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code POST /v1/chat/completions} request read into the turn it asks for: the conversation of its
 * {@code messages} (the last one the user's, answered with the earlier ones as history), whether to stream and whether
 * the stream ends with a usage chunk. {@code model} must be {@value OpenAiController#MODEL} (404
 * {@code model_not_found} otherwise, as OpenAI answers); {@code temperature}, {@code max_tokens},
 * {@code max_completion_tokens}, {@code n} (1 only) and {@code stream_options} are checked and accepted, the routing
 * chooses the engine and its settings. System and developer messages are accepted and left out: they are a front
 * end's instructions for a general model, and Slicewise's assistant keeps its own. Content is a string or an array of
 * text parts (joined by a line break); images are refused, since a photo is analysed against the plate it shows
 * ({@code attachments} of {@code POST /api/v1/chat}). {@code slicing_profiles} and {@code plates}, as on the partner
 * API, may come along for the slicing workflows. Other fields of OpenAI's API are ignored, as the front ends send many.
 */
record CompletionRequest(SendChatMessageCommand command, boolean stream, boolean includeUsage) {

    private static final Set<String> SKIPPED_ROLES = Set.of("system", "developer");

    static CompletionRequest read(HttpRequest<?> request, JsonMapper json, byte[] body) {
        JsonNode object = object(request, json, body);
        model(object);
        number(object, "temperature", 0, 2);
        positive(object, "max_tokens");
        positive(object, "max_completion_tokens");
        field(object, "n").ifPresent(n -> {
            if (!n.isNumber() || n.getNumberValue().doubleValue() != 1) {
                throw OpenAiError.invalid("n", "Slicewise answers with one choice: 'n' must be 1.");
            }
        });
        boolean stream = field(object, "stream").map(node -> bool(node, "stream")).orElse(false);
        boolean includeUsage = field(object, "stream_options").map(options -> {
            if (!stream) {
                throw OpenAiError.invalid("stream_options",
                        "'stream_options' is only allowed when 'stream' is true.");
            }
            if (!options.isObject()) {
                throw OpenAiError.invalid("stream_options", "'stream_options' must be an object.");
            }
            return field(options, "include_usage").map(node -> bool(node, "stream_options.include_usage"))
                    .orElse(false);
        }).orElse(false);
        Conversation conversation = conversation(object);
        Language language = LanguageDetector.detect(conversation.latestUserText().orElseThrow(), Language.EN);
        try {
            return new CompletionRequest(new SendChatMessageCommand(Optional.empty(), conversation,
                    Workflow.QUERY_INTENT, SlicingFields.profiles(object), SlicingFields.plates(object), language,
                    Api.OPENAI), stream, includeUsage);
        } catch (InvalidRequest invalid) {
            throw OpenAiError.invalid(ErrorMessages.get(Errors.language(request), invalid.messageKey(),
                    invalid.args()));
        }
    }

    private static JsonNode object(HttpRequest<?> request, JsonMapper json, byte[] body) {
        JsonNode parsed;
        try {
            parsed = body == null || body.length == 0 ? null : json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw OpenAiError.invalid("We could not parse the JSON body of your request: it is not valid JSON.");
        }
        if (parsed == null || !parsed.isObject()) {
            throw OpenAiError.invalid("The request body must be a JSON object.");
        }
        try {
            StorableText.check(parsed, "");
        } catch (InvalidRequest invalid) {
            throw OpenAiError.invalid(ErrorMessages.get(Errors.language(request), invalid.messageKey(),
                    invalid.args()));
        }
        return parsed;
    }

    private static void model(JsonNode object) {
        String model = field(object, "model").map(node -> string(node, "model"))
                .orElseThrow(() -> OpenAiError.invalid("model", "You must provide a model parameter ('"
                        + OpenAiController.MODEL + "')."));
        if (!model.equals(OpenAiController.MODEL)) {
            throw OpenAiError.modelNotFound(model);
        }
    }

    /** The messages without system and developer ones; the last must be the user's and say something. */
    private static Conversation conversation(JsonNode object) {
        JsonNode messages = field(object, "messages")
                .orElseThrow(() -> OpenAiError.invalid("messages", "Missing required parameter: 'messages'."));
        if (!messages.isArray() || messages.size() == 0) {
            throw OpenAiError.invalid("messages", "'messages' must be a non-empty array of messages.");
        }
        List<ChatMessage> conversation = new ArrayList<>();
        int index = 0;
        for (JsonNode message : messages.values()) {
            String path = "messages[" + index++ + "]";
            if (!message.isObject()) {
                throw OpenAiError.invalid(path, "'" + path + "' must be an object with 'role' and 'content'.");
            }
            String role = field(message, "role").map(node -> string(node, path + ".role"))
                    .orElseThrow(() -> OpenAiError.invalid(path + ".role", "'" + path + ".role' is required."));
            if (SKIPPED_ROLES.contains(role)) {
                continue;
            }
            Role author = Role.fromWire(role).orElseThrow(() -> OpenAiError.invalid(path + ".role", "'" + path
                    + ".role' must be 'system', 'developer', 'user' or 'assistant'; Slicewise calls no tools."));
            conversation.add(new ChatMessage(author, content(message, path)));
        }
        if (conversation.isEmpty() || conversation.getLast().role() != Role.USER
                || conversation.getLast().content().isBlank()) {
            throw OpenAiError.invalid("messages", "The last message must be the user's, with some text.");
        }
        if (conversation.getLast().content().length() > SessionMessage.MAX_USER_TEXT_LENGTH) {
            throw OpenAiError.invalid("messages", "The last message must be at most "
                    + SessionMessage.MAX_USER_TEXT_LENGTH + " characters.");
        }
        return new Conversation(conversation);
    }

    /** A string, or an array of text parts joined by a line break; null is empty (an assistant's tool call). */
    private static String content(JsonNode message, String path) {
        Optional<JsonNode> content = field(message, "content");
        if (content.isEmpty()) {
            return "";
        }
        if (content.get().isString()) {
            return content.get().getStringValue();
        }
        if (!content.get().isArray()) {
            throw OpenAiError.invalid(path + ".content", "'" + path + ".content' must be a string or an array "
                    + "of text parts.");
        }
        List<String> texts = new ArrayList<>();
        int index = 0;
        for (JsonNode part : content.get().values()) {
            String partPath = path + ".content[" + index++ + "]";
            String type = part.isObject()
                    ? field(part, "type").filter(JsonNode::isString).map(JsonNode::getStringValue).orElse("")
                    : "";
            if (type.equals("image_url")) {
                throw OpenAiError.invalid(partPath, "Images are not accepted here: a photo of a print is analysed "
                        + "with the plate it shows, so send it to POST /api/v1/chat as an attachment.");
            }
            if (!type.equals("text")) {
                throw OpenAiError.invalid(partPath, "'" + partPath + "' must be a text part "
                        + "({\"type\": \"text\", \"text\": \"...\"}).");
            }
            texts.add(field(part, "text").map(text -> string(text, partPath + ".text"))
                    .orElseThrow(() -> OpenAiError.invalid(partPath + ".text", "'" + partPath
                            + ".text' is required.")));
        }
        return String.join("\n", texts);
    }

    private static void number(JsonNode object, String name, double min, double max) {
        field(object, name).ifPresent(node -> {
            if (!node.isNumber() || !(node.getNumberValue().doubleValue() >= min)
                    || node.getNumberValue().doubleValue() > max) {
                throw OpenAiError.invalid(name, "'" + name + "' must be a number from " + min + " to " + max + ".");
            }
        });
    }

    private static void positive(JsonNode object, String name) {
        field(object, name).ifPresent(node -> {
            if (!node.isNumber() || node.getNumberValue().doubleValue() < 1
                    || node.getNumberValue().doubleValue() != Math.rint(node.getNumberValue().doubleValue())) {
                throw OpenAiError.invalid(name, "'" + name + "' must be a whole number of at least 1.");
            }
        });
    }

    private static Optional<JsonNode> field(JsonNode object, String name) {
        return Optional.ofNullable(object.get(name)).filter(node -> !node.isNull());
    }

    private static String string(JsonNode value, String name) {
        if (!value.isString()) {
            throw OpenAiError.invalid(name, "'" + name + "' must be a string.");
        }
        return value.getStringValue();
    }

    private static boolean bool(JsonNode value, String name) {
        if (!value.isBoolean()) {
            throw OpenAiError.invalid(name, "'" + name + "' must be true or false.");
        }
        return value.getBooleanValue();
    }
}
