package dev.slicewise.adapter.llm.openai;

import org.springframework.ai.model.NoopApiKey;
import org.springframework.ai.model.SimpleApiKey;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Optional;

/**
 * Builds the Spring AI clients of one provider by hand (no Spring Boot): {@link #api} the {@link OpenAiApi} with the
 * JDK HTTP client for both plain and streamed calls, the provider's timeout on connect and read, and error statuses
 * mapped to {@link ProviderFailure}s; {@link #create} an {@link OpenAiChatModel} on it with a retry template of one
 * attempt, because {@link ProviderClient} retries itself to honour {@code Retry-After} within the timeout (Spring
 * AI's default would make 10 attempts over minutes). The assistant uses only {@link #http} and Spring AI's wire
 * records, through {@link DirectOpenAiChatModel} (which says why); the full chat model serves other uses of the same
 * providers (images, structured output: a vision model, {@code create(settings.withModel(...))}).
 */
public final class OpenAiChatModels {

    private OpenAiChatModels() {
    }

    /** The provider's HTTP client: HTTP/1.1, its timeout on connect. */
    static HttpClient http(ProviderSettings settings) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
    }

    static OpenAiApi api(ProviderSettings settings, HttpClient http) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.timeout());
        return OpenAiApi.builder()
                .baseUrl(settings.baseUrl().toString())
                .apiKey(settings.sendsKey() ? new SimpleApiKey(settings.apiKey()) : new NoopApiKey())
                .restClientBuilder(RestClient.builder().requestFactory(requests))
                .webClientBuilder(WebClient.builder().clientConnector(new JdkClientHttpConnector(http)))
                .responseErrorHandler(new StatusToFailure())
                .build();
    }

    public static OpenAiChatModel create(ProviderSettings settings) {
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder()
                .model(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .internalToolExecutionEnabled(false);
        if (settings.stream()) {
            options.streamUsage(true);
        }
        return OpenAiChatModel.builder()
                .openAiApi(api(settings, http(settings)))
                .defaultOptions(options.build())
                .retryTemplate(RetryTemplate.builder().maxAttempts(1).build())
                .build();
    }

    /** What an error status means for the chain; the body is not read (it may echo the request). */
    static ProviderFailure failure(HttpStatusCode status, Optional<String> retryAfter) {
        if (status.value() == 429) {
            return new ProviderFailure(ProviderFailure.Kind.RATE_LIMITED, "HTTP 429",
                    retryAfter.flatMap(RetryAfter::parse));
        }
        if (status.is5xxServerError()) {
            return new ProviderFailure(ProviderFailure.Kind.SERVER_ERROR, "HTTP " + status.value());
        }
        return new ProviderFailure(ProviderFailure.Kind.REJECTED, "HTTP " + status.value());
    }

    private static final class StatusToFailure implements ResponseErrorHandler {

        @Override
        public boolean hasError(ClientHttpResponse response) throws IOException {
            return response.getStatusCode().isError();
        }

        @Override
        public void handleError(URI url, HttpMethod method, ClientHttpResponse response)
                throws IOException {
            throw failure(response.getStatusCode(),
                    Optional.ofNullable(response.getHeaders().getFirst("Retry-After")));
        }
    }
}
