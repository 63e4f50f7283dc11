package dev.slicewise.adapter.llm.openai;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.client.ResourceAccessException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One provider's completions, bounded: every attempt, every wait between attempts and every read fits in the
 * provider's timeout. A 429 is retried after its {@code Retry-After} (or a short back-off) when that fits; a 5xx or a
 * refused connection after a short back-off; anything else is not retried. Each attempt runs on its own virtual
 * thread, interrupted (which cancels the HTTP exchange) when the time is up.
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
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                return attempt(prompt, remaining(deadline));
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

    private Completion attempt(Prompt prompt, Duration remaining) {
        if (remaining.isZero()) {
            throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "no time left for an attempt");
        }
        Future<List<ChatResponse>> call = attempts.submit(() -> settings.stream()
                ? model.stream(prompt).collectList().block()
                : List.of(model.call(prompt)));
        try {
            return completion(call.get(remaining.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "no answer within " + settings.timeout());
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "interrupted");
        }
    }

    /** The text of every generation in order, their tool calls, and the last token counts the provider gave. */
    private static Completion completion(List<ChatResponse> responses) {
        StringBuilder text = new StringBuilder();
        List<Completion.ToolCall> toolCalls = new ArrayList<>();
        long promptTokens = 0;
        long completionTokens = 0;
        boolean generated = false;
        for (ChatResponse response : responses) {
            if (response == null) {
                continue;
            }
            for (Generation generation : response.getResults()) {
                AssistantMessage output = generation.getOutput();
                generated = true;
                if (output.getText() != null) {
                    text.append(output.getText());
                }
                output.getToolCalls().forEach(call ->
                        toolCalls.add(new Completion.ToolCall(call.id(), call.name(), call.arguments())));
            }
            Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
            if (usage != null && usage.getPromptTokens() != null && usage.getPromptTokens() > 0) {
                promptTokens = usage.getPromptTokens();
                completionTokens = usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
            }
        }
        if (!generated) {
            throw new ProviderFailure(ProviderFailure.Kind.GARBAGE, "no choices in the answer");
        }
        return new Completion(text.toString(), toolCalls, promptTokens, completionTokens);
    }

    /** What an exception of a call means; nothing unexpected escapes as anything but a failure. */
    private static ProviderFailure failure(Throwable cause) {
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
            throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "interrupted while waiting to retry");
        }
    }
}
