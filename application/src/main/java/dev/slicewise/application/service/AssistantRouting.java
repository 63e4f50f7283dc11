package dev.slicewise.application.service;

import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.AssistantUnavailable;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.application.port.out.TroubleshootingWording;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.assistant.ReplyEvent;
import dev.slicewise.domain.conversation.Workflow;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which engine answers a turn, and what happens when it fails:
 * <ol>
 *   <li>the embedded engine, when no model provider is configured or the caller asked for it, and for a slicer,
 *       printer, filament or UI command the classifier recognised (it reports nothing it is unsure of as such: that
 *       is {@code unclear});</li>
 *   <li>the embedded engine too when the classifier is surer of the intent than the fallback threshold and the
 *       engine's answer is more than a question back (options to choose from, nothing recommended), unless the
 *       caller asked for a provider model: the intent-model-first routing of the native API, the same for every
 *       door (a threshold of 1 leaves every turn but commands to the providers); a design turn
 *       ({@link Intent#GENERATE_MODEL}) only when the engine designed the part (one of its families, its reply
 *       carries code), otherwise a model writes it;</li>
 *   <li>otherwise the providers; a reply of actions only (models often call tools without a word) gets the embedded
 *       engine's sentence for its first command, so the user sees what happens, and a reply to a troubleshooting turn
 *       is kept to the step the domain decided ({@link TroubleshootingWording}); text added that way is streamed
 *       before the completed answer;</li>
 *   <li>when the providers fail while nothing of their answer has reached anyone, the embedded engine answers, and
 *       the provenance says that the turn fell back. A failure after text was streamed to a client fails the turn.</li>
 * </ol>
 */
public final class AssistantRouting {

    private static final System.Logger LOG = System.getLogger(AssistantRouting.class.getName());

    private final AssistantModel embedded;
    private final TroubleshootingWording troubleshooting;
    private final Optional<AssistantModel> providers;
    private final double fallbackThreshold;
    private final Metrics metrics;

    /**
     * @param fallbackThreshold the classifier's confidence above which the embedded engine answers an intent it
     *                          understood, 0 to 1
     */
    public AssistantRouting(AssistantModel embedded, TroubleshootingWording troubleshooting,
                            Optional<AssistantModel> providers, double fallbackThreshold, Metrics metrics) {
        if (!(fallbackThreshold >= 0 && fallbackThreshold <= 1)) {
            throw new IllegalArgumentException("the fallback threshold must be from 0 to 1");
        }
        this.embedded = embedded;
        this.troubleshooting = troubleshooting;
        this.providers = providers;
        this.fallbackThreshold = fallbackThreshold;
        this.metrics = metrics;
    }

    /** The answer as it is produced, for a door that shows it while it is written. */
    public ReplyStream stream(AssistantRequest request) {
        Classification classification = request.classification();
        if (providers.isEmpty() || request.choice().embedded() || classification.intent().isControlAction()) {
            return embedded.stream(request);
        }
        if (request.choice().providerModel().isEmpty() && classification.intent() != Intent.UNCLEAR
                && classification.confidence() > fallbackThreshold) {
            AssistantAnswer own = embedded.answer(request);
            boolean designed = classification.intent() != Intent.GENERATE_MODEL || own.reply().code().isPresent();
            if (request.troubleshooting().isPresent() || (!own.reply().asksToClarify() && designed)) {
                return ReplyStream.of(own);
            }
        }
        long started = System.nanoTime();
        try {
            return new Kept(providers.get().stream(request), request);
        } catch (AssistantUnavailable failure) {
            return ReplyStream.of(fallback(request, started, failure));
        }
    }

    /** The whole answer, for a door that shows it at once: the providers' failure at any point is invisible. */
    public AssistantAnswer answer(AssistantRequest request) {
        long started = System.nanoTime();
        try (ReplyStream stream = stream(request)) {
            return stream.collect();
        } catch (AssistantUnavailable failure) {
            return fallback(request, started, failure);
        }
    }

    private AssistantAnswer fallback(AssistantRequest request, long started, AssistantUnavailable failure) {
        LOG.log(System.Logger.Level.WARNING, "The model providers gave no answer ({0}); the embedded engine answers",
                failure.getMessage());
        metrics.fallback(Metrics.Fallback.ASSISTANT);
        AssistantReply reply = embedded.answer(request).reply();
        return new AssistantAnswer(reply, Provenance.embedded(Duration.ofNanos(System.nanoTime() - started), true));
    }

    /** The embedded engine's sentence for the first slicer, printer, filament or UI command of a reply. */
    private Optional<String> words(AssistantReply reply, AssistantRequest request) {
        return reply.actions().stream()
                .flatMap(action -> Arrays.stream(Intent.values()).filter(intent -> intent.isControlAction()
                        && intent.action().equals(Optional.of(action.name()))))
                .findFirst()
                .map(intent -> embedded.answer(new AssistantRequest(request.conversation(), Workflow.QUERY_INTENT,
                        new Classification(intent, 1), request.slicingProfiles(), request.plates(),
                        request.language(), Optional.empty())).reply().content());
    }

    /** A provider's reply as the user gets it: worded when it has actions only, kept to the troubleshooting step. */
    private AssistantReply kept(AssistantReply reply, AssistantRequest request) {
        AssistantReply worded = reply.content().isBlank()
                ? words(reply, request).map(words -> new AssistantReply(words, reply.actions(), reply.recommendation(),
                        reply.explanations(), reply.code())).orElse(reply)
                : reply;
        return troubleshooting.keptToStep(worded, request);
    }

    /**
     * A provider's stream whose completed reply is {@link #kept}; text the reply gained at the end is streamed before
     * the completed answer.
     */
    private final class Kept implements ReplyStream {

        private final ReplyStream stream;
        private final AssistantRequest request;
        private final StringBuilder streamed = new StringBuilder();
        private ReplyEvent.Completed completed;

        Kept(ReplyStream stream, AssistantRequest request) {
            this.stream = stream;
            this.request = request;
        }

        @Override
        public ReplyEvent next() {
            if (completed != null) {
                ReplyEvent last = completed;
                completed = null;
                return last;
            }
            ReplyEvent event = stream.next();
            switch (event) {
                case ReplyEvent.TextDelta delta -> {
                    streamed.append(delta.text());
                    return delta;
                }
                case ReplyEvent.Completed(AssistantAnswer answer) -> {
                    AssistantReply reply = kept(answer.reply(), request);
                    ReplyEvent.Completed whole = new ReplyEvent.Completed(new AssistantAnswer(reply,
                            answer.provenance()));
                    String added = reply.content().startsWith(streamed.toString())
                            ? reply.content().substring(streamed.length()) : "";
                    if (added.isEmpty()) {
                        return whole;
                    }
                    completed = whole;
                    return new ReplyEvent.TextDelta(added);
                }
            }
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
