package dev.slicewise.adapter.http;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;

import java.util.Map;

/**
 * {@code GET /health}: the process is up and serving HTTP (also the baseline of the HTTP benchmarks). Like every
 * route here it answers with and without a trailing slash.
 */
@Controller("/health")
public class HealthController {

    private static final JsonNode UP = JsonNode.createObjectNode(Map.of("status", JsonNode.createStringNode("UP")));

    @Get(produces = MediaType.APPLICATION_JSON)
    public JsonNode health() {
        return UP;
    }
}
