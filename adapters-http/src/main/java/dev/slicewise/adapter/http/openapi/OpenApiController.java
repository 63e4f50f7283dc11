package dev.slicewise.adapter.http.openapi;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.yml}: the OpenAPI document of both APIs, which the OpenAPI annotation processor generates from
 * the controllers' annotations when adapters-http is compiled (META-INF/swagger/openapi.yml, ADR 0014). The document's
 * own head (its description, the security schemes and the tags) is declared here. Served without authentication, as
 * {@code application/yaml}, the media type RFC 9512 registers for YAML.
 */
@Controller
@OpenAPIDefinition(
        info = @Info(title = "Slicewise", version = "1", description = OpenApiController.DESCRIPTION,
                license = @License(name = "Proprietary")),
        servers = @Server(url = "http://localhost:8080", description = "The service with its defaults (./slicewise)"),
        tags = {
                @Tag(name = OpenApiController.PARTNER_TAG, description = "The Elegoo partner API, "
                        + "/ent/partners/api/elegoo/: stateless, the client sends the whole conversation each time; "
                        + "byte-compatible with the reference server."),
                @Tag(name = OpenApiController.NATIVE_TAG, description = "Slicewise's own API, /api/v1/: the service "
                        + "keeps the conversations; called with an API key."),
                @Tag(name = OpenApiController.OPENAI_TAG, description = "OpenAI's Chat Completions API, /v1/: "
                        + "any OpenAI SDK or chat front end (Open WebUI, ...) talks to Slicewise with base URL "
                        + "`http://host:8080/v1` and a native API key; stateless, charged and rate-limited like the "
                        + "native API."),
                @Tag(name = OpenApiController.SERVICE_TAG, description = "The service itself: health and this "
                        + "document.")})
@SecurityScheme(name = OpenApiController.PARTNER_USER, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.QUERY,
        paramName = "access_token", description = "The end user's credentials on the partner API: `access_token`, "
        + "registered by the partner's backend with `POST user_access_token/`, together with `elegoo_user_id`. Both "
        + "go in the JSON body (the usual way for POST) or in the query string (the way for GET); a field in the body "
        + "wins over the same one in the query.")
@SecurityScheme(name = OpenApiController.PARTNER_TOKEN, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, paramName = "Authorization", description = "The partner's token: "
        + "`Authorization: Token <partner token>`, from SLICEWISE_PARTNER_TOKENS (or generated at the first start "
        + "and kept in data/partner-token). Authenticates the partner's backend and the operator.")
@SecurityScheme(name = OpenApiController.NATIVE_API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "sw_...", description = "A native API key: `Authorization: Bearer sw_...`, issued by the "
        + "operator with `POST /api/v1/api_keys`. Every answer to a key carries X-RateLimit-Limit, "
        + "X-RateLimit-Remaining and X-RateLimit-Reset (seconds to the next minute).")
public class OpenApiController {

    /** The security scheme of the partner API's end users. */
    public static final String PARTNER_USER = "partnerUser";
    /** The security scheme of the partner's backend and of the operator. */
    public static final String PARTNER_TOKEN = "partnerToken";
    /** The security scheme of the native API. */
    public static final String NATIVE_API_KEY = "apiKey";
    /** The tags that group the operations by API. */
    public static final String PARTNER_TAG = "Partner API";
    public static final String NATIVE_TAG = "Native API";
    public static final String OPENAI_TAG = "OpenAI-compatible";
    public static final String SERVICE_TAG = "Service";

    static final String DESCRIPTION = """
            Slicewise is an AI assistant for 3D-printing slicers. This document is generated from the code when the \
            service is built, so it lists exactly the endpoints this build serves, with requests and answers the \
            service really gave.

            Decisions that hold for every endpoint:

            - **Paths** answer with and without a trailing slash. The partner's clients send it \
            (`/ent/partners/api/elegoo/chats/messages/`); this document writes paths without it. Every GET also \
            answers HEAD, the same answer without its body.
            - **Errors** keep the shape of the path's API: `{"error": "..."}` (and the few documented other shapes) \
            on the partner API, `{"error": {"code", "message"}}` on `/api/v1/`, OpenAI's `{"error": {"message", \
            "type", "param", "code"}}` on `/v1/`. The answers the framework gives on any \
            path are in that shape too and are not repeated on each operation: 404 for an unknown path, 405 for a \
            method the path does not take, 406 for an `Accept` header without JSON, 415 for a body that says it is not \
            JSON, a body over SLICEWISE_MAX_BODY_BYTES (400 on the partner API, 413 on the native API and on `/v1/`), \
            414 and 431 for a request line or headers too long, 400 for a NUL character or an unpaired surrogate in \
            any JSON string or query parameter, 403 for a web page of another origin while the service is reached as \
            localhost, 503 with `Retry-After` when the database cannot be reached, 500 for a bug.
            - **Languages**: the partner API's texts, errors included, follow `?lang=`; the native API's error \
            messages are English, its replies follow `lang` or the user's message.
            - **Charges**: an answered message or plate analysis costs SLICEWISE_CREDITS_COST_PER_MESSAGE credits, \
            charged once per Idempotency-Key, after the answer exists and before it is returned; a refused or failed \
            charge withholds the answer and records nothing.
            - **Examples** are requests sent to the service and the answers it gave. The generator leaves out the \
            members whose value is null (`"credit_resp": null`, `"data": null`, `"code": null`, ...); the service \
            sends them, as the descriptions say.
            - **This document** is served at `GET /openapi.yml` without authentication, as `application/yaml` \
            (RFC 9512).""";

    private static final String DOCUMENT = "META-INF/swagger/openapi.yml";

    private final byte[] document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing: the build did not run the OpenAPI processor");
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(operationId = "openApiDocument", summary = "This OpenAPI document", tags = SERVICE_TAG,
            description = "The OpenAPI 3 document of every endpoint of both APIs, generated from the code at build "
                    + "time; no authentication.")
    @ApiResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "head", summary = "Its first lines",
                            value = "openapi: 3.0.1\ninfo:\n  title: Slicewise\n  version: \"1\"\n")))
    @Get(value = "/openapi.yml", produces = "application/yaml")
    public byte[] document() {
        return document;
    }
}
