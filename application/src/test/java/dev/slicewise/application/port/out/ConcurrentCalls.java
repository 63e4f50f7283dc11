package dev.slicewise.application.port.out;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

/** Makes one call per input, all released at once on virtual threads, and waits a bounded time for the results. */
public final class ConcurrentCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ConcurrentCalls() {
    }

    /** The results in the order of the inputs; fails when a call fails or the calls take longer than the timeout. */
    public static <I, O> List<O> run(List<I> inputs, Function<I, O> call) throws Exception {
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<O>> calls = inputs.stream()
                    .map(input -> executor.submit(() -> {
                        startGate.await();
                        return call.apply(input);
                    }))
                    .toList();
            startGate.countDown();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            List<O> results = new ArrayList<>();
            for (Future<O> result : calls) {
                results.add(result.get(deadline - System.nanoTime(), NANOSECONDS));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
