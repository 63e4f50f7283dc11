package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.SessionAnswer;
import dev.slicewise.application.port.in.SessionChatCommand;
import dev.slicewise.application.port.in.SessionChatUseCase;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTitles;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.session.SessionWorkflow;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One message to a kept conversation: the session's newest messages and the new one make the conversation, the turn
 * is prepared as every door prepares it ({@link TurnPreparation}) and answered by the routing; a turn that misses
 * the slicing setup is answered, free, with what is missing. The message and the answer are then kept together, and
 * only then charged ({@link PaidAnswers}); a charge that does not happen takes the kept turn back, so a user never
 * finds in their history an answer they were refused.
 */
public final class SessionChatService implements SessionChatUseCase {

    /** How many of a session's newest messages the assistant reads: a long session costs what a short one does. */
    public static final int CONTEXT_MESSAGES = 40;

    private static final System.Logger LOG = System.getLogger(SessionChatService.class.getName());

    private final SessionRepository sessions;
    private final TurnPreparation preparation;
    private final AssistantRouting assistant;
    private final PaidAnswers paidAnswers;
    private final TurnRecordRepository turns;
    private final Clock clock;
    private final Pricing pricing;

    public SessionChatService(SessionRepository sessions, IntentClassifier classifier, AssistantRouting assistant,
                              PaidAnswers paidAnswers, TurnRecordRepository turns, Clock clock,
                              Pricing pricing) {
        this.sessions = sessions;
        this.preparation = new TurnPreparation(classifier);
        this.assistant = assistant;
        this.paidAnswers = paidAnswers;
        this.turns = turns;
        this.clock = clock;
        this.pricing = pricing;
    }

    @Override
    public SessionChatOutcome chat(UserId owner, SessionChatCommand command, String requestId) {
        Optional<SessionSummary> existing = command.sessionId().flatMap(id -> sessions.find(owner, id));
        if (command.sessionId().isPresent() && existing.isEmpty()) {
            return new SessionChatOutcome.UnknownSession();
        }
        Instant started = clock.instant();
        List<SessionMessage> earlier = command.sessionId()
                .map(id -> sessions.latest(owner, id, CONTEXT_MESSAGES)).orElse(List.of());
        List<ChatMessage> messages = new ArrayList<>(earlier.stream().map(SessionMessage::asChatMessage).toList());
        messages.add(ChatMessage.user(command.text()));
        Conversation conversation = new Conversation(messages);
        Workflow workflow = SessionWorkflow.after(earlier);
        Language language = command.language().orElseGet(() -> LanguageDetector.detect(command.text(), Language.EN));

        TurnPreparation.Prepared prepared = preparation.prepare(conversation, workflow, command.slicingProfiles(),
                command.plates(), language, command.choice());
        AssistantAnswer answer = switch (prepared) {
            case TurnPreparation.Prepared.Ready ready -> assistant.answer(ready.request());
            case TurnPreparation.Prepared.Missing missing -> new AssistantAnswer(
                    missing.missing().explained(language), Provenance.embedded(Duration.ZERO, false));
        };
        Classification classification = prepared.classification();
        Credits cost = prepared instanceof TurnPreparation.Prepared.Ready
                ? pricing.costOf(classification.intent()) : Credits.NONE;

        Instant answeredAt = clock.instant();
        Session session = existing.map(summary -> summary.session().changedAt(answeredAt, command.context()))
                .orElseGet(() -> new Session(SessionId.random(), owner, SessionTitles.title(command.text(), language),
                        command.context(), answeredAt, answeredAt));
        SessionMessage question = new SessionMessage(MessageId.random(), session.id(), Role.USER, command.text(),
                List.of(), Optional.empty(), answeredAt);
        SessionMessage kept = new SessionMessage(MessageId.random(), session.id(), Role.ASSISTANT,
                answer.reply().content(), answer.reply().actions(), Optional.empty(), answeredAt);
        SessionTurn turn = new SessionTurn(session, existing.isEmpty(), question, kept);
        if (!sessions.save(turn)) {
            return new SessionChatOutcome.UnknownSession();
        }
        Paid<SessionAnswer> paid = paidAnswers.deliver(owner, requestId, cost,
                new SessionAnswer(session, kept, answer.reply(), classification, answer.provenance()),
                charged -> turns.append(new TurnRecord(requestId, owner, Optional.empty(), workflow,
                        classification.intent(), answer.reply().actions().stream().map(AgentAction::name).toList(),
                        charged, Duration.between(started, answeredAt), language, answeredAt,
                        answer.provenance())));
        if (!(paid instanceof Paid.Delivered<SessionAnswer>)) {
            takeBack(turn);
        }
        return new SessionChatOutcome.Answered(paid);
    }

    private void takeBack(SessionTurn turn) {
        try {
            sessions.takeBack(turn);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not take back a turn that was not charged", e);
        }
    }
}
