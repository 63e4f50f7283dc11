package dev.slicewise.adapter.http.openai;

import dev.slicewise.adapter.http.AnswerJson;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenAI's shapes of an answer: the whole {@code chat.completion}, the {@code chat.completion.chunk}s of a stream
 * (all with the completion's id and creation time), the {@code usage} and Slicewise's own part of the final message
 * ({@code slicewise}: the agent actions, the recommended slicing changes with their explanations and the credits
 * receipt, as the native API writes them), and the same actions and changes written as text after the reply, for
 * front ends that show only the text.
 */
final class CompletionJson {

    private final String id;
    private final long created;

    /** The answer to one request: its {@code chatcmpl-...} id and the second it was made at. */
    CompletionJson(String id, long created) {
        this.id = id;
        this.created = created;
    }

    /** The answer's id, {@code chatcmpl-} and 32 hexadecimal digits; also the request id of its charge. */
    String id() {
        return id;
    }

    /** The whole answer, its message carrying {@code slicewise} when there is one. */
    JsonNode completion(String content, Map<String, JsonNode> slicewise, Usage usage) {
        Map<String, JsonNode> message = new LinkedHashMap<>();
        message.put("role", JsonNode.createStringNode("assistant"));
        message.put("content", JsonNode.createStringNode(content));
        message.put("refusal", JsonNode.nullNode());
        if (!slicewise.isEmpty()) {
            message.put("slicewise", JsonNode.createObjectNode(slicewise));
        }
        Map<String, JsonNode> choice = new LinkedHashMap<>();
        choice.put("index", JsonNode.createNumberNode(0));
        choice.put("message", JsonNode.createObjectNode(message));
        choice.put("logprobs", JsonNode.nullNode());
        choice.put("finish_reason", JsonNode.createStringNode("stop"));
        Map<String, JsonNode> body = head("chat.completion");
        body.put("choices", JsonNode.createArrayNode(List.of(JsonNode.createObjectNode(choice))));
        body.put("usage", usage.json());
        return JsonNode.createObjectNode(body);
    }

    /** A chunk of a stream with this delta; {@code usage} is null on every chunk but the last when it is asked for. */
    JsonNode chunk(Map<String, JsonNode> delta, boolean last, boolean withUsage) {
        Map<String, JsonNode> choice = new LinkedHashMap<>();
        choice.put("index", JsonNode.createNumberNode(0));
        choice.put("delta", JsonNode.createObjectNode(delta));
        choice.put("logprobs", JsonNode.nullNode());
        choice.put("finish_reason", last ? JsonNode.createStringNode("stop") : JsonNode.nullNode());
        Map<String, JsonNode> body = head("chat.completion.chunk");
        body.put("choices", JsonNode.createArrayNode(List.of(JsonNode.createObjectNode(choice))));
        if (withUsage) {
            body.put("usage", JsonNode.nullNode());
        }
        return JsonNode.createObjectNode(body);
    }

    /** The chunk after the last one when {@code stream_options.include_usage}: no choices, the usage. */
    JsonNode usageChunk(Usage usage) {
        Map<String, JsonNode> body = head("chat.completion.chunk");
        body.put("choices", JsonNode.createArrayNode(List.of()));
        body.put("usage", usage.json());
        return JsonNode.createObjectNode(body);
    }

    /** A delta of text; the first one also says who speaks. */
    static Map<String, JsonNode> text(boolean first, String text) {
        Map<String, JsonNode> delta = new LinkedHashMap<>();
        if (first) {
            delta.put("role", JsonNode.createStringNode("assistant"));
        }
        delta.put("content", JsonNode.createStringNode(text));
        return delta;
    }

    /** Slicewise's part of the final message; empty when the reply has no actions, changes or receipt. */
    static Map<String, JsonNode> slicewise(AssistantReply reply, JsonNode receipt) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (reply.actions().isEmpty() && reply.recommendation().isEmpty() && receipt.isNull()) {
            return fields;
        }
        fields.put("agent_actions", AnswerJson.actions(reply.actions()));
        fields.put("slicing_profiles", reply.recommendation().map(AnswerJson::recommendation)
                .orElse(JsonNode.nullNode()));
        fields.put("per_override_explanations", AnswerJson.explanations(reply.explanations()));
        fields.put("credit_resp", receipt);
        return fields;
    }

    /**
     * The actions and the recommended changes as text to follow the reply (empty when there are none): a line of the
     * actions with the options of a choice, the preset, one line per changed setting (OrcaSlicer's key and value),
     * then the explanations.
     */
    static String appendix(AssistantReply reply) {
        List<String> lines = new ArrayList<>();
        if (!reply.actions().isEmpty()) {
            lines.add("Actions: " + String.join(", ", reply.actions().stream().map(CompletionJson::action)
                    .toList()));
        }
        reply.recommendation().ifPresent(recommendation -> lines.addAll(changes(recommendation,
                reply.explanations())));
        return lines.isEmpty() ? "" : "\n\n" + String.join("\n", lines);
    }

    private static String action(AgentAction action) {
        return action.options().isEmpty()
                ? action.name().wireName()
                : action.name().wireName() + " (" + String.join(" | ", action.options()) + ")";
    }

    private static List<String> changes(SlicingRecommendation recommendation, List<OverrideExplanation> explanations) {
        List<String> lines = new ArrayList<>();
        recommendation.processPreset().ifPresent(preset -> lines.add("Process preset: " + preset));
        List<String> settings = new ArrayList<>();
        new TreeMap<>(recommendation.processOverrides()).forEach((key, value) -> settings.add("- " + key + " = "
                + value));
        new TreeMap<>(recommendation.filamentOverrides()).forEach((key, values) -> settings.add("- " + key + " = "
                + String.join(", ", values)));
        if (!settings.isEmpty()) {
            lines.add("Settings:");
            lines.addAll(settings);
        }
        if (!explanations.isEmpty()) {
            lines.add("Why:");
            explanations.forEach(explanation -> lines.add("- " + explanation.parameter() + ": "
                    + explanation.explanation()));
        }
        return lines;
    }

    private Map<String, JsonNode> head(String object) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("id", JsonNode.createStringNode(id));
        body.put("object", JsonNode.createStringNode(object));
        body.put("created", JsonNode.createNumberNode(created));
        body.put("model", JsonNode.createStringNode(OpenAiController.MODEL));
        body.put("system_fingerprint", JsonNode.nullNode());
        return body;
    }

    /** The tokens a model counted for the answer; none when no model was asked. */
    record Usage(long promptTokens, long completionTokens) {

        static final Usage NONE = new Usage(0, 0);

        Usage {
            if (promptTokens < 0 || completionTokens < 0) {
                throw new IllegalArgumentException("token counts must not be negative");
            }
        }

        static Usage of(Provenance provenance) {
            return new Usage(provenance.promptTokens(), provenance.completionTokens());
        }

        JsonNode json() {
            Map<String, JsonNode> usage = new LinkedHashMap<>();
            usage.put("prompt_tokens", JsonNode.createNumberNode(promptTokens));
            usage.put("completion_tokens", JsonNode.createNumberNode(completionTokens));
            usage.put("total_tokens", JsonNode.createNumberNode(promptTokens + completionTokens));
            return JsonNode.createObjectNode(usage);
        }
    }
}
