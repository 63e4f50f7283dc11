package dev.slicewise.adapter.http;
import io.micronaut.json.tree.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed reads of JSON fields. Absent and {@code null} fields read as empty; a field of the wrong type is an
 * {@link InvalidRequest} that names the field's path.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static Optional<JsonNode> field(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public static Optional<JsonNode> object(JsonNode object, String name, String path) {
        Optional<JsonNode> value = field(object, name);
        if (value.isPresent() && !value.get().isObject()) {
            throw new InvalidRequest("field.object", path);
        }
        return value;
    }

    public static List<JsonNode> array(JsonNode object, String name, String path) {
        Optional<JsonNode> value = field(object, name);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            throw new InvalidRequest("field.array", path);
        }
        List<JsonNode> elements = new ArrayList<>(value.get().size());
        value.get().values().forEach(elements::add);
        return elements;
    }

    public static Optional<String> string(JsonNode object, String name, String path) {
        Optional<JsonNode> value = field(object, name);
        if (value.isPresent() && !value.get().isString()) {
            throw new InvalidRequest("field.string", path);
        }
        return value.map(JsonNode::getStringValue);
    }

    public static String requiredString(JsonNode object, String name, String path) {
        return string(object, name, path).orElseThrow(() -> new InvalidRequest("field.required", path));
    }

    public static boolean bool(JsonNode object, String name, String path) {
        Optional<JsonNode> value = field(object, name);
        if (value.isPresent() && !value.get().isBoolean()) {
            throw new InvalidRequest("field.boolean", path);
        }
        return value.map(JsonNode::getBooleanValue).orElse(false);
    }

    /** An integer given as a JSON integer or as a string of digits. */
    public static OptionalLong integer(JsonNode object, String name, String path) {
        Optional<JsonNode> value = field(object, name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(integerValue(value.get()).orElseThrow(() -> new InvalidRequest("field.integer", path)));
    }

    public static Optional<Long> integerValue(JsonNode value) {
        try {
            if (value.isNumber()) {
                return Optional.of(new BigDecimal(value.getNumberValue().toString()).longValueExact());
            }
            if (value.isString() && value.getStringValue().strip().matches("[+-]?\\d{1,18}")) {
                return Optional.of(Long.parseLong(value.getStringValue().strip()));
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static double number(JsonNode object, String name, String path) {
        JsonNode value = field(object, name).orElseThrow(() -> new InvalidRequest("field.required", path));
        if (!value.isNumber()) {
            throw new InvalidRequest("field.number", path);
        }
        return value.getDoubleValue();
    }
}
