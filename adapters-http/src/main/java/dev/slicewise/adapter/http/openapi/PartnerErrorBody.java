package dev.slicewise.adapter.http.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The schema of the partner API's usual error, {@code {"error": "..."}}, for the OpenAPI document only: the
 * controllers write their bodies as JSON trees, so the document's schemas of error shapes come from these records.
 *
 * @param error the message, in the language of {@code ?lang=}
 */
@Schema(name = "PartnerError", description = "The partner API's error: one sentence in the language of `?lang=`; the "
        + "English texts of the partner's documented errors are exact.")
public record PartnerErrorBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Message is required") String error) {
}
