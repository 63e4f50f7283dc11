package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.inmemory.InMemoryPlateAnalysisRecords;
import dev.slicewise.application.inmemory.InMemoryRunningReplies;
import dev.slicewise.application.inmemory.InMemorySessionRepository;
import dev.slicewise.application.inmemory.InMemoryTurnRecordRepository;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.SessionAnswer;
import dev.slicewise.application.port.in.SessionChatCommand;
import dev.slicewise.application.port.in.SessionChatUseCase.SessionChatOutcome;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.cad.PartDesign;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.Pricing;
import dev.slicewise.domain.session.SessionId;
import dev.slicewise.domain.session.SessionMessage;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A session that designs parts: the code of a designed part is kept with the answer, the session's newest part goes to
 * the assistant with the next turn's conversation, and the code language is the one the message names, else the
 * request's, else the last part's.
 */
class SessionDesignTest {

    private static final UserId KEY = new UserId("key_design");

    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final List<AssistantRequest> requests = new ArrayList<>();
    /** An assistant that designs the session's last part one millimetre thicker, or a new gear. */
    private final SessionChatService service = new SessionChatService(sessions,
            (conversation, workflow) -> new Classification(Intent.GENERATE_MODEL, 0.9),
            new AssistantRouting(request -> {
                requests.add(request);
                Part part = request.conversation().lastPart()
                        .map(last -> ((PartDesign.Designed) last.with("thickness", last.value("thickness") + 1)).part())
                        .orElseGet(() -> Part.defaults(PartFamily.SPUR_GEAR));
                return ReplyStream.of(new AssistantAnswer(new AssistantReply("A gear.", List.of(), Optional.empty(),
                        List.of(), Optional.of(PartCode.of(part, request.codeLanguage()))),
                        Provenance.embedded(Duration.ZERO, false)));
            }, (written, request) -> written, Optional.empty(), 0.75, new InMemoryMetrics()),
            new PaidAnswers(request -> new ChargeOutcome.Charged(Optional.empty()), new InMemoryMetrics()),
            new InMemoryTurnRecordRepository(), new PlateAnalysisRouting(request -> {
                throw new AssertionError("no photo was attached");
            }, Optional.empty(), new InMemoryMetrics()), new InMemoryPlateAnalysisRecords(), new SessionIds(),
            new ReplyStops(new InMemoryRunningReplies(), sessions, Clock.systemUTC()),
            Clock.fixed(Instant.parse("2026-12-07T10:30:00Z"), ZoneOffset.UTC), Pricing.flat(new Credits(1)),
            new InMemoryMetrics());

    private SessionAnswer send(String text, Optional<SessionId> session, Optional<CodeLanguage> codeLanguage) {
        SessionChatCommand command = new SessionChatCommand(text, session, Optional.empty(), ModelChoice.ROUTED,
                Optional.of(Language.EN), Optional.empty(), Optional.empty(), List.of(), List.of(), codeLanguage);
        SessionChatOutcome outcome = service.chat(KEY, command, "request-" + requests.size());
        return ((Paid.Delivered<SessionAnswer>) ((SessionChatOutcome.Answered) outcome).answer()).answer();
    }

    @Test
    void theDesignedPart_isKeptWithItsAnswer_andGoesToTheNextTurn_inItsCodeLanguage() {
        SessionAnswer first = send("design a gear", Optional.empty(), Optional.of(CodeLanguage.OPENSCAD));
        SessionId session = first.session().id();

        SessionAnswer second = send("thicker", Optional.of(session), Optional.empty());

        SessionMessage kept = sessions.history(KEY, session, 0, 10).orElseThrow().messages().get(1);
        assertEquals(first.reply().code(), kept.code());
        assertEquals(first.reply().code().flatMap(PartCode::part), requests.get(1).conversation().lastPart());
        assertEquals(CodeLanguage.OPENSCAD, requests.get(1).codeLanguage(), "the session keeps the last part's");
        assertEquals(Optional.of(9.0), second.reply().code().flatMap(PartCode::part)
                .map(part -> part.value("thickness")));
        assertEquals(Optional.empty(), requests.getFirst().conversation().lastPart());
    }

    @Test
    void aLanguageTheMessageNames_winsOverTheRequests() {
        send("design a gear in JSCAD", Optional.empty(), Optional.of(CodeLanguage.OPENSCAD));
        send("design a gear", Optional.empty(), Optional.empty());

        assertEquals(List.of(CodeLanguage.JSCAD, CodeLanguage.JSCAD),
                requests.stream().map(AssistantRequest::codeLanguage).toList());
    }
}
