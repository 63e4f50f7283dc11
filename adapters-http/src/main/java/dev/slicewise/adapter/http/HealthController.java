package dev.slicewise.adapter.http;

import dev.slicewise.application.port.in.CheckReadinessUseCase;
import dev.slicewise.application.port.in.Readiness;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The probes, without authentication. {@code GET /health} and {@code GET /health/liveness}: the process is up and
 * serving HTTP, whatever the database does (also the baseline of the HTTP benchmarks). {@code GET /health/readiness}:
 * whether this node should get traffic ({@link CheckReadinessUseCase}), 200 or 503, with what it checked. Like every
 * route here they answer with and without a trailing slash.
 */
@Controller("/health")
public class HealthController {

    private static final JsonNode UP = JsonNode.createObjectNode(Map.of("status", JsonNode.createStringNode("UP")));

    private final CheckReadinessUseCase readiness;

    public HealthController(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    @Operation(operationId = "health", summary = "The process is up", tags = "Service",
            description = "No authentication; answers while the process serves HTTP, whatever the database does.")
    @ApiResponse(responseCode = "200", description = "Up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "up", value = "{\"status\": \"UP\"}")))
    @Get(produces = MediaType.APPLICATION_JSON)
    public JsonNode health() {
        return UP;
    }

    @Operation(operationId = "liveness", summary = "The liveness probe", tags = "Service",
            description = "No authentication; answers while the process serves HTTP, whatever the database does: a "
                    + "node that fails it should be restarted.")
    @ApiResponse(responseCode = "200", description = "Up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "up", value = "{\"status\": \"UP\"}")))
    @Get(value = "/liveness", produces = MediaType.APPLICATION_JSON)
    public JsonNode liveness() {
        return UP;
    }

    @Operation(operationId = "readiness", summary = "The readiness probe", tags = "Service",
            description = "No authentication. 200 when the database answers (within SLICEWISE_DB_CONNECT_TIMEOUT_MS), "
                    + "else 503. In llm mode it reports whether a provider answered within "
                    + "SLICEWISE_READINESS_WINDOW (answering, failing, idle); failing providers make it 503 only "
                    + "with SLICEWISE_READINESS_REQUIRES_PROVIDERS=true, since the embedded engine answers meanwhile.")
    @ApiResponse(responseCode = "200", description = "Ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "ready", value = """
                            {"status": "UP", "checks": {"database": "UP", "providers": "answering"}}""")))
    @ApiResponse(responseCode = "503", description = "Not ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "database down", value = """
                            {"status": "DOWN", "checks": {"database": "DOWN", "providers": "not_configured"}}""")))
    @Get(value = "/readiness", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<JsonNode> readiness() {
        Readiness checked = readiness.check();
        Map<String, JsonNode> checks = new LinkedHashMap<>();
        checks.put("database", JsonNode.createStringNode(checked.databaseReachable() ? "UP" : "DOWN"));
        checks.put("providers", JsonNode.createStringNode(checked.providers().label()));
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("status", JsonNode.createStringNode(checked.ready() ? "UP" : "DOWN"));
        body.put("checks", JsonNode.createObjectNode(checks));
        return HttpResponse.status(checked.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(JsonNode.createObjectNode(body));
    }
}
