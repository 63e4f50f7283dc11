package dev.slicewise.adapter.http;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Error answers, in the shape of the API a path belongs to: under {@value #NATIVE_API} the native API's
 * {@code {"error": {"code": "<code>", "message": "<sentence>"}}}, the code chosen by the status; under
 * {@value #OPENAI_API} OpenAI's {@code {"error": {"message", "type", "param", "code"}}}, the type and code chosen by
 * the status; everywhere else the partner API's {@code {"error": "<sentence>"}}. The sentence is in the language of
 * the {@code lang} query parameter.
 */
public final class Errors {

    /** A 503's {@code Retry-After}: a few seconds, the time a database restart or a busy moment takes. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** The paths of the native API: this one, and every path under it. */
    private static final String NATIVE_API = "/api/v1/";
    private static final String NATIVE_ROOT = "/api/v1";
    /** The paths of the OpenAI-compatible endpoints. */
    private static final String OPENAI_API = "/v1/";
    private static final String DOOR_ANSWER = "slicewise.door-answer";

    private Errors() {
    }

    /**
     * An error answer a door made itself, kept as it is. Micronaut hands every answer of 400 or more that a route
     * returns to the status handler of that status ({@link HttpErrorHandlers}: 404, 405, 415), which would otherwise
     * replace a door's own body and headers with the framework's answer.
     */
    public static <T extends MutableHttpResponse<?>> T answeredByDoor(HttpRequest<?> request, T answer) {
        request.setAttribute(DOOR_ANSWER, answer);
        return answer;
    }

    /** The error answer the door made for this request, if it made one. */
    static Optional<HttpResponse<?>> doorAnswer(HttpRequest<?> request) {
        return request.getAttribute(DOOR_ANSWER).map(answer -> (HttpResponse<?>) answer);
    }

    /** The {@code lang} query parameter; English when absent or unknown. */
    public static Language language(HttpRequest<?> request) {
        return Language.fromTag(request.getParameters().get("lang"));
    }

    /** The body of an error answer of the partner API. */
    public static JsonNode body(String message) {
        return JsonNode.createObjectNode(Map.of("error", JsonNode.createStringNode(message)));
    }

    /** The body of an error answer of the native API. */
    public static JsonNode nativeBody(String code, String message) {
        Map<String, JsonNode> error = new LinkedHashMap<>();
        error.put("code", JsonNode.createStringNode(code));
        error.put("message", JsonNode.createStringNode(message));
        return JsonNode.createObjectNode(Map.of("error", JsonNode.createObjectNode(error)));
    }

    /**
     * The body of an error answer of the OpenAI-compatible endpoints, as OpenAI writes it: the {@code type} is the
     * kind of error ({@code invalid_request_error}, {@code authentication_error}, ...), {@code param} the request
     * field at fault and {@code code} a finer reason, each null when there is none.
     */
    public static JsonNode openAiBody(String message, String type, Optional<String> param, Optional<String> code) {
        Map<String, JsonNode> error = new LinkedHashMap<>();
        error.put("message", JsonNode.createStringNode(message));
        error.put("type", JsonNode.createStringNode(type));
        error.put("param", param.map(JsonNode::createStringNode).orElse(JsonNode.nullNode()));
        error.put("code", code.map(JsonNode::createStringNode).orElse(JsonNode.nullNode()));
        return JsonNode.createObjectNode(Map.of("error", JsonNode.createObjectNode(error)));
    }

    /** The body of an error answer to this request, in its API's shape. */
    public static JsonNode body(HttpRequest<?> request, int status, String message) {
        if (isOpenAi(request)) {
            return openAiBody(message, openAiType(status), Optional.empty(), openAiCode(status));
        }
        return isNative(request) ? nativeBody(nativeCode(status), message) : body(message);
    }

    /** Whether the request is one of the native API's (read from the raw request line, which may not be a URI). */
    public static boolean isNative(HttpRequest<?> request) {
        String target = target(request);
        return target.startsWith(NATIVE_API) || target.equals(NATIVE_ROOT) || target.startsWith(NATIVE_ROOT + "?");
    }

    /** Whether the request is one of the OpenAI-compatible endpoints' ({@code /v1/...}). */
    public static boolean isOpenAi(HttpRequest<?> request) {
        return target(request).startsWith(OPENAI_API);
    }

    /** The raw request target: the request line's, which may not be a URI, when Netty read it. */
    private static String target(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> netty
                ? netty.getNativeRequest().uri()
                : request.getUri().getRawPath();
    }

    /** OpenAI's {@code type} of an error status. */
    public static String openAiType(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 402 -> "insufficient_quota";
            case 429 -> "rate_limit_error";
            case 500, 502, 503 -> "server_error";
            default -> "invalid_request_error";
        };
    }

    /** OpenAI's {@code code} of an error status, when the status alone says more than the type. */
    public static Optional<String> openAiCode(int status) {
        return Optional.ofNullable(switch (status) {
            case 401 -> "invalid_api_key";
            case 402 -> "insufficient_quota";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413, 414, 431 -> "request_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limit_exceeded";
            case 503 -> "service_unavailable";
            default -> null;
        });
    }

    /** The native API's code of an error status (its table, and the framework's own statuses). */
    public static String nativeCode(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 402 -> "insufficient_credits";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413, 414, 431 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            case 500 -> "internal_error";
            case 502 -> "upstream_error";
            case 503 -> "service_unavailable";
            default -> "invalid_request";
        };
    }

    public static HttpResponse<JsonNode> error(HttpStatus status, Language language, String key, Object... args) {
        return HttpResponse.<JsonNode>status(status).body(body(ErrorMessages.get(language, key, args)));
    }

    /** An error answer to this request in its API's shape, the sentence from the error bundles. */
    public static HttpResponse<JsonNode> error(HttpRequest<?> request, HttpStatus status, String key, Object... args) {
        return HttpResponse.<JsonNode>status(status)
                .body(body(request, status.getCode(), ErrorMessages.get(language(request), key, args)));
    }

    /** A 503 with the seconds after which a retry may succeed ({@code Retry-After}). */
    public static HttpResponse<JsonNode> unavailable(Language language, String key) {
        return HttpResponse.<JsonNode>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(body(ErrorMessages.get(language, key)));
    }

    /** A 503 with {@code Retry-After}, in the request's API's shape. */
    public static HttpResponse<JsonNode> unavailable(HttpRequest<?> request, String key) {
        return HttpResponse.<JsonNode>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(body(request, 503, ErrorMessages.get(language(request), key)));
    }

    public static HttpResponse<JsonNode> badRequest(Language language, InvalidRequest invalid) {
        return error(HttpStatus.BAD_REQUEST, language, invalid.messageKey(), invalid.args());
    }

    /** A 400 in the request's API's shape. */
    public static HttpResponse<JsonNode> badRequest(HttpRequest<?> request, InvalidRequest invalid) {
        return error(request, HttpStatus.BAD_REQUEST, invalid.messageKey(), invalid.args());
    }
}
