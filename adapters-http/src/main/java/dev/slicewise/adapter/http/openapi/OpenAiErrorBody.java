package dev.slicewise.adapter.http.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The schema of every error of the OpenAI-compatible endpoints, OpenAI's {@code {"error": {"message", "type",
 * "param", "code"}}}, for the OpenAPI document only (the controller writes JSON trees).
 *
 * @param error the sentence, the type, the field at fault and the code
 */
@Schema(name = "OpenAiError", description = "Every error under /v1/, the framework's own included, in OpenAI's shape.")
public record OpenAiErrorBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) OpenAiErrorDetail error) {
}
