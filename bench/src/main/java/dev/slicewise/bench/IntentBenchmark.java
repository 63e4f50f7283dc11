package dev.slicewise.bench;

import dev.slicewise.adapter.llm.embedded.EmbeddedIntentClassifier;
import dev.slicewise.adapter.llm.embedded.PhraseConcepts;
import dev.slicewise.adapter.llm.embedded.intent.Concepts;
import dev.slicewise.adapter.llm.embedded.intent.IntentDataset;
import dev.slicewise.adapter.llm.embedded.intent.IntentModel;
import dev.slicewise.adapter.llm.embedded.intent.IntentTokeniser;
import dev.slicewise.adapter.llm.embedded.intent.LabelledDataset;
import dev.slicewise.adapter.llm.embedded.intent.LabelledUtterance;
import dev.slicewise.adapter.llm.embedded.intent.Ranking;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Workflow;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Quality and speed of the trained intent classifier, on the fixed held-out split of the shipped dataset.
 *
 * <p>Timings are plain {@link System#nanoTime()} around each call after a warm-up of as many calls, not JMH: good
 * enough for figures in microseconds, and the baseline (normalising and tokenising the same texts) is measured in
 * the same run so that the ratio survives a busy machine better than the absolute figures do.
 */
public final class IntentBenchmark {

    private static final int WARM_TRAININGS = 3;
    private static final int WARM_UP_CALLS = 20_000;
    private static final int MEASURED_CALLS = 20_000;
    private static final int THROUGHPUT_CALLS_PER_THREAD = 40_000;

    /** Where measured results go, so that the JIT cannot drop the calls that produce them. */
    private static volatile long consumed;

    private IntentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        LabelledDataset.Split<LabelledUtterance> split = IntentDataset.load().split();
        out.printf("Intent classifier benchmark (OpenNLP maxent, GIS)%n");
        out.printf("  java %s, %d processors; dataset: %d training, %d held-out utterances%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                split.training().size(), split.heldOut().size());

        IntentModel model = timeTrainings(split.training(), out);
        HeldOutReport report = HeldOutReport.of(model, split.heldOut());
        report.print(out);
        printBaseline(report.accuracy(), split, out);
        printService(split.heldOut(), out);
        List<String> texts = split.heldOut().stream().map(LabelledUtterance::text).toList();
        timeCalls(model, texts, out);
        timeThroughput(model, texts, out);
    }

    /** The same model without the lexicon's concepts, trained and measured in the same run. */
    private static void printBaseline(double accuracy, LabelledDataset.Split<LabelledUtterance> split, PrintStream out) {
        double wordsOnly = HeldOutReport.of(IntentModel.train(split.training(), Concepts.NONE), split.heldOut())
                .accuracy();
        out.printf("%nBaseline: words only %.3f, with the phrase concepts %.3f; errors %.2f times the baseline's%n",
                wordsOnly, accuracy, (1 - accuracy) / (1 - wordsOnly));
    }

    /**
     * What the service decides on the held-out messages, each sent as a first message: the model with the option
     * labels and the phrase rules behind it ({@link EmbeddedIntentClassifier}), where an unsure message is UNCLEAR.
     */
    private static void printService(List<LabelledUtterance> heldOut, PrintStream out) {
        EmbeddedIntentClassifier classifier = new EmbeddedIntentClassifier();
        int decided = 0;
        int right = 0;
        int wrongActions = 0;
        for (LabelledUtterance utterance : heldOut) {
            Intent intent = classifier.classify(Conversation.of(ChatMessage.user(utterance.text())),
                    Workflow.QUERY_INTENT).intent();
            if (intent == Intent.UNCLEAR) {
                continue;
            }
            decided++;
            if (intent == utterance.intent()) {
                right++;
            } else if (intent.isControlAction()) {
                wrongActions++;
            }
        }
        out.printf("%nService (model, option labels, phrase rules): decides %.1f%% of messages at %.1f%% precision; "
                        + "%d wrong slicer actions (%.1f%%)%n", 100.0 * decided / heldOut.size(),
                100.0 * right / decided, wrongActions, 100.0 * wrongActions / heldOut.size());
    }

    private static IntentModel timeTrainings(List<LabelledUtterance> training, PrintStream out) {
        long start = System.nanoTime();
        IntentModel model = IntentModel.train(training, PhraseConcepts.standard());
        long cold = System.nanoTime() - start;
        long[] warm = new long[WARM_TRAININGS];
        for (int i = 0; i < warm.length; i++) {
            start = System.nanoTime();
            IntentModel.train(training, PhraseConcepts.standard());
            warm[i] = System.nanoTime() - start;
        }
        Arrays.sort(warm);
        out.printf("%nTraining: first in this JVM %d ms, then median of %d: %d ms%n",
                cold / 1_000_000, WARM_TRAININGS, warm[WARM_TRAININGS / 2] / 1_000_000);
        return model;
    }

    private static void timeCalls(IntentModel model, List<String> texts, PrintStream out) {
        long[] classify = time(texts, text -> model.rank(text).ranked().size());
        long[] tokenise = time(texts, text -> IntentTokeniser.tokens(text).size());
        out.printf("%nTime per call over %d calls after %d warm-up calls (held-out texts in turn)%n",
                MEASURED_CALLS, WARM_UP_CALLS);
        out.printf("  %-36s median %6.1f us   p99 %6.1f us%n", "classify (rank):",
                micros(percentile(classify, 50)), micros(percentile(classify, 99)));
        out.printf("  %-36s median %6.1f us   p99 %6.1f us%n", "baseline (normalise + tokenise only):",
                micros(percentile(tokenise, 50)), micros(percentile(tokenise, 99)));
        out.printf("  ratio classify / baseline: median %.1fx, p99 %.1fx%n",
                (double) percentile(classify, 50) / percentile(tokenise, 50),
                (double) percentile(classify, 99) / percentile(tokenise, 99));
    }

    /** Nanoseconds of each measured call, sorted. */
    private static long[] time(List<String> texts, ToIntFunction<String> call) {
        long sink = 0;
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            sink += call.applyAsInt(texts.get(i % texts.size()));
        }
        long[] nanos = new long[MEASURED_CALLS];
        for (int i = 0; i < MEASURED_CALLS; i++) {
            String text = texts.get(i % texts.size());
            long start = System.nanoTime();
            sink += call.applyAsInt(text);
            nanos[i] = System.nanoTime() - start;
        }
        consumed = sink;
        Arrays.sort(nanos);
        return nanos;
    }

    private static void timeThroughput(IntentModel model, List<String> texts, PrintStream out)
            throws InterruptedException, ExecutionException {
        int processors = Runtime.getRuntime().availableProcessors();
        double single = throughput(model, texts, 1);
        double parallel = throughput(model, texts, processors);
        out.printf("%nThroughput of one shared IntentModel (%d calls per thread)%n", THROUGHPUT_CALLS_PER_THREAD);
        out.printf("  1 thread: %.0f calls/s; %d threads: %.0f calls/s (x%.2f)%n",
                single, processors, parallel, parallel / single);
    }

    private static double throughput(IntentModel model, List<String> texts, int threads)
            throws InterruptedException, ExecutionException {
        Callable<Integer> work = () -> {
            int sink = 0;
            for (int i = 0; i < THROUGHPUT_CALLS_PER_THREAD; i++) {
                Ranking ranking = model.rank(texts.get(i % texts.size()));
                sink += ranking.top().intent().ordinal();
            }
            consumed = sink;
            return sink;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long start = System.nanoTime();
            List<Future<Integer>> results = pool.invokeAll(Collections.nCopies(threads, work));
            for (Future<Integer> result : results) {
                result.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return threads * (double) THROUGHPUT_CALLS_PER_THREAD / seconds;
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double micros(long nanos) {
        return nanos / 1_000.0;
    }
}
