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
 * Documents a partner endpoint called for an end user: the user's credentials ({@code elegoo_user_id} and
 * {@code access_token}, in the JSON body or the query string) and the two 401 answers. The OpenAPI processor reads
 * the annotations on this one as if they were on the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@SecurityRequirement(name = OpenApiController.PARTNER_USER, scopes = {})
@ApiResponse(responseCode = "401", description = "The credentials are missing, unknown or expired. They are checked "
        + "before any other field: a request without valid credentials gets this answer whatever else is wrong with "
        + "it (only a body that is not JSON is refused first, with 400).",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnerErrorBody.class),
                examples = {
                        @ExampleObject(name = "missing", summary = "No elegoo_user_id or no access_token",
                                value = PartnerExamples.CREDENTIALS_MISSING),
                        @ExampleObject(name = "invalid", summary = "Unknown or expired access token",
                                value = PartnerExamples.CREDENTIALS_INVALID)}))
public @interface PartnerUserCredentials {

    /**
     * The description of the {@code lang} query parameter, which every such endpoint lists in its
     * {@code @Operation(parameters = ...)}: the processor reads a parameter's schema only there.
     */
    String LANG = "The language of the answer's texts, error messages included: en (en-US), zh-CN, zh-TW, pt-BR, es, "
            + "de, fr, it, ru; case-insensitive, `_` for `-` accepted; anything else is English. The assistant replies "
            + "in the language of the user's latest message, and in this one when there is none.";
}
