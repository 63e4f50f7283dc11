package dev.slicewise.adapter.credits;

import dev.slicewise.domain.credits.CreditsReceipt;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the Elegoo credits API's answer {@code {"code": 0, "data": ..., "msg": "...", "traceId": "..."}} into a
 * receipt. {@code code}, {@code msg} and {@code traceId} are required; {@code data} may be absent or null and is
 * otherwise kept as raw JSON. Anything else is not a receipt.
 */
final class ElegooReceipts {

    /** The code of an answer that says the charge went through. */
    static final int CHARGED = 0;

    private final JsonMapper json;

    ElegooReceipts(JsonMapper json) {
        this.json = json;
    }

    Optional<CreditsReceipt> read(String body) {
        try {
            JsonNode node = json.readValue(body, JsonNode.class);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            Optional<Integer> code = field(node, "code").flatMap(ElegooReceipts::integer);
            Optional<String> msg = field(node, "msg").filter(JsonNode::isString).map(JsonNode::getStringValue);
            Optional<String> traceId = field(node, "traceId").filter(JsonNode::isString).map(JsonNode::getStringValue);
            if (code.isEmpty() || msg.isEmpty() || traceId.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> data = field(node, "data").filter(d -> !d.isNull()).map(this::raw);
            return Optional.of(new CreditsReceipt(code.get(), msg.get(), traceId.get(), data));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> field(JsonNode node, String name) {
        return Optional.ofNullable(node.get(name));
    }

    private static Optional<Integer> integer(JsonNode node) {
        if (!node.isNumber()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(node.getNumberValue().toString()).intValueExact());
        } catch (ArithmeticException | NumberFormatException notAnInt) {
            return Optional.empty();
        }
    }

    private String raw(JsonNode data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new IllegalStateException("a parsed JSON node can be written again", e);
        }
    }
}
