package dev.slicewise.application.service;

import dev.slicewise.application.port.in.SendChatMessageCommand;
import dev.slicewise.application.port.in.SendChatMessageUseCase;
import dev.slicewise.application.port.in.TurnOutcome;
import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.Texts;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.slicing.PrerequisiteFailure;
import dev.slicewise.domain.slicing.SlicingPrerequisites;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One turn: authenticate, check the chat, understand the intent, check the prerequisites of slicing work, let the
 * assistant answer, then charge. The charge comes after the reply exists, so a user is never charged for a reply
 * that was not produced; a refused or failed charge withholds the reply. A request that misses the prerequisites of
 * slicing work is answered with an explanation and treated as bad input: free, and not recorded as a turn.
 */
public final class SendChatMessageService implements SendChatMessageUseCase {

    private static final System.Logger LOG = System.getLogger(SendChatMessageService.class.getName());

    private final ChatRepository chats;
    private final IntentClassifier classifier;
    private final AssistantModel assistant;
    private final CreditLedger ledger;
    private final TurnRecordRepository turns;
    private final Clock clock;
    private final Pricing pricing;

    public SendChatMessageService(ChatRepository chats, IntentClassifier classifier,
                                  AssistantModel assistant, CreditLedger ledger, TurnRecordRepository turns,
                                  Clock clock, Pricing pricing) {
        this.chats = chats;
        this.classifier = classifier;
        this.assistant = assistant;
        this.ledger = ledger;
        this.turns = turns;
        this.clock = clock;
        this.pricing = pricing;
    }

    @Override
    public TurnOutcome send(UserId user, SendChatMessageCommand command, String requestId) {
        boolean unknownChat = command.chatId()
                .map(id -> chats.find(id).filter(chat -> chat.isOwnedBy(user)).isEmpty())
                .orElse(false);
        if (unknownChat) {
            return new TurnOutcome.UnknownChat();
        }
        Instant started = clock.instant();
        Classification classification = classifier.classify(command.conversation(), command.workflow());
        Optional<PrerequisiteFailure> missing = classification.intent().needsSlicingProfiles()
                ? SlicingPrerequisites.check(command.slicingProfiles(), command.plates())
                : Optional.empty();
        if (missing.isPresent()) {
            String explanation = Texts.get(command.language(), "prerequisite." + missing.get().name());
            return new TurnOutcome.Answered(AssistantReply.text(explanation, List.of()), Optional.empty());
        }
        AssistantAnswer answer = assistant.answer(new AssistantRequest(command.conversation(), command.workflow(),
                classification, command.slicingProfiles(), command.plates(), command.language()));
        AssistantReply reply = answer.reply();
        Credits cost = pricing.costOf(classification.intent());
        if (cost.isZero()) {
            record(requestId, user, command, classification, answer, Credits.NONE, started);
            return new TurnOutcome.Answered(reply, Optional.empty());
        }
        ChargeOutcome charge = ledger.charge(new ChargeRequest(user, cost, requestId));
        return switch (charge) {
            case ChargeOutcome.Charged charged -> {
                record(requestId, user, command, classification, answer, cost, started);
                yield new TurnOutcome.Answered(reply, charged.receipt());
            }
            case ChargeOutcome.Refused refused -> new TurnOutcome.CreditsRefused(refused.receipt());
            case ChargeOutcome.Unavailable unavailable -> new TurnOutcome.CreditsUnavailable(unavailable.failure());
        };
    }

    /** Keeps the analytics record. A failure here must not take an answered, charged reply from the user. */
    private void record(String requestId, UserId user, SendChatMessageCommand command, Classification classification,
                        AssistantAnswer answer, Credits charged, Instant started) {
        Instant answeredAt = clock.instant();
        TurnRecord record = new TurnRecord(requestId, user, command.chatId(), command.workflow(), classification.intent(),
                answer.reply().actions().stream().map(AgentAction::name).toList(), charged,
                Duration.between(started, answeredAt), command.language(), answeredAt, answer.provenance());
        try {
            turns.append(record);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep the turn record of an answered turn", e);
        }
    }
}
