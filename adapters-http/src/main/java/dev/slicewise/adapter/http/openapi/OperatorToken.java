package dev.slicewise.adapter.http.openapi;

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
 * Documents a native endpoint of the operator, authenticated by a partner token ({@code Authorization: Token ...});
 * the token is checked before anything else of the request, and 401 answers without a valid one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@SecurityRequirement(name = OpenApiController.PARTNER_TOKEN, scopes = {})
@ApiResponse(responseCode = "401", description = "The partner token is missing or wrong.",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = NativeErrorBody.class),
                examples = @ExampleObject(name = "no-token", value = NativeExamples.OPERATOR_UNAUTHORIZED)))
public @interface OperatorToken {
}
