package dev.slicewise.adapter.llm.openai;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import reactor.core.Disposable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One provider's completion as it arrives: the pieces of its text, then the whole {@link Completion} (text, tool calls,
 * tokens). Pulled by one thread; every wait is bounded by the call's deadline. {@link #close()} cancels the exchange
 * (the provider sees the connection close); an interrupted reader gets a {@link CancellationException} after the
 * exchange was cancelled.
 */
final class CompletionStream implements AutoCloseable {

    private sealed interface Signal {
    }

    private record Chunk(ChatResponse response) implements Signal {
    }

    private record Failed(Throwable cause) implements Signal {
    }

    private record Done() implements Signal {
    }

    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private final List<String> pending = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Completion.ToolCall> toolCalls = new ArrayList<>();
    private final long deadline;
    private Disposable exchange = () -> { };
    private long promptTokens;
    private long completionTokens;
    private boolean generated;
    private boolean done;

    private CompletionStream(long deadline) {
        this.deadline = deadline;
    }

    /** A completion that already exists (a provider that does not stream). */
    static CompletionStream of(ChatResponse response) {
        CompletionStream stream = new CompletionStream(Long.MAX_VALUE);
        stream.add(response);
        stream.done = true;
        return stream;
    }

    /**
     * The chunks of a provider's stream, subscribed to now; returns once the provider has written something (text or
     * a tool call) or finished, so that a provider that fails at once fails here, before anything was passed on.
     */
    static CompletionStream subscribe(reactor.core.publisher.Flux<ChatResponse> chunks, long deadline) {
        CompletionStream stream = new CompletionStream(deadline);
        stream.exchange = chunks.subscribe(chunk -> stream.signals.add(new Chunk(chunk)),
                failure -> stream.signals.add(new Failed(failure)), () -> stream.signals.add(new Done()));
        try {
            while (stream.pending.isEmpty() && stream.toolCalls.isEmpty() && !stream.done) {
                stream.take();
            }
        } catch (RuntimeException failure) {
            stream.close();
            throw failure;
        }
        return stream;
    }

    /** Whether the provider has finished writing (the text may still be pending here). */
    boolean arrived() {
        return done;
    }

    /** The next piece of text; empty once the completion is complete. */
    Optional<String> nextText() {
        while (pending.isEmpty() && !done) {
            take();
        }
        return pending.isEmpty() ? Optional.empty() : Optional.of(pending.removeFirst());
    }

    /** The whole completion, once {@link #nextText()} was empty. */
    Completion completion() {
        if (!done) {
            throw new IllegalStateException("the completion is still arriving");
        }
        if (!generated) {
            throw new ProviderFailure(ProviderFailure.Kind.GARBAGE, "no choices in the answer");
        }
        return new Completion(text.toString(), toolCalls, promptTokens, completionTokens);
    }

    /** Reads everything that is left. */
    Completion drain() {
        while (nextText().isPresent()) {
            // the text is in the completion too
        }
        return completion();
    }

    @Override
    public void close() {
        exchange.dispose();
    }

    private void take() {
        Signal signal;
        try {
            signal = signals.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new CancellationException("the model call was cancelled");
        }
        switch (signal) {
            case null -> {
                close();
                throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "no complete answer in time");
            }
            case Chunk chunk -> add(chunk.response());
            case Failed failed -> throw ProviderClient.failure(failed.cause());
            case Done ignored -> done = true;
        }
    }

    /** A chunk's text and tool calls, and the last token counts the provider gave. */
    private void add(ChatResponse response) {
        if (response == null) {
            return;
        }
        for (Generation generation : response.getResults()) {
            AssistantMessage output = generation.getOutput();
            generated = true;
            if (output.getText() != null && !output.getText().isEmpty()) {
                text.append(output.getText());
                pending.add(output.getText());
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
}
