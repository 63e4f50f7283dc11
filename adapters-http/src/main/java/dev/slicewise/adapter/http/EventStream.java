package dev.slicewise.adapter.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.sse.Event;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A response of server-sent events written by one blocking producer, for every door that streams. The producer runs on
 * a virtual thread of its own and {@link Sink#send}s events; each is one {@code event:} line (none for an event
 * without a type, as OpenAI's chunks are), one {@code data:} line and a blank line, handed to the server as soon as it
 * is sent (the server writes and flushes each item of the body as it comes). Until the producer's first event the
 * response is undecided: a producer that returns an answer without sending anything (an ordinary JSON error) gets
 * that answer, one that throws gets its exception thrown here, so that errors before the stream began are the door's
 * ordinary errors. Once events were sent, the stream is the answer and ends when the producer returns. With
 * {@code pingEvery}, a {@code ping} event with {@code {}} is sent after every {@code pingEvery} of silence. The body
 * is a unicast sink that keeps the events until the server asks for them; the client going away cancels it, which
 * interrupts the producer's thread.
 */
public final class EventStream {

    /** Where a producer sends its events. */
    public interface Sink {

        /** Sends one event: its type, and its data on one line (JSON). */
        void send(String type, String data);

        /** Sends one event without a type: its data on one line (JSON). */
        default void send(String data) {
            send(null, data);
        }

        /** Whether an event was sent, so that the response is the stream. */
        boolean begun();
    }

    private static final ScheduledExecutorService PINGS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sse-pings").daemon().factory());

    private EventStream() {
    }

    /** As {@link #respond(Duration, Function)}, without pings. */
    public static MutableHttpResponse<?> respond(Function<Sink, Optional<MutableHttpResponse<?>>> producer) {
        return respond(Duration.ZERO, producer);
    }

    /**
     * Runs {@code producer} and answers with its stream, or with the answer it returned before it sent anything. Blocks
     * the calling thread until one of them is known. A {@code pingEvery} of zero sends no pings.
     */
    public static MutableHttpResponse<?> respond(Duration pingEvery,
                                                 Function<Sink, Optional<MutableHttpResponse<?>>> producer) {
        CompletableFuture<MutableHttpResponse<?>> head = new CompletableFuture<>();
        Events events = new Events(pingEvery, head);
        Thread thread = Thread.ofVirtual().name("sse-producer").unstarted(() -> {
            try {
                Optional<MutableHttpResponse<?>> answer = producer.apply(events);
                if (!events.begun()) {
                    head.complete(answer.orElseGet(() -> HttpResponse.noContent()));
                }
            } catch (RuntimeException | Error failure) {
                if (!head.completeExceptionally(failure)) {
                    System.getLogger(EventStream.class.getName()).log(System.Logger.Level.WARNING,
                            "an event stream ended by a failure after it began", failure);
                }
            } finally {
                events.complete();
            }
        });
        events.producer = thread;
        thread.start();
        try {
            return head.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failure.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /** The body: the events sent, kept until the server's one subscriber asks for them. */
    private static final class Events implements Sink {

        private final Sinks.Many<Event<String>> body = Sinks.many().unicast().onBackpressureBuffer();
        private final long pingNanos;
        private final CompletableFuture<MutableHttpResponse<?>> head;
        private volatile Thread producer;
        private volatile boolean begun;
        private volatile boolean done;
        private volatile boolean cancelled;
        private volatile long lastSent = System.nanoTime();
        private volatile Future<?> ping;

        Events(Duration pingEvery, CompletableFuture<MutableHttpResponse<?>> head) {
            this.pingNanos = pingEvery.toNanos();
            this.head = head;
        }

        /** One event at a time (the producer's and the pings'), as the sink wants its signals. */
        @Override
        public synchronized void send(String type, String data) {
            if (done || cancelled) {
                return;
            }
            lastSent = System.nanoTime();
            body.tryEmitNext(type == null ? Event.of(data) : Event.of(data).name(type));
            if (!begun) {
                begun = true;
                schedulePing(pingNanos);
                head.complete(HttpResponse.ok(body.asFlux().doOnCancel(this::cancel))
                        .contentType(MediaType.TEXT_EVENT_STREAM_TYPE));
            }
        }

        @Override
        public boolean begun() {
            return begun;
        }

        synchronized void complete() {
            done = true;
            stopPings();
            body.tryEmitComplete();
        }

        private void cancel() {
            cancelled = true;
            stopPings();
            Thread thread = producer;
            if (thread != null && !done) {
                thread.interrupt();
            }
        }

        private void stopPings() {
            Future<?> pending = ping;
            if (pending != null) {
                pending.cancel(false);
            }
        }

        private void schedulePing(long delayNanos) {
            if (pingNanos == 0) {
                return;
            }
            ping = PINGS.schedule(this::pingIfSilent, delayNanos, TimeUnit.NANOSECONDS);
        }

        private void pingIfSilent() {
            if (done || cancelled) {
                return;
            }
            long silent = System.nanoTime() - lastSent;
            if (silent >= pingNanos) {
                send("ping", "{}");
                schedulePing(pingNanos);
            } else {
                schedulePing(pingNanos - silent);
            }
        }
    }
}
