package dev.slicewise.application.service;

import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.SessionAnswer;
import dev.slicewise.application.port.in.SessionChatCommand;
import dev.slicewise.application.port.in.SessionChatUseCase.StreamedText;
import dev.slicewise.application.port.in.SessionChatUseCase;
import dev.slicewise.application.port.out.IntentClassifier;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.application.port.out.SessionRepository;
import dev.slicewise.application.port.out.TurnRecordRepository;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import dev.slicewise.domain.session.MessageId;
import dev.slicewise.domain.session.Session;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.session.SessionSummary;
import dev.slicewise.domain.session.SessionTitles;
import dev.slicewise.domain.session.SessionTurn;
import dev.slicewise.domain.session.SessionWorkflow;
import dev.slicewise.domain.turn.Api;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.turn.TurnRecord;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One message to a kept conversation: the session's newest messages and the new one make the conversation, the turn
 * is prepared as every door prepares it ({@link TurnPreparation}) and answered by the routing; a turn that misses
 * the slicing setup is answered, free, with what is missing; attached photos of the plate are analysed as
 * {@code plate_analysis/} analyses them, at the price of a message. The message and the answer are then kept together, and
 * only then charged ({@link PaidAnswers}); a charge that does not happen takes the kept turn back, so a user never
 * finds in their history an answer they were refused. A streamed turn is the same flow with the answer pulled piece by
 * piece and handed on under the ids it will be kept under; it is a running reply of {@link ReplyStops} until it
 * completes, and a stopped one keeps and charges the text handed on so far (ADR 0017).
 */
public final class SessionChatService implements SessionChatUseCase {

    /** How many of a session's newest messages the assistant reads: a long session costs what a short one does. */
    public static final int CONTEXT_MESSAGES = 40;

    /** The provider and model of a reply stopped before its engine said who it was. */
    static final String UNFINISHED = "unfinished";

    private static final System.Logger LOG = System.getLogger(SessionChatService.class.getName());

    private final SessionRepository sessions;
    private final TurnPreparation preparation;
    private final AssistantRouting assistant;
    private final PaidAnswers paidAnswers;
    private final TurnRecordRepository turns;
    private final PlateAnalysisRouting plateAnalysis;
    private final PlateAnalysisRecords plateRecords;
    private final SessionIds ids;
    private final ReplyStops stops;
    private final Clock clock;
    private final Pricing pricing;
    private final Metrics metrics;

    public SessionChatService(SessionRepository sessions, IntentClassifier classifier, AssistantRouting assistant,
                              PaidAnswers paidAnswers, TurnRecordRepository turns, PlateAnalysisRouting plateAnalysis,
                              PlateAnalysisRecords plateRecords, SessionIds ids, ReplyStops stops, Clock clock,
                              Pricing pricing, Metrics metrics) {
        this.sessions = sessions;
        this.preparation = new TurnPreparation(classifier);
        this.assistant = assistant;
        this.paidAnswers = paidAnswers;
        this.turns = turns;
        this.plateAnalysis = plateAnalysis;
        this.plateRecords = plateRecords;
        this.ids = ids;
        this.stops = stops;
        this.clock = clock;
        this.pricing = pricing;
        this.metrics = metrics;
    }

    @Override
    public SessionChatOutcome chat(UserId owner, SessionChatCommand command, String requestId) {
        return turn(owner, command, requestId, ids.newMessageId(), new Whole());
    }

    @Override
    public SessionChatOutcome stream(UserId owner, SessionChatCommand command, String requestId,
                                     Consumer<StreamedText> text) {
        MessageId answerId = ids.newMessageId();
        try (ReplyStops.Running running = stops.start(owner, answerId)) {
            return turn(owner, command, requestId, answerId, new Streamed(text, running, command.choice()));
        }
    }

