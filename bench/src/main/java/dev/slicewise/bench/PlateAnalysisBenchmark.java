package dev.slicewise.bench;

import dev.slicewise.adapter.llm.plate.EmbeddedPlateAnalyser;
import dev.slicewise.adapter.llm.plate.PixelBudget;
import dev.slicewise.adapter.llm.plate.PlateRenders;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Time of the embedded plate analysis for the reference client's request: four 512x512 JPEG views (three from above,
 * one from below), from reading the data URIs to the written reply, one thread. Plain {@link System#nanoTime()} after
 * a warm-up, not JMH: the figures are in milliseconds. Each rendered test plate is measured, since the work grows with
 * the models' share of the views. The baseline, measured in the same run, is {@code javax.imageio} decoding the same
 * four files alone: what any engine pays before it looks at a pixel.
 */
public final class PlateAnalysisBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    /** Where results go, so that the JIT cannot drop the calls that produce them. */
    private static volatile int consumed;

    private PlateAnalysisBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        EmbeddedPlateAnalyser analyser = new EmbeddedPlateAnalyser(new PixelBudget(8, 10_000));
        List<Plate> plates = List.of(new Plate(Optional.empty(), 0, Optional.empty(),
                List.of(new ModelObject("1", "model.stl", OptionalInt.empty()))));
        out.printf("Plate analysis benchmark: four 512x512 JPEG views per request, one thread%n");
        out.printf("  java %s, %d processors; %d warm-up and %d measured analyses per plate%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), WARM_UP, MEASURED);
        out.printf("  %-18s %8s %9s %9s %9s %9s %15s%n", "plate", "kB sent", "median", "p90", "p99", "max",
                "decode median");
        for (PlateRenders.Shape shape : PlateRenders.Shape.values()) {
            List<String> views = shape.jpegDataUris();
            int kilobytes = views.stream().mapToInt(String::length).sum() / 1024;
            PlateAnalysisRequest request = ((PlateAnalysisRequest.Validation.Valid)
                    PlateAnalysisRequest.validate(views, plates, Language.EN)).request();
            for (int i = 0; i < WARM_UP; i++) {
                consume(analyser.analyse(request));
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                PlateAnalysisRequest fresh = ((PlateAnalysisRequest.Validation.Valid)
                        PlateAnalysisRequest.validate(views, plates, Language.EN)).request();
                consume(analyser.analyse(fresh));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            long[] decoding = decodingTimes(views);
            out.printf("  %-18s %8d %7.1f ms %6.1f ms %6.1f ms %6.1f ms %12.1f ms%n", shape, kilobytes,
                    millis(nanos, 0.5), millis(nanos, 0.9), millis(nanos, 0.99), nanos[MEASURED - 1] / 1e6,
                    millis(decoding, 0.5));
        }
        out.printf("(consumed %d)%n", consumed);
    }

    /** The time to decode the four files with {@code ImageIO.read}, per request, sorted. */
    private static long[] decodingTimes(List<String> views) {
        List<byte[]> files = views.stream()
                .map(uri -> Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))).toList();
        long[] nanos = new long[MEASURED];
        for (int i = -WARM_UP; i < MEASURED; i++) {
            long start = System.nanoTime();
            for (byte[] file : files) {
                try {
                    consumed += ImageIO.read(new ByteArrayInputStream(file)).getWidth();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void consume(PlateAnalysisResult result) {
        consumed += result instanceof PlateAnalysisResult.Analysed analysed ? analysed.reply().content().length() : 1;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }
}
