package dev.slicewise.adapter.http.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an OpenAI-compatible endpoint: called with a native API key as the bearer token, admitted before anything
 * else of the request is judged, 401 without a valid one and 429 over its rate limit, in OpenAI's error shape.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@SecurityRequirement(name = OpenApiController.NATIVE_API_KEY, scopes = {})
@ApiResponse(responseCode = "401", description = "The key is missing, unknown or revoked.",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpenAiErrorBody.class),
                examples = @ExampleObject(name = "invalid", value = OpenAiExamples.KEY_INVALID)))
@ApiResponse(responseCode = "429", description = "The key made its `rate_limit_per_minute` requests of this "
        + "minute; nothing was charged.",
        headers = {
                @Header(name = "Retry-After", description = "Seconds to the next minute",
                        schema = @Schema(type = "integer")),
                @Header(name = "X-RateLimit-Limit", description = "The key's requests per minute",
                        schema = @Schema(type = "integer")),
                @Header(name = "X-RateLimit-Remaining", description = "Requests left in this minute",
                        schema = @Schema(type = "integer")),
                @Header(name = "X-RateLimit-Reset", description = "Seconds to the next minute",
                        schema = @Schema(type = "integer"))},
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpenAiErrorBody.class),
                examples = @ExampleObject(name = "limited", value = OpenAiExamples.RATE_LIMITED)))
public @interface OpenAiApiKey {
}
