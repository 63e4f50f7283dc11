package dev.slicewise.adapter.http;
import io.micronaut.http.HttpParameters;
import io.micronaut.json.tree.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * Text that every database keeps as it was sent: no NUL character (U+0000), which PostgreSQL refuses (a 500 before
 * this check), and no unpaired UTF-16 surrogate ({@code "\ud800"} in JSON), which is not Unicode and which PostgreSQL
 * stored as {@code ?}, so that different user ids became one. Every JSON body (a door reads) and every
 * query parameter ({@link EdgeFilter}) is checked here, whatever the field, so that neither reaches a port.
 */
public final class StorableText {

    private StorableText() {
    }

    /**
     * Checks every string and field name in the tree; the error names the path of the first bad one. The paths are
     * worked out only for a tree that has one: a body of real presets has thousands of fields.
     */
    public static void check(JsonNode node, String path) {
        if (!storable(node)) {
            report(node, path);
        }
    }

    private static boolean storable(JsonNode node) {
        if (node.isString()) {
            return fault(node.getStringValue()) == null;
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                if (!storable(element)) {
                    return false;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.entries()) {
                if (fault(field.getKey()) != null || !storable(field.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Throws for the first bad string or field name of the tree, named by its path. */
    private static void report(JsonNode node, String path) {
        if (node.isString()) {
            check(node.getStringValue(), path);
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode element : node.values()) {
                report(element, path + "[" + index++ + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.entries()) {
                String fieldPath = path.isEmpty() ? shown(field.getKey()) : path + "." + shown(field.getKey());
                check(field.getKey(), fieldPath);
                report(field.getValue(), fieldPath);
            }
        }
    }

    /** Checks one value, named {@code name} in the error. */
    public static void check(String text, String name) {
        String fault = fault(text);
        if (fault != null) {
            throw new InvalidRequest(fault, name);
        }
    }

    /** Checks every name and value of the query string. */
    public static void check(HttpParameters parameters) {
        parameters.forEach((String name, List<String> values) -> {
            check(name, shown(name));
            values.forEach(value -> check(value, shown(name)));
        });
    }

    /** The message key of what is wrong with the text, or null when it can be stored. */
    private static String fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "text.nul";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "text.surrogate";
            }
        }
        return null;
    }

    /** A name as it can be shown in an error: its bad characters replaced by U+FFFD. */
    private static String shown(String name) {
        if (fault(name) == null) {
            return name;
        }
        StringBuilder shown = new StringBuilder(name.length());
        name.codePoints().forEach(c -> shown.appendCodePoint(
                c == 0 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? 0xFFFD : c));
        return shown.toString();
    }
}
