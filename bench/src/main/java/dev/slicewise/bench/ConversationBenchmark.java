package dev.slicewise.bench;

import dev.slicewise.adapter.llm.embedded.EmbeddedAssistantModel;
import dev.slicewise.adapter.llm.embedded.EmbeddedIntentClassifier;
import dev.slicewise.adapter.llm.embedded.Fixtures;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.summary.ConversationSummary;
import dev.slicewise.domain.troubleshooting.Troubleshooting;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The per-request cost of the embedded engine (classification and reply, the summary included) as a print
 * troubleshooting conversation grows to 4, 40 and 400 messages, with the 4-message conversation as the baseline;
 * then the cost of a settings request of one message (goals in words, values, no goal, a material named) on the real
 * Elegoo presets.
 *
 * <p>Each conversation is produced by the engine itself, the way the reference client holds one: a canned assistant
 * greeting, a reported problem, the restatement, troubleshooting confirmed, the first question; then settings and
 * general questions asked aside (each answered, with the troubleshooting question asked again); the measured request
 * is its last user message, which answers the open question. Timings are {@link System#nanoTime()} around each
 * request after a warm-up, not JMH: enough for the ratio between lengths, which is the figure that matters.
 */
public final class ConversationBenchmark {

    private static final int[] SIZES = {4, 40, 400};
    private static final int WARM_UP_CALLS = 300;
    private static final int MEASURED_CALLS = 500;
    private static final List<String> ASIDES = List.of("what is my layer height?", "what causes stringing?");
    /** Settings requests, each the only user message of its conversation: goals in words, values, no goal. */
    private static final List<String> SETTINGS_REQUESTS = List.of("make it stronger", "I need it done sooner",
            "which settings should I use for this model?", "infill 40% and 3 walls", "这个支架要做得耐摔一些",
            "spar Material, es ist nur Deko", "tune everything for the PETG I'm about to print",
            "quiero la superficie más lisa posible");

    private static final SlicingProfiles PROFILES = new SlicingProfiles(
            List.of(new Preset("Elegoo PLA @ECC", true, Map.of(
                    "filament_type", new ConfigValue.PerExtruder(List.of("PLA")),
                    "nozzle_temperature", new ConfigValue.PerExtruder(List.of("210")),
                    "filament_retraction_length", new ConfigValue.PerExtruder(List.of("0.8"))))),
            List.of(new Preset("0.20mm Standard @Elegoo CC 0.4 nozzle", true, Map.of(
                    "layer_height", new ConfigValue.Scalar("0.2"),
                    "sparse_infill_density", new ConfigValue.Scalar("15%")))),
            Map.of(), Map.of());
    private static final List<Plate> PLATES = List.of(new Plate(Optional.empty(), 0, Optional.empty(),
            List.of(new ModelObject("1", "benchy.stl", OptionalInt.of(1)))));

    /** Where measured results go, so that the JIT cannot drop the calls that produce them. */
    private static volatile long consumed;

    private final EmbeddedIntentClassifier classifier = new EmbeddedIntentClassifier();
    private final EmbeddedAssistantModel model = new EmbeddedAssistantModel();

    private ConversationBenchmark() {
    }

    public static void main(String[] args) {
        new ConversationBenchmark().run(System.out);
    }

    private void run(PrintStream out) {
        out.printf("Embedded engine, per request, by conversation length (print troubleshooting)%n");
        out.printf("  java %s, %d processors; %d warm-up and %d measured requests per length%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), WARM_UP_CALLS, MEASURED_CALLS);
        out.printf("  %-9s %-9s %-26s %-26s %s%n", "messages", "user msgs", "request (classify+reply)",
                "of which summary", "ratio to 4 (median)");
        double baseline = 0;
        for (int size : SIZES) {
            Conversation conversation = conversation(size);
            long[] request = time(() -> reply(conversation).content().length());
            long[] summary = time(() -> ConversationSummary.of(conversation, Optional.of(PROFILES)).recent().size());
            double median = micros(percentile(request, 50));
            if (baseline == 0) {
                baseline = median;
            }
            out.printf("  %-9d %-9d median %7.1f us p99 %7.1f   median %7.1f us p99 %7.1f   %.2fx%n", size,
                    conversation.userMessageCount(), median, micros(percentile(request, 99)),
                    micros(percentile(summary, 50)), micros(percentile(summary, 99)), median / baseline);
        }
        SlicingProfiles elegoo = Fixtures.standardPla();
        out.printf("%n  settings requests of one message on the real Elegoo presets (classify+reply), the messages in "
                + "turn%n");
        List<Conversation> requests = SETTINGS_REQUESTS.stream()
                .map(text -> Conversation.of(ChatMessage.user(text))).toList();
        int rounds = MEASURED_CALLS;
        long[][] nanos = new long[requests.size()][rounds];
        for (int round = -WARM_UP_CALLS; round < rounds; round++) {
            for (int i = 0; i < requests.size(); i++) {
                long start = System.nanoTime();
                consumed += reply(requests.get(i), Workflow.QUERY_INTENT, elegoo).content().length();
                if (round >= 0) {
                    nanos[i][round] = System.nanoTime() - start;
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < requests.size(); i++) {
            Arrays.sort(nanos[i]);
            sum += micros(percentile(nanos[i], 50));
            out.printf("  median %7.1f us p99 %8.1f  %s%n", micros(percentile(nanos[i], 50)),
                    micros(percentile(nanos[i], 99)), SETTINGS_REQUESTS.get(i));
        }
        out.printf("  mean of the medians %7.1f us%n", sum / requests.size());
    }

    /** A conversation of exactly {@code size} messages (4 or more, even), the last one the user's. */
    private Conversation conversation(int size) {
        List<ChatMessage> messages = new ArrayList<>(List.of(
                ChatMessage.assistant("Hi! I'm your printing assistant. How can I help?"),
                ChatMessage.user("my print is stringing")));
        messages.add(ChatMessage.assistant(reply(new Conversation(messages), Workflow.QUERY_INTENT).content()));
        messages.add(ChatMessage.user("Troubleshoot settings in current project"));
        for (int aside = 0; messages.size() < size; aside++) {
            AssistantReply reply = reply(new Conversation(messages));
            if (!reply.actions().contains(AgentAction.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW))) {
                throw new IllegalStateException("the conversation left the troubleshooting: " + reply);
            }
            messages.add(ChatMessage.assistant(reply.content()));
            messages.add(ChatMessage.user(messages.size() + 1 == size ? "yes" : ASIDES.get(aside % ASIDES.size())));
        }
        return new Conversation(messages);
    }

    private AssistantReply reply(Conversation conversation) {
        return reply(conversation, Workflow.PRINT_TROUBLESHOOTING);
    }

    private AssistantReply reply(Conversation conversation, Workflow workflow) {
        return reply(conversation, workflow, PROFILES);
    }

    private AssistantReply reply(Conversation conversation, Workflow workflow, SlicingProfiles profiles) {
        Classification classification = classifier.classify(conversation, workflow);
        return model.reply(new AssistantRequest(conversation, workflow, classification, Optional.of(profiles), PLATES,
                Language.EN, Troubleshooting.standard().stepFor(conversation, workflow, classification.intent(),
                Optional.of(profiles))));
    }

    private static long[] time(Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            consumed += call.get();
        }
        long[] nanos = new long[MEASURED_CALLS];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            consumed += call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private static double micros(long nanos) {
        return nanos / 1_000.0;
    }
}
