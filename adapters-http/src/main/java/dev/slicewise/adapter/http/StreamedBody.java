package dev.slicewise.adapter.http;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A response body written by one blocking producer into an {@link OutputStream} while the server sends it: the bytes
 * go out in chunks of {@value #CHUNK} bytes, and at most {@value #QUEUED} chunks wait for a slow client, after which
 * the producer blocks. So a body of any size costs the service a few hundred kilobytes. The producer runs on a virtual
 * thread of its own once the server subscribes; a client that goes away cancels the body, which interrupts the
 * producer (its next write fails). A producer that fails ends the body with its exception, which the server answers
 * by closing the connection: the client sees a cut body, never a whole-looking one.
 */
public final class StreamedBody {

    /** Writes the whole body; may throw on a failure, which ends the body. */
    @FunctionalInterface
    public interface Producer {
        void writeTo(OutputStream out) throws Exception;
    }

    static final int CHUNK = 32 * 1024;
    static final int QUEUED = 8;

    private StreamedBody() {
    }

    /** The body {@code producer} writes, started when the server subscribes. */
    public static Publisher<byte[]> of(Producer producer) {
        return Flux.defer(() -> {
            Chunks chunks = new Chunks();
            Thread thread = Thread.ofVirtual().name("streamed-body").start(() -> {
                try {
                    producer.writeTo(chunks);
                    chunks.close();
                } catch (Exception | Error failure) {
                    chunks.fail(failure);
                }
            });
            return Flux.<byte[]>generate(sink -> {
                Object next = chunks.take();
                switch (next) {
                    case byte[] chunk when chunk.length == 0 -> sink.complete();
                    case byte[] chunk -> sink.next(chunk);
                    case Throwable failure -> sink.error(failure);
                    default -> throw new IllegalStateException("not a chunk: " + next);
                }
            }).subscribeOn(Schedulers.boundedElastic()).doOnCancel(() -> {
                chunks.cancelled = true;
                thread.interrupt();
            });
        });
    }

    /** The producer's side: bytes gathered into chunks, handed over through a bounded queue. */
    private static final class Chunks extends OutputStream {

        private static final byte[] END = new byte[0];

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private volatile boolean cancelled;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            if (filled == CHUNK) {
                handOver();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == CHUNK) {
                    handOver();
                }
                int taken = Math.min(length, CHUNK - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (filled > 0) {
                handOver();
            }
            put(END);
        }

        void fail(Throwable failure) {
            queue.clear();
            queue.offer(failure);
        }

        Object take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
        }

        private void handOver() throws IOException {
            put(Arrays.copyOf(buffer, filled));
            filled = 0;
        }

        private void put(Object item) throws IOException {
            if (cancelled) {
                throw new IOException("the client went away");
            }
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the client went away");
            }
        }
    }
}
