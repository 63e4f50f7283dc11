package dev.slicewise.adapter.http;
import dev.slicewise.application.port.out.StoreUnavailable;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.tree.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URISyntaxException;

/**
 * Every error the framework would answer itself gets the body of the request's API instead ({@link Errors}); a body
 * over the limit is the partner API's 400, and 413 on the native API and the OpenAI-compatible endpoints.
 */
@Controller
public class HttpErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrorHandlers.class);

    private final long maxRequestSize;

    public HttpErrorHandlers(@Value("${micronaut.server.max-request-size:10485760}") long maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    @Error(global = true, exception = ContentLengthExceededException.class)
    public HttpResponse<JsonNode> tooLarge(HttpRequest<?> request) {
        HttpStatus status = Errors.isNative(request) || Errors.isOpenAi(request)
                ? HttpStatus.REQUEST_ENTITY_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        return Errors.error(request, status, "body.too_large", String.valueOf(maxRequestSize));
    }

    /** A body over the buffer limit: the same answer (the limit is configured like the request size). */
    @Error(global = true, exception = BufferLengthExceededException.class)
    public HttpResponse<JsonNode> tooLargeToBuffer(HttpRequest<?> request) {
        return tooLarge(request);
    }

    /** No route: the framework's 404; a door's own 404 (an unknown id) is kept ({@link Errors#answeredByDoor}). */
    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return Errors.doorAnswer(request).orElseGet(() ->
                Errors.error(request, HttpStatus.NOT_FOUND, "route.not_found"));
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    public HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return Errors.doorAnswer(request).orElseGet(() -> Errors.error(request, HttpStatus.METHOD_NOT_ALLOWED,
                "route.method_not_allowed", request.getMethodName()));
    }

    @Error(global = true, status = HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    public HttpResponse<?> unsupportedMediaType(HttpRequest<?> request) {
        return Errors.doorAnswer(request).orElseGet(() ->
                Errors.error(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media_type.unsupported"));
    }

    /**
     * A URL that is not a URI (a {@code %} without two hexadecimal digits, a character that must be escaped): answered
     * before any endpoint reads it, with one log line that shows neither the URL nor its query (it may carry
     * credentials).
     */
    @Error(global = true, exception = URISyntaxException.class)
    public HttpResponse<JsonNode> malformedUrl(HttpRequest<?> request, URISyntaxException error) {
        LOG.info("refused a request whose URL is not valid: {} at index {}", error.getReason(), error.getIndex());
        return Errors.error(request, HttpStatus.BAD_REQUEST, "request.url_malformed");
    }

    /**
     * A database outage: 503 with {@code Retry-After} at once, one log line without a stack trace (the cause says
     * what failed); the next request tries the database again.
     */
    @Error(global = true, exception = StoreUnavailable.class)
    public HttpResponse<JsonNode> storeUnavailable(HttpRequest<?> request, StoreUnavailable outage) {
        LOG.warn("answered 503 to {} {}: {}", request.getMethodName(), request.getPath(), outage.getMessage());
        return Errors.unavailable(request, "database.unavailable");
    }

    /**
     * A status the framework decided after routing, such as 406 for an {@code Accept} header that excludes JSON; or a
     * door's own answer of that status that it threw rather than returned ({@link Errors#answeredByDoor}), which is
     * kept.
     */
    @Error(global = true, exception = HttpStatusException.class)
    public HttpResponse<?> status(HttpRequest<?> request, HttpStatusException error) {
        return Errors.doorAnswer(request).filter(answer -> answer.code() == error.getStatus().getCode())
                .orElseGet(() -> HttpResponse.<JsonNode>status(error.getStatus())
                        .body(FrameworkErrors.body(request, error.getStatus().getCode())));
    }

    /** A bug: logged with its stack trace (never the request body), answered without details. */
    @Error(global = true, exception = Throwable.class)
    public HttpResponse<JsonNode> unexpected(HttpRequest<?> request, Throwable error) {
        LOG.error("unexpected error answering {} {}", request.getMethodName(), request.getPath(), error);
        return Errors.error(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal");
    }
}