    private SessionChatOutcome turn(UserId owner, SessionChatCommand command, String requestId, MessageId answerId,
                                    Answering answering) {
        Optional<SessionSummary> existing = command.sessionId().flatMap(id -> sessions.find(owner, id));
        if (command.sessionId().isPresent() && existing.isEmpty()) {
            return new SessionChatOutcome.UnknownSession();
        }
        Instant started = clock.instant();
        List<SessionMessage> earlier = command.sessionId()
                .map(id -> sessions.latest(owner, id, CONTEXT_MESSAGES)).orElse(List.of());
        List<ChatMessage> messages = new ArrayList<>(earlier.stream().map(SessionMessage::asChatMessage).toList());
        messages.add(ChatMessage.user(command.text()));
        Optional<PartCode> lastCode = lastPartCode(earlier);
        Conversation conversation = new Conversation(messages, lastCode.flatMap(PartCode::part));
        Workflow workflow = SessionWorkflow.after(earlier);
        Facts facts = new Facts(requestId, owner, workflow, command.language().orElseGet(() ->
                LanguageDetector.detect(command.text(), languageSoFar(earlier))), started,
                command.sessionId().orElseGet(ids::newSessionId), answerId);
        answering.under(facts.sessionId(), answerId);
        CodeLanguage codeLanguage = CodeLanguage.namedIn(command.text()).or(command::codeLanguage)
                .or(() -> lastCode.map(PartCode::language)).orElse(CodeLanguage.JSCAD);
        Turn turn = command.images().isEmpty()
                ? assisted(conversation, command, codeLanguage, facts, answering)
                : analysed(conversation, command, facts, answering);
        return switch (turn) {
            case Turn.Refused refused -> refused.outcome();
            case Turn.Answered answered -> keptAndCharged(command, existing, answered, facts);
        };
    }

