package dev.slicewise.adapter.http;
import dev.slicewise.domain.slicing.ConfigValue;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads OrcaSlicer configuration objects. The reference client sends every scalar as a string and every filament
 * value as an array of strings; numbers and booleans are accepted too and kept in OrcaSlicer's string form
 * ({@code true} is {@code "1"}). A {@code null} value means "not set" and is left out.
 */
final class ConfigValues {

    private ConfigValues() {
    }

    /** The values by key; {@code path} names the object in an error (a preset's config has hundreds of keys). */
    static Map<String, ConfigValue> read(Optional<JsonNode> object, String path) {
        Map<String, ConfigValue> config = new LinkedHashMap<>();
        object.ifPresent(json -> json.entries().forEach(entry -> {
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                List<String> values = new ArrayList<>(value.size());
                value.values().forEach(element -> values.add(scalar(element, path, entry.getKey())));
                config.put(entry.getKey(), new ConfigValue.PerExtruder(values));
            } else if (!value.isNull()) {
                config.put(entry.getKey(), new ConfigValue.Scalar(scalar(value, path, entry.getKey())));
            }
        }));
        return config;
    }

    private static String scalar(JsonNode value, String path, String key) {
        if (value.isString()) {
            return value.getStringValue();
        }
        if (value.isBoolean()) {
            return value.getBooleanValue() ? "1" : "0";
        }
        if (value.isNumber()) {
            return value.coerceStringValue();
        }
        if (value.isNull()) {
            return "nil";
        }
        throw new InvalidRequest("field.config_value", path + "." + key);
    }
}
