package dev.slicewise.adapter.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.catalog.ProposedRecommendation;
import dev.slicewise.domain.catalog.ProposedValue;
import dev.slicewise.domain.catalog.SettingDefinition;
import dev.slicewise.domain.catalog.SettingsCatalog;
import org.springframework.ai.openai.api.OpenAiApi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools offered to the model, with JSON schemas made from the domain: {@value #ACTION} takes one agent action
 * of the closed vocabulary ({@link ActionName}), {@value #RECOMMEND} slicing changes whose keys are the catalog's
 * changeable settings, each with its explanation. {@code determine_slicing_settings} is not offered as an action:
 * the reply carries it exactly when a recommendation survives the guardrail.
 *
 * <p>Reading the model's calls tells two things apart: arguments that are not what the schema says (not JSON, wrong
 * types, a change without a value or an explanation) are malformed, and the model gets one chance to repair them;
 * well-formed arguments that name an unknown action, tool or setting, or a value out of limits, are not an error
 * here: the guardrail drops, refuses or clamps them.
 */
final class AssistantTools {

    static final String ACTION = "perform_action";
    static final String RECOMMEND = "recommend_slicing_settings";

    private final ObjectMapper json = new ObjectMapper();
    private final List<OpenAiApi.FunctionTool> definitions;

    AssistantTools(SettingsCatalog catalog) {
        this.definitions = List.of(actionTool(), recommendTool(catalog));
    }

    List<OpenAiApi.FunctionTool> definitions() {
        return definitions;
    }

    /** The model's tool calls, read; or why their arguments are malformed. */
    sealed interface Read {
        record Proposal(List<ProposedAction> actions, Optional<ProposedRecommendation> recommendation)
                implements Read {
        }

        record Malformed(String reason) implements Read {
        }
    }

    /** An action as the model named it, not yet checked against the vocabulary. */
    record ProposedAction(String name, List<String> options) {
    }

    Read read(List<Completion.ToolCall> calls) {
        List<ProposedAction> actions = new ArrayList<>();
        List<ProposedRecommendation> recommendations = new ArrayList<>();
        for (Completion.ToolCall call : calls) {
            JsonNode arguments;
            try {
                arguments = json.readTree(call.arguments() == null || call.arguments().isBlank()
                        ? "{}" : call.arguments());
            } catch (JsonProcessingException e) {
                return new Read.Malformed(call.name() + ": the arguments are not valid JSON");
            }
            if (!arguments.isObject()) {
                return new Read.Malformed(call.name() + ": the arguments must be a JSON object");
            }
            Optional<String> problem = switch (call.name()) {
                case ACTION -> action(arguments).map(actions::add).isPresent()
                        ? Optional.empty() : Optional.of(ACTION + ": 'name' must be a string, 'options' strings");
                case RECOMMEND -> recommendation(arguments, recommendations);
                default -> Optional.empty();
            };
            if (problem.isPresent()) {
                return new Read.Malformed(problem.get());
            }
        }
        return new Read.Proposal(actions, merged(recommendations));
    }

    private static Optional<ProposedAction> action(JsonNode arguments) {
        JsonNode name = arguments.path("name");
        JsonNode options = arguments.path("options");
        if (!name.isTextual() || !(options.isMissingNode() || options.isNull() || options.isArray())) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode option : options) {
            if (!option.isTextual()) {
                return Optional.empty();
            }
            texts.add(option.asText());
        }
        return Optional.of(new ProposedAction(name.asText(), texts));
    }

    private static Optional<String> recommendation(JsonNode arguments, List<ProposedRecommendation> into) {
        JsonNode preset = arguments.path("process_preset");
        JsonNode changes = arguments.path("changes");
        if (!(preset.isMissingNode() || preset.isNull() || preset.isTextual()) || !changes.isArray()) {
            return Optional.of(RECOMMEND + ": 'changes' must be an array, 'process_preset' a string");
        }
        Map<String, ProposedValue> values = new LinkedHashMap<>();
        Map<String, String> explanations = new HashMap<>();
        for (JsonNode change : changes) {
            JsonNode key = change.path("key");
            JsonNode explanation = change.path("explanation");
            Optional<ProposedValue> value = value(change.path("value"));
            if (!key.isTextual() || value.isEmpty() || !explanation.isTextual() || explanation.asText().isBlank()) {
                return Optional.of(RECOMMEND + ": every change needs a 'key', a 'value' and an 'explanation'");
            }
            values.put(key.asText(), value.get());
            explanations.put(key.asText(), explanation.asText());
        }
        Optional<String> presetName = preset.isTextual() && !preset.asText().isBlank()
                ? Optional.of(preset.asText()) : Optional.empty();
        into.add(new ProposedRecommendation(presetName, Map.of(), values, explanations));
        return Optional.empty();
    }

    /** A scalar as text ({@code "40%"}, {@code 215}, {@code true}), or an array of scalars. */
    private static Optional<ProposedValue> value(JsonNode value) {
        if (value.isValueNode() && !value.isNull()) {
            return Optional.of(new ProposedValue.Single(value.asText()));
        }
        if (value.isArray() && !value.isEmpty()) {
            List<String> raws = new ArrayList<>();
            for (JsonNode element : value) {
                if (!element.isValueNode() || element.isNull()) {
                    return Optional.empty();
                }
                raws.add(element.asText());
            }
            return Optional.of(new ProposedValue.Several(raws));
        }
        return Optional.empty();
    }

    /** Several recommendation calls are one recommendation; a later value for a key wins. */
    private static Optional<ProposedRecommendation> merged(List<ProposedRecommendation> recommendations) {
        if (recommendations.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> preset = Optional.empty();
        Map<String, ProposedValue> values = new HashMap<>();
        Map<String, String> explanations = new HashMap<>();
        for (ProposedRecommendation recommendation : recommendations) {
            if (recommendation.processPreset().isPresent()) {
                preset = recommendation.processPreset();
            }
            values.putAll(recommendation.processOverrides());
            explanations.putAll(recommendation.explanations());
        }
        return Optional.of(new ProposedRecommendation(preset, Map.of(), values, explanations));
    }

    private static OpenAiApi.FunctionTool actionTool() {
        List<String> names = Arrays.stream(ActionName.values())
                .filter(name -> name != ActionName.DETERMINE_SLICING_SETTINGS)
                .map(ActionName::wireName).toList();
        Map<String, Object> parameters = Map.of(
                "type", "object",
                "properties", Map.of(
                        "name", Map.of("type", "string", "enum", names,
                                "description", "the action for the slicer app"),
                        "options", Map.of("type", "array", "items", Map.of("type", "string"),
                                "description", "only for ask_user_to_choose_from_options: the options offered, "
                                        + "short, in the user's language")),
                "required", List.of("name"),
                "additionalProperties", false);
        return new OpenAiApi.FunctionTool(new OpenAiApi.FunctionTool.Function(
                "Makes the slicer app do something: one call per action, in the order they should happen.",
                ACTION, parameters, null));
    }

    private static OpenAiApi.FunctionTool recommendTool(SettingsCatalog catalog) {
        List<String> keys = catalog.definitions().stream().filter(SettingDefinition::overridable)
                .map(SettingDefinition::key).sorted().toList();
        Map<String, Object> change = Map.of(
                "type", "object",
                "properties", Map.of(
                        "key", Map.of("type", "string", "enum", keys, "description", "the OrcaSlicer setting key"),
                        "value", Map.of("type", "string",
                                "description", "the new value in OrcaSlicer's form, e.g. \"0.16\", \"20%\", \"1\""),
                        "explanation", Map.of("type", "string",
                                "description", "one short sentence, in the user's language, on why")),
                "required", List.of("key", "value", "explanation"),
                "additionalProperties", false);
        Map<String, Object> parameters = Map.of(
                "type", "object",
                "properties", Map.of(
                        "process_preset", Map.of("type", "string",
                                "description", "optional: the name of one of the user's process presets to switch to"),
                        "changes", Map.of("type", "array", "items", change)),
                "required", List.of("changes"),
                "additionalProperties", false);
        return new OpenAiApi.FunctionTool(new OpenAiApi.FunctionTool.Function(
                "Recommends slicing setting changes for the user's current print. Values outside the settings' "
                        + "limits are clamped by the service.", RECOMMEND, parameters, null));
    }
}
