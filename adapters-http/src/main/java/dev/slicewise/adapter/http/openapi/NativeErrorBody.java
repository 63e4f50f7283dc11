package dev.slicewise.adapter.http.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The schema of every error of the native API, {@code {"error": {"code", "message"}}}, for the OpenAPI document only:
 * the controllers write their bodies as JSON trees, so the document's schemas of error shapes come from these records.
 *
 * @param error the code and the sentence
 */
@Schema(name = "NativeError", description = "Every error under /api/v1/, the framework's own included.")
public record NativeErrorBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) NativeErrorDetail error) {
}
