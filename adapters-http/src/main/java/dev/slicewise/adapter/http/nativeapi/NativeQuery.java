package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.SessionId;
import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * Reading the native API's query parameters and path ids. A parameter given empty counts as not given; numbers are
 * plain decimal integers; an id that does not have the form of one names nothing, so it is answered as an unknown id.
 */
final class NativeQuery {

    private static final String DIGITS = "\\d{1,18}";

    private NativeQuery() {
    }

    /** A parameter's text, stripped; empty when it is missing or blank. */
    static Optional<String> text(HttpRequest<?> request, String name) {
        return Optional.ofNullable(request.getParameters().get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A page size from 1 to {@code max}, {@code byDefault} when not given. */
    static int limit(HttpRequest<?> request, int byDefault, int max) {
        Optional<String> given = text(request, "limit");
        if (given.isEmpty()) {
            return byDefault;
        }
        if (!given.get().matches(DIGITS) || Long.parseLong(given.get()) < 1 || Long.parseLong(given.get()) > max) {
            throw NativeError.invalid("'limit' must be an integer from 1 to " + max + ".");
        }
        return Integer.parseInt(given.get());
    }

    /** How many to skip, 0 when not given; any offset past the end gives an empty page. */
    static int offset(HttpRequest<?> request) {
        Optional<String> given = text(request, "offset");
        if (given.isEmpty()) {
            return 0;
        }
        if (!given.get().matches(DIGITS)) {
            throw NativeError.invalid("'offset' must be an integer of 0 or more.");
        }
        return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(given.get()));
    }

    /** The session a request names; 404 when the id cannot be one. */
    static SessionId sessionId(String id) {
        return SessionId.parse(id).orElseThrow(() -> noSession(id));
    }

    /** The message a request names; 404 when the id cannot be one. */
    static MessageId messageId(String id) {
        return MessageId.parse(id).orElseThrow(() -> noMessage(id));
    }

    /** The same answer for an id that is unknown and an id of another key's session. */
    static NativeError noSession(String id) {
        return NativeError.notFound("No session has the id '" + id + "'.");
    }

    /** The same answer for an id that is unknown and an id of another key's message. */
    static NativeError noMessage(String id) {
        return NativeError.notFound("No message has the id '" + id + "'.");
    }
}
