package dev.slicewise.adapter.http.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The schema of an OpenAI-shaped error's {@code error} member, for the OpenAPI document only.
 *
 * @param message a sentence for a human, in English
 * @param type    the kind of error, chosen by the status
 * @param param   the request field at fault, or null
 * @param code    a finer reason, or null
 */
@Schema(name = "OpenAiErrorDetail")
public record OpenAiErrorDetail(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Missing required parameter: 'messages'.")
        String message,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"invalid_request_error",
                "authentication_error", "insufficient_quota", "rate_limit_error", "server_error"}) String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, example = "messages") String param,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, allowableValues = {"invalid_api_key",
                "insufficient_quota", "model_not_found", "not_found", "method_not_allowed", "request_too_large",
                "unsupported_media_type", "rate_limit_exceeded", "service_unavailable"}) String code) {
}
