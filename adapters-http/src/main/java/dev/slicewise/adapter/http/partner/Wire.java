package dev.slicewise.adapter.http.partner;

import dev.slicewise.adapter.http.AnswerJson;
import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.chat.Chat;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Writes domain values in the partner API's JSON shapes (field names and presence exactly as the spec). */
final class Wire {

    private final JsonMapper json;

    Wire(JsonMapper json) {
        this.json = json;
    }

    /** {@code {"message": {...}, "credit_resp": {...} or null}}. */
    JsonNode answer(AssistantReply reply, Optional<CreditsReceipt> receipt) {
        Map<String, JsonNode> message = new LinkedHashMap<>();
        message.put("role", text("assistant"));
        message.put("content", text(reply.content()));
        if (!reply.explanations().isEmpty()) {
            message.put("per_override_explanations", AnswerJson.explanations(reply.explanations()));
        }
        if (!reply.actions().isEmpty()) {
            message.put("agent_actions", AnswerJson.actions(reply.actions()));
        }
        reply.recommendation().ifPresent(r -> message.put("slicing_profiles", AnswerJson.recommendation(r)));
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("message", object(message));
        body.put("credit_resp", receipt.map(this::receipt).orElse(JsonNode.nullNode()));
        return object(body);
    }

    /**
     * The 201 body of {@code plate_analysis/}: {@code {"message": {"role", "content", "suggested_printing_method"},
     * "credit_resp": {...} or null}}.
     */
    JsonNode plateAnalysis(PlateAnalysisReply reply, Optional<CreditsReceipt> receipt) {
        Map<String, JsonNode> message = new LinkedHashMap<>();
        message.put("role", text("assistant"));
        message.put("content", text(reply.content()));
        message.put("suggested_printing_method", text(reply.suggestedPrintingMethod()));
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("message", object(message));
        body.put("credit_resp", receipt.map(this::receipt).orElse(JsonNode.nullNode()));
        return object(body);
    }

    /** A 400 of {@code plate_analysis/} in the message shape: {@code {"message": {"role", "content"}}}. */
    static JsonNode assistantMessage(String content) {
        return object(Map.of("message", object(ordered("role", text("assistant"), "content", text(content)))));
    }

    /**
     * How a paid endpoint answers: the delivered answer with {@code delivered} and the body {@code written} makes of it
     * and its receipt; a refused charge with 402, a failed one with 502.
     */
    <T> HttpResponse<JsonNode> paid(Paid<T> paid, HttpStatus delivered,
                                    BiFunction<T, Optional<CreditsReceipt>, JsonNode> written, Language language) {
        return switch (paid) {
            case Paid.Delivered<T> answer ->
                    HttpResponse.<JsonNode>status(delivered).body(written.apply(answer.answer(), answer.receipt()));
            case Paid.Refused<T> refused -> HttpResponse.<JsonNode>status(HttpStatus.PAYMENT_REQUIRED)
                    .body(refused(ErrorMessages.get(language, "credits.refused"), refused.receipt()));
            case Paid.Unavailable<T> unavailable -> HttpResponse.<JsonNode>status(HttpStatus.BAD_GATEWAY)
                    .body(unavailable(ErrorMessages.get(language, "credits." + unavailable.failure().name())));
        };
    }

    /** The 402 body: {@code {"code": 402, "error": "...", "credit_resp": {...}}}. */
    private JsonNode refused(String error, CreditsReceipt receipt) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("code", JsonNode.createNumberNode(402));
        body.put("error", text(error));
        body.put("credit_resp", receipt(receipt));
        return object(body);
    }

    /** The 502 body: {@code {"code": 502, "error": "..."}}, without credit_resp. */
    static JsonNode unavailable(String error) {
        return object(ordered("code", JsonNode.createNumberNode(502), "error", text(error)));
    }

    static JsonNode chat(Chat chat) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("id", JsonNode.createNumberNode(chat.id().value()));
        body.put("chat_id", JsonNode.createNumberNode(chat.id().value()));
        body.put("messages", text(chat.details().messagesJson()));
        body.put("machine_name", nullable(chat.details().machineName()));
        body.put("filament_name", nullable(chat.details().filamentName()));
        body.put("print_process_name", nullable(chat.details().printProcessName()));
        body.put("slicing_settings_json", nullable(chat.details().slicingSettingsJson()));
        body.put("user_feedback", nullable(chat.details().userFeedback()));
        body.put("user_feedback_text", nullable(chat.details().userFeedbackText()));
        body.put("created_at", text(chat.createdAt().toString()));
        body.put("updated_at", text(chat.updatedAt().toString()));
        return object(body);
    }

    private JsonNode receipt(CreditsReceipt receipt) {
        return AnswerJson.receipt(json, receipt);
    }

    private static JsonNode nullable(Optional<String> value) {
        return value.map(Wire::text).orElse(JsonNode.nullNode());
    }

    private static JsonNode text(String value) {
        return JsonNode.createStringNode(value);
    }

    private static JsonNode object(Map<String, JsonNode> fields) {
        return JsonNode.createObjectNode(fields);
    }

    private static Map<String, JsonNode> ordered(String k1, JsonNode v1, String k2, JsonNode v2) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put(k1, v1);
        fields.put(k2, v2);
        return fields;
    }

    static List<JsonNode> chats(List<Chat> chats) {
        return chats.stream().map(Wire::chat).toList();
    }
}
