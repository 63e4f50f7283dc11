package dev.slicewise.application.port.out;

import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.ReplyEvent;
import dev.slicewise.domain.assistant.Sentences;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * An answer being produced, pulled by one consumer: {@link #next()} blocks until the next event (text deltas, then one
 * {@link ReplyEvent.Completed}); {@link #close()} cancels what is still running (a model call is stopped) and may be
 * called at any time, more than once. A failure is an {@link AssistantUnavailable} thrown by {@code next()}; an
 * interrupted consumer gets a {@link CancellationException}, after the stream has cancelled its work.
 */
public interface ReplyStream extends AutoCloseable {

    ReplyEvent next();

    @Override
    void close();

    /** The whole answer: every event pulled, the text deltas dropped. */
    default AssistantAnswer collect() {
        while (true) {
            if (next() instanceof ReplyEvent.Completed completed) {
                return completed.answer();
            }
        }
    }

    /**
     * The whole answer: every event pulled, the text deltas handed to {@code text} as they come. A calling thread that
     * is interrupted gets a {@link CancellationException} at the next event.
     */
    default AssistantAnswer pull(Consumer<String> text) {
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the answer was cancelled");
            }
            switch (next()) {
                case ReplyEvent.TextDelta delta -> text.accept(delta.text());
                case ReplyEvent.Completed completed -> {
                    return completed.answer();
                }
            }
        }
    }

    /** An answer that already exists, streamed sentence by sentence. */
    static ReplyStream of(AssistantAnswer answer) {
        Deque<ReplyEvent> events = new ArrayDeque<>();
        Sentences.of(answer.reply().content()).forEach(sentence -> events.add(new ReplyEvent.TextDelta(sentence)));
        events.add(new ReplyEvent.Completed(answer));
        return new ReplyStream() {
            @Override
            public ReplyEvent next() {
                ReplyEvent event = events.poll();
                if (event == null) {
                    throw new IllegalStateException("the answer was completed");
                }
                return event;
            }

            @Override
            public void close() {
                events.clear();
            }
        };
    }
}