    /** The code of the newest part the session's answers designed from a part model, if any did. */
    private static Optional<PartCode> lastPartCode(List<SessionMessage> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Optional<PartCode> code = earlier.get(i).code().filter(written -> written.part().isPresent());
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    /**
     * The language the user wrote in so far (their newest message's), for a message too short to tell its own ("Ja",
     * "OK"); English in a new session.
     */
    private static Language languageSoFar(List<SessionMessage> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).role() == Role.USER) {
                return LanguageDetector.detect(earlier.get(i).content(), Language.EN);
            }
        }
        return Language.EN;
    }

    /** What a turn came to before it is kept: an answer, or an outcome that keeps and charges nothing. */
    private sealed interface Turn {

        /**
         * The answer, what it costs, how it is recorded once charged, and whether it only explains the slicing setup
         * the message lacks.
         */
        record Answered(AssistantReply reply, Provenance provenance, Classification classification, Credits cost,
                        Consumer<Credits> record, boolean stopped, boolean setupNeeded) implements Turn {
        }

        record Refused(SessionChatOutcome outcome) implements Turn {
        }
    }

    /**
     * What the turn is about besides its messages: who asks, under which request, in which workflow and language, and
     * the ids its answer is kept under (the session's own when it continues one).
     */
    private record Facts(String requestId, UserId owner, Workflow workflow, Language language, Instant started,
                         SessionId sessionId, MessageId answerId) {
    }

    /** How a turn gets its answers: whole, or streamed to the door as they are written. */
    private interface Answering {

        /** The ids the streamed text is handed on under. */
        void under(SessionId sessionId, MessageId answerId);

        /** The assistant's answer to a prepared turn. */
        AssistantAnswer assistant(AssistantRequest request);

        /** An answer made without the assistant (what is missing, a plate analysis), handed on as the assistant's. */
        AssistantAnswer own(AssistantAnswer answer);

        /** Whether the answer was stopped before it completed. */
        boolean stopped();
    }

    /** The whole answer at once; a failing provider is replaced by the embedded engine, invisibly. */
    private final class Whole implements Answering {

        @Override
        public void under(SessionId sessionId, MessageId answerId) {
            // nothing is handed on before the answer is whole
        }

        @Override
        public AssistantAnswer assistant(AssistantRequest request) {
            return assistant.answer(request);
        }

        @Override
        public AssistantAnswer own(AssistantAnswer answer) {
            return answer;
        }

        @Override
        public boolean stopped() {
            return false;
        }
    }

    /**
     * The answer's events pulled one by one and its text handed on, until it completes, its thread is interrupted
     * (the client went away: the cancellation is thrown on), or it is stopped (the text handed on so far is the
     * answer).
     */
    private final class Streamed implements Answering {

        private final Consumer<StreamedText> text;
        private final ReplyStops.Running running;
        private final ModelChoice choice;
        private final StringBuilder sent = new StringBuilder();
        private SessionId sessionId;
        private MessageId answerId;

        Streamed(Consumer<StreamedText> text, ReplyStops.Running running, ModelChoice choice) {
            this.text = text;
            this.running = running;
            this.choice = choice;
        }

        @Override
        public void under(SessionId sessionId, MessageId answerId) {
            this.sessionId = sessionId;
            this.answerId = answerId;
        }

        @Override
        public AssistantAnswer assistant(AssistantRequest request) {
            return pulled(() -> assistant.stream(request));
        }

        @Override
        public AssistantAnswer own(AssistantAnswer answer) {
            return pulled(() -> ReplyStream.of(answer));
        }

        @Override
        public boolean stopped() {
            return running.stopped();
        }

        private AssistantAnswer pulled(Supplier<ReplyStream> opening) {
            long started = System.nanoTime();
            try (ReplyStream stream = opening.get()) {
                AssistantAnswer whole = stream.pull(delta -> {
                    sent.append(delta);
                    text.accept(new StreamedText(sessionId, answerId, delta));
                });
                if (running.complete()) {
                    return whole;
                }
                throw new CancellationException("the reply was stopped");
            } catch (CancellationException cancelled) {
                if (!running.stopped()) {
                    throw cancelled;
                }
                Thread.interrupted();
                return new AssistantAnswer(AssistantReply.text(sent.toString(), List.of()), new Provenance(
                        UNFINISHED, choice.providerModel().orElse(UNFINISHED), 0, 0,
                        Duration.ofNanos(System.nanoTime() - started), false));
            }
        }
    }

    /** The assistant's answer, as every door's; a turn that misses the slicing setup is answered free with what. */
    private Turn assisted(Conversation conversation, SessionChatCommand command, CodeLanguage codeLanguage, Facts facts,
                          Answering answering) {
        TurnPreparation.Prepared prepared = preparation.prepare(conversation, facts.workflow(),
                command.slicingProfiles(), command.plates(), facts.language(), command.choice(), codeLanguage);
        Classification classification = prepared.classification();
        return switch (prepared) {
            case TurnPreparation.Prepared.Missing missing -> {
                AssistantAnswer answer = answering.own(new AssistantAnswer(
                        missing.missing().explained(facts.language()), Provenance.embedded(Duration.ZERO, false)));
                yield new Turn.Answered(answer.reply(), answer.provenance(), classification, Credits.NONE, charged -> {
                }, answering.stopped(), true);
            }
            case TurnPreparation.Prepared.Ready ready -> {
                AssistantAnswer answer = answering.assistant(ready.request());
                yield new Turn.Answered(answer.reply(), answer.provenance(), classification,
                        pricing.costOf(classification.intent()), charged -> turns.append(new TurnRecord(
                                facts.requestId(), facts.owner(), Optional.empty(), facts.workflow(),
                                classification.intent(), answer.reply().actions().stream().map(AgentAction::name)
                                        .toList(), charged, Duration.between(facts.started(), clock.instant()),
                                facts.language(), clock.instant(), answer.provenance(),
                                exchange(command, facts, answer.reply()))), answering.stopped(), false);
            }
        };
    }

    /** The analysis of the attached photos, as {@code plate_analysis/} makes it, at the price of a message. */
    private Turn analysed(Conversation conversation, SessionChatCommand command, Facts facts, Answering answering) {
        Classification classification = preparation.classify(conversation, facts.workflow());
        return switch (PlateAnalysisRequest.validate(command.images(), command.plates(), facts.language())) {
            case PlateAnalysisRequest.Validation.Invalid invalid ->
                    new Turn.Refused(new SessionChatOutcome.ImageRefused(invalid.refusal()));
            case PlateAnalysisRequest.Validation.Valid valid -> switch (plateAnalysis.analyse(valid.request())) {
                case PlateAnalysisResult.Refused refused ->
                        new Turn.Refused(new SessionChatOutcome.ImageRefused(refused.refusal()));
                case PlateAnalysisResult.Busy busy -> new Turn.Refused(new SessionChatOutcome.AnalysisBusy());
                case PlateAnalysisResult.Analysed analysis -> {
                    AssistantAnswer answer = answering.own(new AssistantAnswer(
                            AssistantReply.text(analysis.reply().content(), List.of()), analysis.provenance()));
                    yield new Turn.Answered(answer.reply(), answer.provenance(), classification,
                            pricing.perMessage(), charged -> plateRecords.append(
                                    new PlateAnalysisRecord(facts.requestId(), facts.owner(), Optional.empty(),
                                            analysis.reply().findings(), valid.request().images().size(),
                                            valid.request().modelCount(), charged,
                                            Duration.between(facts.started(), clock.instant()), facts.language(),
                                            clock.instant(), analysis.provenance(),
                                            exchange(command, facts, answer.reply()))), answering.stopped(), false);
                }
            };
        };
    }

    /** What the records show of a native turn: its end user, session, kept answer and texts. */
    private static Exchange exchange(SessionChatCommand command, Facts facts, AssistantReply reply) {
        return new Exchange(Api.NATIVE, command.endUser(), Optional.of(facts.sessionId()),
                Optional.of(facts.answerId()), command.text(), reply.content());
    }

    /**
     * Keeps the turn, then charges it; a charge that does not happen takes the turn back. A reply stopped before it had
     * any text is neither kept nor charged.
     */
    private SessionChatOutcome keptAndCharged(SessionChatCommand command, Optional<SessionSummary> existing,
                                              Turn.Answered answered, Facts facts) {
        Instant answeredAt = clock.instant();
        Session session = existing.map(summary -> summary.session().changedAt(answeredAt, command.context()))
                .orElseGet(() -> new Session(facts.sessionId(), facts.owner(),
                        SessionTitles.fromFirstMessage(command.text(), facts.language()), command.context(), answeredAt,
                        answeredAt));
        SessionMessage kept = new SessionMessage(facts.answerId(), session.id(), Role.ASSISTANT,
                answered.reply().content(), answered.reply().actions(), answered.reply().code(), Optional.empty(),
                answeredAt);
        SessionAnswer answer = new SessionAnswer(session, kept, answered.reply(), answered.classification(),
                answered.provenance(), answered.stopped());
        if (answered.stopped() && answered.reply().content().isBlank()) {
            counted(answered, Metrics.TurnResult.STOPPED);
            return new SessionChatOutcome.Answered(new Paid.Delivered<>(answer, Optional.empty()));
        }
        SessionMessage question = new SessionMessage(ids.newMessageId(), session.id(), Role.USER, command.text(),
                List.of(), Optional.empty(), answeredAt);
        SessionTurn turn = new SessionTurn(session, existing.isEmpty(), question, kept);
        if (!sessions.save(turn)) {
            return new SessionChatOutcome.UnknownSession();
        }
        Paid<SessionAnswer> paid = paidAnswers.deliver(facts.owner(), facts.requestId(), answered.cost(), answer,
                answered.record());
        if (!(paid instanceof Paid.Delivered<SessionAnswer>)) {
            takeBack(turn);
        }
        counted(answered, answered.setupNeeded() ? Metrics.TurnResult.SETUP_NEEDED
                : answered.stopped() && paid instanceof Paid.Delivered<SessionAnswer> ? Metrics.TurnResult.STOPPED
                : PaidAnswers.result(paid));
        return new SessionChatOutcome.Answered(paid);
    }

    /** A turn of the native API in the metrics; one that only explains the missing setup has no engine. */
    private void counted(Turn.Answered answered, Metrics.TurnResult result) {
        metrics.turn(Api.NATIVE, answered.classification().intent(),
                answered.setupNeeded() ? Optional.empty() : Optional.of(answered.provenance()), result);
    }

    private void takeBack(SessionTurn turn) {
        try {
            sessions.takeBack(turn);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not take back a turn that was not charged", e);
        }
    }
}
