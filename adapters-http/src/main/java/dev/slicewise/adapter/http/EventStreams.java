package dev.slicewise.adapter.http;

import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Server-sent events written by a blocking producer: the producer runs on a thread of its own (the blocking executor,
 * virtual threads) and hands over each event's data, one line, as soon as it exists; the server writes it as
 * {@code data: <line>} and a blank line and flushes it at once (Micronaut writes each element of a
 * {@code text/event-stream} publisher as its own chunk). The stream ends when the producer returns. A client that goes
 * away cancels the subscription, and the producer's thread is interrupted: a turn running there is cancelled
 * ({@code SendChatMessageUseCase#stream}). The OpenAI-compatible door's test of a client that leaves mid-stream checks
 * both: the first text arrives while the model still writes, and the model call is stopped.
 */
@Singleton
public final class EventStreams {

    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

    private final ExecutorService executor;

    public EventStreams(@Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.executor = executor;
    }

    /** The events the producer writes, each a line of data; the producer's failures end the stream. */
    public Publisher<Event<String>> stream(Consumer<Consumer<String>> producer) {
        return Flux.create(sink -> {
            Future<?> running = executor.submit(() -> {
                try {
                    producer.accept(data -> sink.next(Event.of(data)));
                    sink.complete();
                } catch (RuntimeException failure) {
                    LOG.error("an event stream failed", failure);
                    sink.error(failure);
                }
            });
            sink.onCancel(() -> running.cancel(true));
        });
    }
}
