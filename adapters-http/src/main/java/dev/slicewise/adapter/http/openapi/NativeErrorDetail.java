package dev.slicewise.adapter.http.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The schema of a native error's {@code error} member, for the OpenAPI document only.
 *
 * @param code    one of the native API's codes
 * @param message a sentence for a human, in English
 */
@Schema(name = "NativeErrorDetail")
public record NativeErrorDetail(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"invalid_request",
                "model_not_available", "unauthorized", "insufficient_credits", "not_found", "conflict", "too_large",
                "unsupported_media_type", "rate_limited", "upstream_error", "service_unavailable",
                "method_not_allowed", "not_acceptable", "internal_error"}) String code,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "'message' is required and must not be empty.")
        String message) {
}
