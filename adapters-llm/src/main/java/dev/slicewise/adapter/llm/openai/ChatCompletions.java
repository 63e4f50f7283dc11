package dev.slicewise.adapter.llm.openai;

import org.springframework.ai.model.ModelOptionsUtils;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletion;
import org.springframework.ai.openai.api.OpenAiApi.ChatCompletionChunk;
import org.springframework.ai.openai.api.OpenAiStreamFunctionCallingHelper;
import org.springframework.http.HttpStatusCode;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A provider's chat-completions endpoint on the JDK HTTP client, for a request body already written as JSON: a
 * completion answered at once ({@link #complete}), or one streamed as server-sent events ({@link #stream}), read chunk
 * by chunk, with the pieces of a streamed tool call merged into one chunk (as Spring AI's {@code chatCompletionStream}
 * does). An error status is a {@link ProviderFailure} of {@link OpenAiChatModels#failure}. Cancelling a stream's
 * subscription closes the response body, which closes the connection: the provider sees its client go and stops
 * writing. (Spring AI's own stream keeps the response open after its subscriber cancelled, and the JDK client keeps
 * reading a body whose reactive subscription was cancelled; a closed input stream is what ends it.) A plain call
 * skips Spring's {@code RestClient} too, with its URI templates, message converters and a new thread per request
 * body (bench/notes/llm-overhead.md).
 */
final class ChatCompletions {

    private static final String PATH = "/v1/chat/completions";

    private final HttpClient http;
    private final ProviderSettings settings;
    private final URI endpoint;

    ChatCompletions(HttpClient http, ProviderSettings settings) {
        this.http = http;
        this.settings = settings;
        this.endpoint = URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + PATH);
    }

    /**
     * The completion of a request that does not stream, on the calling thread; none when the provider answered with no
     * body. A connection that fails is an {@link UncheckedIOException}, a body that is not a completion
     * Jackson's error, and an interrupt cancels the exchange.
     */
    Optional<ChatCompletion> complete(String request) {
        try {
            HttpResponse<String> response = http.send(post(request, "application/json"),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 400) {
                throw OpenAiChatModels.failure(HttpStatusCode.valueOf(response.statusCode()),
                        response.headers().firstValue("Retry-After"));
            }
            return response.body().isBlank() ? Optional.empty()
                    : Optional.of(ModelOptionsUtils.jsonToObject(response.body(), ChatCompletion.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the model call was cancelled");
        }
    }

    /** The chunks of the request's completion, read on a virtual thread once subscribed. */
    Flux<ChatCompletionChunk> stream(String request) {
        return Flux.create(sink -> {
            AtomicReference<InputStream> body = new AtomicReference<>();
            sink.onDispose(() -> close(body.getAndSet(InputStream.nullInputStream())));
            Thread.ofVirtual().name("provider-stream-" + settings.name()).start(() -> read(request, sink, body));
        });
    }

    private HttpRequest post(String request, String accept) {
        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(request));
        if (settings.sendsKey()) {
            post.header("Authorization", "Bearer " + settings.apiKey());
        }
        return post.build();
    }

    private void read(String request, FluxSink<ChatCompletionChunk> sink, AtomicReference<InputStream> body) {
        try {
            HttpResponse<InputStream> response = http.send(post(request, "text/event-stream"),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (!body.compareAndSet(null, response.body())) {
                close(response.body());
                return;
            }
            if (response.statusCode() >= 400) {
                close(response.body());
                sink.error(OpenAiChatModels.failure(HttpStatusCode.valueOf(response.statusCode()),
                        response.headers().firstValue("Retry-After")));
                return;
            }
            events(new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8)), sink);
            sink.complete();
        } catch (IOException | RuntimeException failure) {
            if (!sink.isCancelled()) {
                sink.error(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.error(e);
        }
    }

    /** Each {@code data:} line up to {@code [DONE]}, a streamed tool call handed on whole when it is finished. */
    private static void events(BufferedReader lines, FluxSink<ChatCompletionChunk> sink) throws IOException {
        OpenAiStreamFunctionCallingHelper toolCalls = new OpenAiStreamFunctionCallingHelper();
        ChatCompletionChunk toolCall = null;
        for (String line = lines.readLine(); line != null && !sink.isCancelled(); line = lines.readLine()) {
            if (!line.startsWith("data:")) {
                continue;
            }
            String data = line.substring("data:".length()).strip();
            if (data.equals("[DONE]")) {
                break;
            }
            ChatCompletionChunk chunk = ModelOptionsUtils.jsonToObject(data, ChatCompletionChunk.class);
            if (toolCall != null || toolCalls.isStreamingToolFunctionCall(chunk)) {
                toolCall = toolCall == null ? chunk : toolCalls.merge(toolCall, chunk);
                if (!toolCalls.isStreamingToolFunctionCallFinish(chunk)) {
                    continue;
                }
                chunk = toolCall;
                toolCall = null;
            }
            sink.next(chunk);
        }
        if (toolCall != null) {
            sink.next(toolCall);
        }
    }

    private static void close(InputStream body) {
        if (body == null) {
            return;
        }
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is gone either way
        }
    }
}
