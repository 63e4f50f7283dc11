package dev.slicewise.adapter.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Map;

/**
 * {@code GET /health}: the process is up and serving HTTP (also the baseline of the HTTP benchmarks). Like every
 * route here it answers with and without a trailing slash.
 */
@Controller("/health")
public class HealthController {

    private static final JsonNode UP = JsonNode.createObjectNode(Map.of("status", JsonNode.createStringNode("UP")));

    @Operation(operationId = "health", summary = "The process is up", tags = "Service",
            description = "No authentication; answers while the process serves HTTP, whatever the database does.")
    @ApiResponse(responseCode = "200", description = "Up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "up", value = "{\"status\": \"UP\"}")))
    @Get(produces = MediaType.APPLICATION_JSON)
    public JsonNode health() {
        return UP;
    }
}
