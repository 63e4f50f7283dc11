package dev.slicewise.adapter.http;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * What every request and every answer passes, whatever the endpoint: the query string's names and values must be
 * storable text ({@link StorableText}), and an error answer that some filter of the framework made without a body
 * (the CORS filter's 403 to a web page of another origin) gets the body of the request's API ({@link Errors}). Runs
 * first but for the request log, which must see its answer, so its answer part sees every other filter's answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class EdgeFilter implements Ordered {

    @RequestFilter
    @Nullable
    public HttpResponse<?> checkQuery(HttpRequest<?> request) {
        try {
            StorableText.check(request.getParameters());
            return null;
        } catch (InvalidRequest invalid) {
            return Errors.badRequest(request, invalid);
        }
    }

    @ResponseFilter
    public void giveErrorsABody(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() >= 400 && response.getBody().isEmpty() && request.getMethod() != HttpMethod.HEAD) {
            response.body(FrameworkErrors.body(request, response.code())).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }
}
