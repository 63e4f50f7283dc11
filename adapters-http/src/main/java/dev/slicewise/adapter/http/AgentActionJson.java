package dev.slicewise.adapter.http;

import dev.slicewise.domain.assistant.AgentAction;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An agent action as every API writes it, the partner API's shape: {@code {"name": "...", "arguments": {}}}, the
 * options of a choice in {@code arguments.user_options_to_choose_from}.
 */
public final class AgentActionJson {

    private AgentActionJson() {
    }

    public static JsonNode of(AgentAction action) {
        Map<String, JsonNode> arguments = action.options().isEmpty()
                ? Map.of()
                : Map.of("user_options_to_choose_from",
                        JsonNode.createArrayNode(action.options().stream().map(JsonNode::createStringNode).toList()));
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("name", JsonNode.createStringNode(action.name().wireName()));
        fields.put("arguments", JsonNode.createObjectNode(arguments));
        return JsonNode.createObjectNode(fields);
    }
}
