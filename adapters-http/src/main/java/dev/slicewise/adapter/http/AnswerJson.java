package dev.slicewise.adapter.http;

import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an answer both APIs write the same way, in the partner API's shapes: agent actions, the recommended
 * slicing changes with one explanation per change, and the credits system's receipt ({@code credit_resp}).
 */
public final class AnswerJson {

    private AnswerJson() {
    }

    /** {@code [{"name": "...", "arguments": {...}}]}; the options of a choice in {@code user_options_to_choose_from}. */
    public static JsonNode actions(List<AgentAction> actions) {
        return JsonNode.createArrayNode(actions.stream().map(AnswerJson::action).toList());
    }

    /** {@code [{"parameter": "...", "explanation": "..."}]}. */
    public static JsonNode explanations(List<OverrideExplanation> explanations) {
        return JsonNode.createArrayNode(explanations.stream().map(explanation -> {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            fields.put("parameter", JsonNode.createStringNode(explanation.parameter()));
            fields.put("explanation", JsonNode.createStringNode(explanation.explanation()));
            return JsonNode.createObjectNode(fields);
        }).toList());
    }

    /** {@code {"use_print_process_preset"?, "filament_overrides": {...}, "print_process_overrides": {...}}}. */
    public static JsonNode recommendation(SlicingRecommendation recommendation) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        recommendation.processPreset().ifPresent(name -> body.put("use_print_process_preset",
                JsonNode.createStringNode(name)));
        Map<String, JsonNode> filament = new LinkedHashMap<>();
        recommendation.filamentOverrides().forEach((key, values) -> filament.put(key,
                JsonNode.createArrayNode(values.stream().map(JsonNode::createStringNode).toList())));
        Map<String, JsonNode> process = new LinkedHashMap<>();
        recommendation.processOverrides().forEach((key, value) -> process.put(key, JsonNode.createStringNode(value)));
        body.put("filament_overrides", JsonNode.createObjectNode(filament));
        body.put("print_process_overrides", JsonNode.createObjectNode(process));
        return JsonNode.createObjectNode(body);
    }

    /** {@code {"code", "data", "msg", "traceId"}}, the data as the credits system gave it. */
    public static JsonNode receipt(JsonMapper json, CreditsReceipt receipt) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("code", JsonNode.createNumberNode(receipt.code()));
        body.put("data", receipt.details().map(raw -> parse(json, raw)).orElse(JsonNode.nullNode()));
        body.put("msg", JsonNode.createStringNode(receipt.message()));
        body.put("traceId", JsonNode.createStringNode(receipt.reference()));
        return JsonNode.createObjectNode(body);
    }

    /** {@code {"name": "...", "arguments": {}}}, the options of a choice in {@code user_options_to_choose_from}. */
    public static JsonNode action(AgentAction action) {
        Map<String, JsonNode> arguments = action.options().isEmpty()
                ? Map.of()
                : Map.of("user_options_to_choose_from",
                        JsonNode.createArrayNode(action.options().stream().map(JsonNode::createStringNode).toList()));
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("name", JsonNode.createStringNode(action.name().wireName()));
        fields.put("arguments", JsonNode.createObjectNode(arguments));
        return JsonNode.createObjectNode(fields);
    }

    private static JsonNode parse(JsonMapper json, String rawJson) {
        try {
            return json.readValue(rawJson, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("credit receipt data is stored as valid JSON", e);
        }
    }
}
