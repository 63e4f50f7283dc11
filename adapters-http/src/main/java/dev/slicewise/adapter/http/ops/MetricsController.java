package dev.slicewise.adapter.http.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format, for a Prometheus server to scrape (ADR 0021). Open
 * like {@code /health} unless {@code SLICEWISE_METRICS_TOKEN} is set; then only a request with
 * {@code Authorization: Bearer <token>} gets them (compared in constant time), others a 401.
 */
@Controller("/metrics")
public class MetricsController {

    /** Prometheus's text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final byte[] expected;

    public MetricsController(PrometheusMeterRegistry registry, @Value("${slicewise.metrics.token:}") String token) {
        this.registry = registry;
        this.expected = token.isBlank() ? new byte[0]
                : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @Operation(operationId = "metrics", summary = "Metrics for Prometheus", tags = "Service",
            description = "Open unless SLICEWISE_METRICS_TOKEN is set, then with Authorization: Bearer <token>. "
                    + "Turns, model calls, fallbacks, tokens, credits, refused and replayed requests, plate analyses, "
                    + "HTTP requests by route template and status, JVM and connection pool.")
    @ApiResponse(responseCode = "200", description = "The meters in Prometheus's text format",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "metrics", value = """
                            # HELP slicewise_turns_total Turns by API, intent, who answered (source) and outcome
                            # TYPE slicewise_turns_total counter
                            slicewise_turns_total{api="native",intent="slice_model",outcome="answered",\
                            source="intent_model"} 3.0
                            """)))
    @Get(produces = PROMETHEUS_TEXT)
    public HttpResponse<String> metrics(HttpRequest<?> request) {
        if (expected.length > 0 && !MessageDigest.isEqual(expected, request.getHeaders()
                .get(HttpHeaders.AUTHORIZATION, String.class).orElse("").getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.<String>status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body("{\"error\":\"The metrics need the token of SLICEWISE_METRICS_TOKEN.\"}");
        }
        return HttpResponse.ok(registry.scrape()).contentType(PROMETHEUS_TEXT);
    }
}
