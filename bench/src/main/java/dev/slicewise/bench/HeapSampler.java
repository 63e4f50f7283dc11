package dev.slicewise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The used heap of a JVM, from {@code jstat -gc <pid> <every ms>}: the sum of the used columns (survivors, eden, old),
 * at its highest since the start or the last {@link #reset()}. The benchmarks that watch the service's heap use it.
 */
final class HeapSampler {

    private final Process jstat;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread reader;

    private HeapSampler(Process jstat) {
        this.jstat = jstat;
        this.reader = Thread.ofPlatform().daemon().start(this::read);
    }

    static HeapSampler start(String pid, int everyMillis) throws IOException {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        return new HeapSampler(new ProcessBuilder(jstat.toString(), "-gc", pid, String.valueOf(everyMillis))
                .redirectErrorStream(true).start());
    }

    /** Reads jstat's lines until it is stopped (its stream then closes under the reader, which ends here). */
    private void read() {
        try (var lines = jstat.inputReader().lines()) {
            List<String> header = new ArrayList<>();
            lines.forEach(line -> {
                List<String> columns = Arrays.asList(line.strip().split("\\s+"));
                if (columns.contains("EU")) {
                    header.clear();
                    header.addAll(columns);
                } else if (!header.isEmpty() && columns.size() == header.size()) {
                    double used = 0;
                    for (String name : List.of("S0U", "S1U", "EU", "OU")) {
                        used += Double.parseDouble(columns.get(header.indexOf(name)));
                    }
                    peakKb.accumulateAndGet((long) used, Math::max);
                }
            });
        } catch (UncheckedIOException stopped) {
            // jstat was stopped: nothing more to read
        }
    }

    void reset() {
        peakKb.set(0);
    }

    /** Stops jstat and waits for the last line read. */
    void stop() throws InterruptedException {
        jstat.destroy();
        reader.join(2000);
    }

    double peakMb() {
        return peakKb.get() / 1024.0;
    }
}
