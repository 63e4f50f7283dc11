package dev.slicewise.adapter.http.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Every request, once answered: one line at INFO on the {@code dev.slicewise.requests} log (its id, method, route
 * template, status, milliseconds, and the intent and engine of its turn when it had one) and one observation of
 * {@code http_server_requests_seconds} by method, route template and status. The route is the template the request
 * matched ({@code /api/v1/sessions/{id}}), never its path, so no id reaches a label or the log; a request that
 * matched no route is {@code unmatched}, and a method HTTP does not define is {@code OTHER}. Nothing of the request's
 * body, query or headers is written but its id.
 * <p>
 * The id is the client's {@code X-Request-Id} when it is a sane one (1 to 64 letters, digits, {@code .}, {@code _},
 * {@code -}), else a new random one; it is sent back as {@code X-Request-Id}. For a streamed answer the time is the
 * time to its first bytes. The outermost filter, so that it sees the answer every other filter made.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLog implements Ordered {

    /** The header that carries the request's id both ways. */
    public static final String REQUEST_ID = "X-Request-Id";

    private static final Logger LOG = LoggerFactory.getLogger("dev.slicewise.requests");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String STARTED = "slicewise.request.started";
    private static final String ID = "slicewise.request.id";
    private static final String UNMATCHED = "unmatched";
    /** A method HTTP does not define, which a client may make up at will: one series for all of them. */
    private static final String OTHER_METHOD = "OTHER";

    private final MeterRegistry registry;
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    public RequestLog(MeterRegistry registry) {
        this.registry = registry;
    }

    @RequestFilter
    public void started(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
        String sent = request.getHeaders().get(REQUEST_ID);
        request.setAttribute(ID, sent != null && SANE_ID.matcher(sent).matches() ? sent : newId());
    }

    @ResponseFilter
    public void answered(HttpRequest<?> request, MutableHttpResponse<?> response) {
        long nanos = System.nanoTime() - request.getAttribute(STARTED, Long.class).orElseGet(System::nanoTime);
        String id = request.getAttribute(ID, String.class).orElseGet(RequestLog::newId);
        response.header(REQUEST_ID, id);
        String method = request.getMethod() == HttpMethod.CUSTOM ? OTHER_METHOD : request.getMethodName();
        String route = route(request, response);
        int status = response.code();
        timers.computeIfAbsent(new Series(method, route, status), this::timer).record(nanos, TimeUnit.NANOSECONDS);
        if (LOG.isInfoEnabled()) {
            Optional<String> intent = request.getAttribute(MicrometerMetrics.INTENT, String.class);
            Optional<String> engine = request.getAttribute(MicrometerMetrics.ENGINE, String.class);
            long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
            StringBuilder line = new StringBuilder(96).append(method).append(' ').append(route).append(' ')
                    .append(status).append(' ').append(millis).append(" ms id=").append(id);
            LoggingEventBuilder event = LOG.atInfo().addKeyValue("request_id", id).addKeyValue("method", method)
                    .addKeyValue("route", route).addKeyValue("status", status).addKeyValue("ms", millis);
            if (intent.isPresent()) {
                line.append(" intent=").append(intent.get());
                event = event.addKeyValue("intent", intent.get());
            }
            if (engine.isPresent()) {
                line.append(" engine=").append(engine.get());
                event = event.addKeyValue("engine", engine.get());
            }
            event.log(line.toString());
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /** The template of the route the request matched, or {@code unmatched}. */
    private static String route(HttpRequest<?> request, MutableHttpResponse<?> response) {
        return RouteAttributes.getRouteInfo(request).or(() -> RouteAttributes.getRouteInfo(response))
                .filter(UriRouteInfo.class::isInstance)
                .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toPathString())
                .orElse(UNMATCHED);
    }

    private Timer timer(Series series) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status, to the answer's first bytes")
                .tag("method", series.method()).tag("route", series.route())
                .tag("status", Integer.toString(series.status()))
                .serviceLevelObjectives(Buckets.HTTP)
                .register(registry);
    }

    private static String newId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private record Series(String method, String route, int status) {
    }
}
