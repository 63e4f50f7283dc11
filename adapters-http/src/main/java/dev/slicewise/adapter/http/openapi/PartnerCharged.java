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
 * Documents a partner endpoint whose answer is charged in credits: the answers of
 * the charge (402 refused, 502 failed), of a key still running (409) and of an outage (503). The 400 of a key
 * reused with another body belongs to the endpoint's own 400 examples.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "402", description = "The credits system refused the charge; the answer is withheld "
        + "and nothing is recorded. `credit_resp` is the credits system's own answer.",
        content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
                examples = @ExampleObject(name = "refused", value = PartnerExamples.CREDITS_REFUSED)))
@ApiResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being answered "
        + "(for at most SLICEWISE_IDEMPOTENCY_LEASE_SECONDS); retry later.",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerErrorBody.class),
                examples = @ExampleObject(name = "running", value = PartnerExamples.KEY_RUNNING)))
@ApiResponse(responseCode = "502", description = "The credits system failed (timeout, refused connection, 5xx, an "
        + "unreadable answer); nothing was charged or recorded, a retry is safe.",
        content = @Content(mediaType = "application/json", schema = @Schema(type = "object"), examples = {
                @ExampleObject(name = "timeout", value = PartnerExamples.CREDITS_TIMEOUT),
                @ExampleObject(name = "server-error", value = PartnerExamples.CREDITS_5XX)}))
@ApiResponse(responseCode = "503", description = "The database could not be reached within "
        + "SLICEWISE_DB_CONNECT_TIMEOUT_MS; nothing was charged, a retry after Retry-After answers normally.",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerErrorBody.class),
                examples = @ExampleObject(name = "database", value = PartnerExamples.DATABASE_DOWN)))
public @interface PartnerCharged {

    /**
     * The description of the {@code Idempotency-Key} header, which every such endpoint lists in its
     * {@code @Operation(parameters = ...)}: the processor reads a parameter's schema only there.
     */
    String IDEMPOTENCY_KEY = "Makes a retry safe: the same key with the same body gets the first successful answer "
            + "again, byte for byte, charged once. Without it the key is derived from the user, the chat_id and a "
            + "SHA-256 of the path, `?lang=` and the whole body, so an identical request within "
            + "SLICEWISE_IDEMPOTENCY_TTL_SECONDS (a day) is also answered from the kept answer. Only a success is "
            + "kept: after a 402, 502 or 500 the retry runs again.";
}
