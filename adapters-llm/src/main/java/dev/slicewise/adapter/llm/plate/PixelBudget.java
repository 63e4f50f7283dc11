package dev.slicewise.adapter.llm.plate;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The pixels that the plate analyses may hold decoded at once, shared by all of them, so that the memory of the
 * service stays bounded whatever arrives: a view takes the pixels it will decode from the budget before it is decoded
 * and gives them back once it is measured (about 30 bytes per decoded pixel are allocated while a view is measured).
 * A view waits in turn (first come, first served) at most {@code wait} for its pixels; past that its analysis gives
 * up, and the client is told to retry. Configured by {@code SLICEWISE_PLATE_PIXEL_BUDGET_MP} (megapixels, at least one
 * view decoded at the largest working size, {@link ViewDecoder#WORKING_SIDE} a side) and
 * {@code SLICEWISE_PLATE_PIXEL_WAIT_MS}.
 */
@Singleton
public final class PixelBudget {

    private static final long LARGEST_VIEW = (long) ViewDecoder.WORKING_SIDE * ViewDecoder.WORKING_SIDE;

    private final Semaphore pixels;
    private final Duration wait;

    @Inject
    public PixelBudget(@Value("${slicewise.plate.pixel-budget-mp:8}") int megapixels,
                       @Value("${slicewise.plate.pixel-wait-ms:10000}") long waitMillis) {
        long total = megapixels * 1_000_000L;
        if (total < LARGEST_VIEW || total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("SLICEWISE_PLATE_PIXEL_BUDGET_MP must be from "
                    + (LARGEST_VIEW + 999_999) / 1_000_000 + " (one view decoded at " + ViewDecoder.WORKING_SIDE + "x"
                    + ViewDecoder.WORKING_SIDE + ") to " + Integer.MAX_VALUE / 1_000_000 + ", got " + megapixels);
        }
        if (waitMillis < 0) {
            throw new IllegalArgumentException("SLICEWISE_PLATE_PIXEL_WAIT_MS must not be negative, got " + waitMillis);
        }
        this.pixels = new Semaphore((int) total, true);
        this.wait = Duration.ofMillis(waitMillis);
    }

    /** The pixels of one view, taken for as long as the lease is open; empty when they did not come free in time. */
    public Optional<Lease> take(int width, int height) {
        int count = Math.toIntExact((long) width * height);
        try {
            return pixels.tryAcquire(count, wait.toNanos(), TimeUnit.NANOSECONDS)
                    ? Optional.of(() -> pixels.release(count))
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Pixels taken from the budget; closing gives them back. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
