package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.ErrorMessages;
import dev.slicewise.adapter.http.Errors;
import dev.slicewise.adapter.http.InvalidRequest;
import dev.slicewise.adapter.http.StorableText;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/** Reading and writing the native API's JSON: bodies that must be JSON objects, fields of one type, timestamps. */
final class NativeJson {

    private NativeJson() {
    }

    /**
     * The body as a JSON object of storable text whose field names are all in {@code known}: 400 when it is empty,
     * malformed, not an object or names another field. (A body that says it is not JSON is refused by the router,
     * 415, as the endpoints consume JSON only.)
     */
    static JsonNode object(HttpRequest<?> request, JsonMapper json, byte[] body, Set<String> known) {
        if (body == null || body.length == 0) {
            throw NativeError.invalid("The request body must be a JSON object.");
        }
        JsonNode parsed;
        try {
            parsed = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw NativeError.invalid("The request body is not valid JSON.");
        }
        if (parsed == null || !parsed.isObject()) {
            throw NativeError.invalid("The request body must be a JSON object.");
        }
        try {
            StorableText.check(parsed, "");
        } catch (InvalidRequest invalid) {
            throw NativeError.invalid(ErrorMessages.get(Errors.language(request), invalid.messageKey(),
                    invalid.args()));
        }
        for (var field : parsed.entries()) {
            if (!known.contains(field.getKey())) {
                throw NativeError.invalid("Unknown field '" + field.getKey() + "'; the fields are "
                        + known.stream().sorted().toList() + ".");
            }
        }
        return parsed;
    }

    /** A field that is present and not null. */
    static Optional<JsonNode> field(JsonNode object, String name) {
        return Optional.ofNullable(object.get(name)).filter(node -> !node.isNull());
    }

    /** A field's value as a string: 400 when it is not a string. */
    static String string(JsonNode value, String name) {
        if (!value.isString()) {
            throw NativeError.invalid("'" + name + "' must be a string.");
        }
        return value.getStringValue();
    }

    /** A string field's text, stripped: 400 when it is not a string, is blank, or is longer than {@code maxLength}. */
    static String text(JsonNode value, String name, int maxLength) {
        String stripped = string(value, name).strip();
        if (stripped.isEmpty()) {
            throw NativeError.invalid("'" + name + "' must not be empty.");
        }
        return atMost(stripped, name, maxLength);
    }

    /**
     * An optional string field's text, stripped; absent when the field is absent, null or blank: 400 when it is not a
     * string or is longer than {@code maxLength}.
     */
    static Optional<String> optionalText(JsonNode object, String name, int maxLength) {
        return field(object, name).map(value -> string(value, name).strip()).filter(text -> !text.isEmpty())
                .map(text -> atMost(text, name, maxLength));
    }

    private static String atMost(String text, String name, int maxLength) {
        if (text.length() > maxLength) {
            throw NativeError.invalid("'" + name + "' must be at most " + maxLength + " characters.");
        }
        return text;
    }

    /** ISO 8601 in UTC to the second, e.g. {@code 2026-12-07T10:30:00Z}. */
    static JsonNode timestamp(Instant instant) {
        return JsonNode.createStringNode(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
    }
}
