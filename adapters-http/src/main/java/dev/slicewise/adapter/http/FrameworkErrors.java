package dev.slicewise.adapter.http;
import dev.slicewise.domain.conversation.Language;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The body of every error answer the framework makes itself, outside any controller and {@code @Error} handler, in the
 * shape of the request's API ({@link Errors}) instead of Micronaut's {@code _links} body. Most of them are requests that Netty
 * could not decode, answered per HTTP semantics: a request line (method, path and query string) over
 * {@code micronaut.server.netty.max-initial-line-length} is 414, headers over
 * {@code micronaut.server.netty.max-header-size} are 431, a header with a character HTTP forbids (a control byte in
 * {@code Idempotency-Key}) is 400. The same bodies serve the statuses the framework decides after routing
 * ({@link HttpErrorHandlers#status}) and the error answers other filters make without a body ({@link EdgeFilter}).
 */
@Singleton
public class FrameworkErrors implements ErrorResponseProcessor<JsonNode> {

    private final int maxLineBytes;
    private final int maxHeaderBytes;

    public FrameworkErrors(@Value("${micronaut.server.netty.max-initial-line-length:4096}") int maxLineBytes,
                           @Value("${micronaut.server.netty.max-header-size:8192}") int maxHeaderBytes) {
        this.maxLineBytes = maxLineBytes;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    public MutableHttpResponse<JsonNode> processResponse(ErrorContext error, MutableHttpResponse<?> response) {
        HttpRequest<?> request = error.getRequest();
        Language language = Errors.language(request);
        Optional<Throwable> undecodable = request instanceof NettyHttpRequest<?> netty
                && netty.getNativeRequest().decoderResult().isFailure()
                ? Optional.of(netty.getNativeRequest().decoderResult().cause())
                : Optional.empty();
        if (undecodable.isPresent()) {
            return switch (undecodable.get()) {
                case TooLongHttpLineException line -> answer(request, response, HttpStatus.REQUEST_URI_TOO_LONG,
                        language, "request.line_too_long", String.valueOf(maxLineBytes));
                case TooLongHttpHeaderException headers -> answer(request, response,
                        HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, language, "request.headers_too_large",
                        String.valueOf(maxHeaderBytes));
                case TooLongFrameException frame -> answer(request, response, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        language, "request.too_large");
                default -> answer(request, response, HttpStatus.BAD_REQUEST, language, "request.malformed");
            };
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body(request, response.code()));
    }

    /** The body of an error answer that no handler of the API wrote. */
    static JsonNode body(HttpRequest<?> request, int status) {
        Language language = Errors.language(request);
        if (status == HttpStatus.FORBIDDEN.getCode() && request.getOrigin().isPresent()) {
            return Errors.body(request, status, ErrorMessages.get(language, "request.origin_forbidden"));
        }
        if (status == HttpStatus.NOT_ACCEPTABLE.getCode()) {
            return Errors.body(request, status, ErrorMessages.get(language, "request.not_acceptable"));
        }
        if (status == HttpStatus.INTERNAL_SERVER_ERROR.getCode()) {
            return Errors.body(request, status, ErrorMessages.get(language, "internal"));
        }
        return Errors.body(request, status, ErrorMessages.get(language, "request.refused", String.valueOf(status)));
    }

    private static MutableHttpResponse<JsonNode> answer(HttpRequest<?> request, MutableHttpResponse<?> response,
                                                        HttpStatus status, Language language, String key,
                                                        Object... args) {
        return response.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(Errors.body(request, status.getCode(), ErrorMessages.get(language, key, args)));
    }
}
