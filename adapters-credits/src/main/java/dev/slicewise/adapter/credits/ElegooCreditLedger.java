package dev.slicewise.adapter.credits;

import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.CreditFailure;
import dev.slicewise.domain.credits.CreditsReceipt;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.client.exceptions.ResponseClosedException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code SLICEWISE_CREDITS_MODE=elegoo}: each charge is one {@code POST <base-url><path>} to the Elegoo credits API
 * with {@code {"elegoo_user_id": "...", "amount": 1, "request_id": "..."}} and the secret in the configured header.
 * The timeout bounds the whole call (connect, send, wait, read). Every answer and every failure becomes a
 * {@link ChargeOutcome}: a 2xx receipt with code 0 is a charge, another code a refusal (402 upstream); no answer,
 * a 5xx, another status or an unreadable body is unavailability (502 upstream); a connection the server closes or
 * resets without answering is a connection error, like a refused one. Nothing here throws. Built at
 * start-up, so that missing settings stop the service at once.
 */
@Context
@Requires(property = "slicewise.credits.mode", value = "elegoo")
public class ElegooCreditLedger implements CreditLedger {

    private static final Logger LOG = LoggerFactory.getLogger(ElegooCreditLedger.class);

    private final ElegooCreditsSettings settings;
    private final JsonMapper json;
    private final ElegooReceipts receipts;
    private final HttpClient client;

    @Inject
    public ElegooCreditLedger(JsonMapper json,
                              @Value("${slicewise.credits.base-url:}") String baseUrl,
                              @Value("${slicewise.credits.path:/api/v1/credits/charge}") String path,
                              @Value("${slicewise.credits.timeout-ms:3000}") long timeoutMillis,
                              @Value("${slicewise.credits.auth-header:Authorization}") String authHeader,
                              @Value("${slicewise.credits.secret:}") String secret) {
        this(json, ElegooCreditsSettings.of(baseUrl, path, timeoutMillis, authHeader, secret));
    }

    ElegooCreditLedger(JsonMapper json, ElegooCreditsSettings settings) {
        this.settings = settings;
        this.json = json;
        this.receipts = new ElegooReceipts(json);
        this.client = HttpClient.create(url(settings), configuration(settings));
        LOG.info("charging through the Elegoo credits API: {}", settings);
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        CompletableFuture<HttpResponse<String>> call = new CompletableFuture<>();
        try {
            call = Mono.from(client.exchange(post(request), String.class)).toFuture();
            return answered(request, call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException timeout) {
            return unavailable(request, CreditFailure.CONNECTION_ERROR_OR_TIMEOUT, "no answer within " + settings.timeout());
        } catch (ExecutionException failed) {
            return failed(request, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return unavailable(request, CreditFailure.REQUEST_FAILED, "interrupted");
        } catch (RuntimeException unexpected) {
            return failed(request, unexpected);
        } finally {
            call.cancel(true);
        }
    }

    private HttpRequest<String> post(ChargeRequest request) throws ExecutionException {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("elegoo_user_id", JsonNode.createStringNode(request.user().value()));
        body.put("amount", JsonNode.createNumberNode(request.amount().amount()));
        body.put("request_id", JsonNode.createStringNode(request.requestId()));
        try {
            var post = HttpRequest.POST(settings.path(), json.writeValueAsString(JsonNode.createObjectNode(body)))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .accept(MediaType.APPLICATION_JSON_TYPE);
            return settings.sendsSecret() ? post.header(settings.authHeader(), settings.secret()) : post;
        } catch (IOException e) {
            throw new ExecutionException("the charge could not be written as JSON", e);
        }
    }

    private ChargeOutcome answered(ChargeRequest request, HttpResponse<String> response) {
        int status = response.code();
        if (status / 100 != 2) {
            return byStatus(request, status);
        }
        Optional<CreditsReceipt> receipt = response.getBody(String.class).flatMap(receipts::read);
        if (receipt.isEmpty()) {
            return unavailable(request, CreditFailure.INVALID_RESPONSE, "HTTP " + status + " without a readable receipt");
        }
        if (receipt.get().code() == ElegooReceipts.CHARGED) {
            return new ChargeOutcome.Charged(receipt);
        }
        LOG.info("Elegoo credits refused request {} for {}: code {} ({})", request.requestId(),
                request.user().value(), receipt.get().code(), receipt.get().message());
        return new ChargeOutcome.Refused(receipt.get());
    }

    private ChargeOutcome failed(ChargeRequest request, Throwable failure) {
        if (failure instanceof HttpClientResponseException response) {
            return byStatus(request, response.getResponse().code());
        }
        if (isConnectionOrTimeout(failure)) {
            return unavailable(request, CreditFailure.CONNECTION_ERROR_OR_TIMEOUT, failure.toString());
        }
        return unavailable(request, CreditFailure.REQUEST_FAILED, failure.toString());
    }

    private ChargeOutcome byStatus(ChargeRequest request, int status) {
        CreditFailure failure = status >= 500 ? CreditFailure.SERVER_ERROR : CreditFailure.UNEXPECTED_HTTP_ERROR;
        return unavailable(request, failure, "HTTP " + status);
    }

    /**
     * No answer: a refused, closed or reset connection ({@link SocketException} covers refused and reset), or a
     * timeout.
     */
    private static boolean isConnectionOrTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReadTimeoutException || cause instanceof ResponseClosedException
                    || cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ChargeOutcome unavailable(ChargeRequest request, CreditFailure failure, String detail) {
        LOG.warn("Elegoo credits call for request {} failed: {} ({})", request.requestId(), failure, detail);
        return new ChargeOutcome.Unavailable(failure);
    }

    private static java.net.URL url(ElegooCreditsSettings settings) {
        try {
            return settings.baseUrl().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("SLICEWISE_CREDITS_BASE_URL is not a URL: " + settings.baseUrl(), e);
        }
    }

    private static DefaultHttpClientConfiguration configuration(ElegooCreditsSettings settings) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setConnectTimeout(settings.timeout());
        configuration.setReadTimeout(settings.timeout());
        configuration.setRequestTimeout(settings.timeout());
        configuration.setFollowRedirects(false);
        return configuration;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
