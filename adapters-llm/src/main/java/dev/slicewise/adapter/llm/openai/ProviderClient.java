package dev.slicewise.adapter.llm.openai;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One provider's completions, bounded: every attempt, every wait between attempts and every read fits in the
 * provider's timeout. A 429 is retried after its {@code Retry-After} (or a short back-off) when that fits; a 5xx or a
 * refused connection after a short back-off; anything else is not retried, and nothing is retried once the provider
 * began to answer. A streamed answer is read as it arrives ({@link CompletionStream}); a call that does not stream
 * runs on its own virtual thread, interrupted (which cancels the HTTP exchange) when the time is up.
 */
final class ProviderClient {

    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);

    private final ProviderSettings settings;
    private final ChatModel model;
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();

    ProviderClient(ProviderSettings settings, ChatModel model) {
        this.settings = settings;
        this.model = model;
    }

    ProviderSettings settings() {
        return settings;
    }

    /** A completion of the prompt, or a {@link ProviderFailure}. */
    Completion complete(Prompt prompt) {
        try (CompletionStream stream = open(prompt)) {
            return stream.drain();
        }
    }

    /**
     * The prompt's completion as it arrives, once the provider has begun to answer; a failure before that (with the
     * retries that fit in the timeout) is a {@link ProviderFailure} thrown here, one after it by the stream.
     */
    CompletionStream open(Prompt prompt) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return attempt(prompt, deadline);
            } catch (ProviderFailure failure) {
                Duration wait = failure.retryAfter().orElse(FIRST_BACK_OFF.multipliedBy(1L << attempt));
                boolean retry = failure.kind().retryable() && attempt < settings.retries()
                        && wait.compareTo(remaining(deadline)) < 0;
                if (!retry) {
                    throw failure;
                }
                sleep(wait);
            }
        }
    }

    private CompletionStream attempt(Prompt prompt, long deadline) {
        Duration remaining = remaining(deadline);
        if (remaining.isZero()) {
            throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "no time left for an attempt");
        }
        if (settings.stream()) {
            return CompletionStream.subscribe(model.stream(prompt), deadline);
        }
        Future<ChatResponse> call = attempts.submit(() -> model.call(prompt));
        try {
            return CompletionStream.of(call.get(remaining.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "no answer within " + settings.timeout());
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the model call was cancelled");
        }
    }

    /** What an exception of a call means; nothing unexpected escapes as anything but a failure. */
    static ProviderFailure failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            switch (t) {
                case ProviderFailure failure -> {
                    return failure;
                }
                case WebClientResponseException response -> {
                    return OpenAiChatModels.failure(response.getStatusCode(),
                            Optional.ofNullable(response.getHeaders().getFirst("Retry-After")));
                }
                case WebClientRequestException request -> {
                    return new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, request.getClass().getSimpleName());
                }
                case ResourceAccessException access -> {
                    return new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, access.getClass().getSimpleName());
                }
                case IOException io when !(io instanceof com.fasterxml.jackson.core.JacksonException) -> {
                    return new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, io.getClass().getSimpleName());
                }
                default -> {
                }
            }
        }
        return new ProviderFailure(ProviderFailure.Kind.GARBAGE, cause.getClass().getSimpleName());
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the model call was cancelled");
        }
    }
}
