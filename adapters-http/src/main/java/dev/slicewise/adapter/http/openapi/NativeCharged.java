package dev.slicewise.adapter.http.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a native endpoint whose answer is charged to the key's owner: the answers of the charge (402 refused,
 * 502 failed), of a key still running or reused (409) and of an outage (503).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "402", description = "The credits system refused the charge; nothing was charged or "
        + "saved. `credit_resp` is the credits system's answer when it gave one.",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = NativeErrorBody.class),
                examples = @ExampleObject(name = "refused", value = NativeExamples.CREDITS_REFUSED)))
@ApiResponse(responseCode = "409", description = "The same Idempotency-Key is still running, or was used with "
        + "another body.",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = NativeErrorBody.class),
                examples = @ExampleObject(name = "conflict", value = NativeExamples.KEY_CONFLICT)))
@ApiResponse(responseCode = "502", description = "The credits system failed; nothing was charged or saved, a retry "
        + "is safe.",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = NativeErrorBody.class),
                examples = @ExampleObject(name = "upstream", value = NativeExamples.CREDITS_FAILED)))
@ApiResponse(responseCode = "503", description = "The database could not be reached in time; nothing was saved or "
        + "charged, a retry is safe.",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = NativeErrorBody.class),
                examples = @ExampleObject(name = "database", value = NativeExamples.DATABASE_DOWN)))
public @interface NativeCharged {

    /**
     * The description of the {@code Idempotency-Key} header, which every such endpoint lists in its
     * {@code @Operation(parameters = ...)}: the processor reads a parameter's schema only there.
     */
    String IDEMPOTENCY_KEY = "Works as on the partner API, for the key's owner: the same key with the same body "
            + "gets the first 200 again, byte for byte, charged once; only a 200 is kept. Without it every request "
            + "is a new message.";
}
