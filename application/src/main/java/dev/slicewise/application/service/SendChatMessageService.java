package dev.slicewise.application.service;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.SendChatMessageCommand;
import dev.slicewise.application.port.in.SendChatMessageUseCase;
import dev.slicewise.application.port.in.TurnOutcome;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.cad.SlicerChatDesign;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One turn of a conversation the client keeps: check the chat, prepare the turn as every door does
 * ({@link TurnPreparation}), let the assistant answer, then deliver the answer as every paid answer is ({@link PaidAnswers}: charged once it exists, recorded once
 * charged). A request that misses the prerequisites of slicing work ends as {@link TurnOutcome.NeedsSlicingSetup}:
 * the door explains what is missing; nothing is answered, charged or recorded. A design request is answered in words
 * ({@link SlicerChatDesign}): the slicer's chat has no field for code and cannot take a new model onto the plate.
 */
public final class SendChatMessageService implements SendChatMessageUseCase {

    private final ChatRepository chats;
    private final TurnPreparation preparation;
    private final AssistantRouting assistant;
    private final PaidAnswers paidAnswers;
    private final TurnRecordRepository turns;
    private final Clock clock;
    private final Pricing pricing;
    private final Metrics metrics;

    public SendChatMessageService(ChatRepository chats, IntentClassifier classifier, AssistantRouting assistant,
                                  PaidAnswers paidAnswers, TurnRecordRepository turns, Clock clock, Pricing pricing,
                                  Metrics metrics) {
        this.chats = chats;
        this.preparation = new TurnPreparation(classifier);
        this.assistant = assistant;
        this.paidAnswers = paidAnswers;
        this.turns = turns;
        this.clock = clock;
        this.pricing = pricing;
        this.metrics = metrics;
    }

    @Override
    public TurnOutcome send(UserId user, SendChatMessageCommand command, String requestId) {
        return turn(user, command, requestId,
                request -> designs(request) ? declined(request) : assistant.answer(request));
    }

    @Override
    public TurnOutcome stream(UserId user, SendChatMessageCommand command, String requestId, Consumer<String> text) {
        return turn(user, command, requestId, request -> streamed(request, text));
    }

    private TurnOutcome turn(UserId user, SendChatMessageCommand command, String requestId,
                             Function<AssistantRequest, AssistantAnswer> answering) {
        boolean unknownChat = command.chatId()
                .map(id -> chats.find(id).filter(chat -> chat.isOwnedBy(user)).isEmpty())
                .orElse(false);
        if (unknownChat) {
            return new TurnOutcome.UnknownChat();
        }
        Instant started = clock.instant();
        TurnPreparation.Prepared prepared = preparation.prepare(command.conversation(), command.workflow(),
                command.slicingProfiles(), command.plates(), command.language(), ModelChoice.ROUTED);
        return switch (prepared) {
            case TurnPreparation.Prepared.Missing missing -> {
                metrics.turn(command.api(), missing.classification().intent(), Optional.empty(),
                        Metrics.TurnResult.SETUP_NEEDED);
                yield new TurnOutcome.NeedsSlicingSetup(missing.missing());
            }
            case TurnPreparation.Prepared.Ready ready -> {
                AssistantAnswer answer = answering.apply(ready.request());
                Classification classification = ready.classification();
                Paid<AssistantReply> paid = paidAnswers.deliver(user, requestId,
                        pricing.costOf(classification.intent()), answer.reply(), charged -> turns.append(
                                record(requestId, user, command, classification, answer, charged, started)));
                metrics.turn(command.api(), classification.intent(), Optional.of(answer.provenance()),
                        PaidAnswers.result(paid));
                yield new TurnOutcome.Answered(paid, answer.provenance());
            }
        };
    }

    /** The events pulled one by one, the text handed on, until the answer is complete or the thread interrupted. */
    private AssistantAnswer streamed(AssistantRequest request, Consumer<String> text) {
        try (ReplyStream stream = designs(request) ? ReplyStream.of(declined(request)) : assistant.stream(request)) {
            return stream.pull(text);
        }
    }

    /** Whether the turn asks for a part to be designed, which the slicer's chat cannot receive. */
    private static boolean designs(AssistantRequest request) {
        return request.classification().intent() == Intent.GENERATE_MODEL;
    }

    /**
     * The answer to a design request, in the language of the user's message: in words, where to design parts instead
     * ({@link SlicerChatDesign}).
     */
    private static AssistantAnswer declined(AssistantRequest request) {
        Language language = LanguageDetector.detect(request.conversation().latestUserText().orElse(""),
                request.language());
        return new AssistantAnswer(SlicerChatDesign.declined(language),
                Provenance.embedded(Duration.ZERO, false));
    }

    private TurnRecord record(String requestId, UserId user, SendChatMessageCommand command,
                              Classification classification, AssistantAnswer answer, Credits charged,
                              Instant started) {
        Instant answeredAt = clock.instant();
        return new TurnRecord(requestId, user, command.chatId(), command.workflow(), classification.intent(),
                answer.reply().actions().stream().map(AgentAction::name).toList(), charged,
                Duration.between(started, answeredAt), command.language(), answeredAt, answer.provenance(),
                new Exchange(command.api(), Optional.empty(), Optional.empty(), Optional.empty(),
                        command.conversation().latestUserText().orElse(""), answer.reply().content()));
    }
}
