package dev.slicewise.adapter.llm.openai;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One OpenAI-compatible provider: where it is, the key, the model, and how a call to it is bounded. The API key is
 * never part of {@link #toString()}, so it cannot end up in a log line. Reusable for any model of the provider
 * ({@link #withModel}), e.g. a vision model.
 *
 * @param name        the provider's name in the chain and in the turn records, e.g. {@code primary}, {@code ollama}
 * @param baseUrl     the base URL without {@code /v1} ({@code https://api.openai.com}, {@code http://127.0.0.1:11434})
 * @param apiKey      the secret sent as a bearer token; empty sends none (Ollama, vLLM, LM Studio)
 * @param timeout     the bound on one whole model call with this provider: every attempt, wait and read of it
 * @param temperature the sampling temperature, 0 to 2
 * @param maxTokens   the most tokens a completion may have
 * @param retries     further attempts after a 429, a 5xx or a refused connection, within the timeout
 * @param stream      whether to ask for a streamed (SSE) completion
 */
public record ProviderSettings(String name, URI baseUrl, String apiKey, String model, Duration timeout,
                               double temperature, int maxTokens, int retries, boolean stream) {

    /** Provider names are lower-case words, so that each one maps to one set of environment variables. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0,31}");
    public static final int MAX_RETRIES = 5;

    public ProviderSettings {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a provider name is a lower-case word of letters and digits, not '"
                    + name + "'");
        }
        if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))) {
            throw new IllegalArgumentException(name + ": the base URL must be an absolute http(s) URL");
        }
        if (apiKey == null) {
            throw new IllegalArgumentException(name + ": the API key must be set (it may be empty)");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(name + ": the model must be named");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + ": the timeout must be > 0");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException(name + ": the temperature must be between 0 and 2");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException(name + ": max tokens must be > 0");
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException(name + ": retries must be between 0 and " + MAX_RETRIES);
        }
    }

    /** The same provider asked for another model (a vision model, for instance). */
    public ProviderSettings withModel(String otherModel) {
        return new ProviderSettings(name, baseUrl, apiKey, otherModel, timeout, temperature, maxTokens, retries,
                stream);
    }

    boolean sendsKey() {
        return !apiKey.isEmpty();
    }

    @Override
    public String toString() {
        return "ProviderSettings[name=" + name + ", baseUrl=" + baseUrl + ", apiKey=" + (sendsKey() ? "***" : "(none)")
                + ", model=" + model + ", timeout=" + timeout + ", temperature=" + temperature + ", maxTokens="
                + maxTokens + ", retries=" + retries + ", stream=" + stream + "]";
    }
}
