package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.adapter.http.ApiKeyGate;
import dev.slicewise.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.function.Function;

/**
 * Admits a request of the native API by its key ({@link ApiKeyGate}: 401, 429 with {@code Retry-After}, the rate
 * headers on every answer), once, before anything else of it is judged; a {@link NativeError} the action throws while
 * reading the request is answered in the native shape, with the rate headers too.
 */
@Singleton
final class KeyAdmissions {

    private final ApiKeyGate gate;

    KeyAdmissions(ApiKeyGate gate) {
        this.gate = gate;
    }

    MutableHttpResponse<?> withKey(HttpRequest<?> request, Function<UserId, MutableHttpResponse<?>> action) {
        return gate.withKey(request, owner -> {
            try {
                return action.apply(owner);
            } catch (NativeError error) {
                return error.answer(request);
            }
        });
    }
}
