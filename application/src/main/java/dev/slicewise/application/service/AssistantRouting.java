package dev.slicewise.application.service;

import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.AssistantUnavailable;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.assistant.ReplyEvent;
import dev.slicewise.domain.conversation.Workflow;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * Which engine answers a turn, and what happens when it fails:
 * <ol>
 *   <li>the embedded engine, when no model provider is configured, and for a slicer, printer, filament or UI command
 *       the classifier recognised (it reports nothing it is unsure of as such: that is {@code unclear});</li>
 *   <li>otherwise the providers; a reply of actions only (models often call tools without a word) gets the embedded
 *       engine's sentence for its first command, so the user sees what happens;</li>
 *   <li>when the providers fail while nothing of their answer has reached anyone, the embedded engine answers, and
 *       the provenance says that the turn fell back. A failure after text was streamed to a client fails the turn.</li>
 * </ol>
 */
public final class AssistantRouting {

    private static final System.Logger LOG = System.getLogger(AssistantRouting.class.getName());

    private final AssistantModel embedded;
    private final Optional<AssistantModel> providers;

    public AssistantRouting(AssistantModel embedded, Optional<AssistantModel> providers) {
        this.embedded = embedded;
        this.providers = providers;
    }

    /** The answer as it is produced, for a door that shows it while it is written. */
    public ReplyStream stream(AssistantRequest request) {
        if (providers.isEmpty() || request.classification().intent().isControlAction()) {
            return embedded.stream(request);
        }
        long started = System.nanoTime();
        try {
            return new Worded(providers.get().stream(request), request);
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
                        request.language())).reply().content());
    }

    /** A provider's stream whose reply of actions only is worded, the words streamed before the completed answer. */
    private final class Worded implements ReplyStream {

        private final ReplyStream stream;
        private final AssistantRequest request;
        private final Deque<ReplyEvent> pending = new ArrayDeque<>();

        Worded(ReplyStream stream, AssistantRequest request) {
            this.stream = stream;
            this.request = request;
        }

        @Override
        public ReplyEvent next() {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            ReplyEvent event = stream.next();
            if (!(event instanceof ReplyEvent.Completed(AssistantAnswer answer))
                    || !answer.reply().content().isBlank()) {
                return event;
            }
            Optional<String> words = words(answer.reply(), request).filter(text -> !text.isBlank());
            if (words.isEmpty()) {
                return event;
            }
            AssistantReply reply = answer.reply();
            pending.add(new ReplyEvent.Completed(new AssistantAnswer(new AssistantReply(words.get(), reply.actions(),
                    reply.recommendation(), reply.explanations()), answer.provenance())));
            return new ReplyEvent.TextDelta(words.get());
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
