package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryChatRepository;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.inmemory.InMemoryPlateAnalysisRecords;
import dev.slicewise.application.port.in.AnalysePlateCommand;
import dev.slicewise.application.port.in.Paid;
import dev.slicewise.application.port.in.PlateAnalysisOutcome;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.chat.ChatDetails;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.credits.CreditsReceipt;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.AdhesionRisk;
import dev.slicewise.domain.plate.analysis.AnalysisRefusal;
import dev.slicewise.domain.plate.analysis.Confidence;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import dev.slicewise.domain.plate.analysis.PlateFindings;
import dev.slicewise.domain.plate.analysis.ShapeClass;
import dev.slicewise.domain.plate.analysis.SupportNeed;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class AnalysePlateServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final UserId ALICE = new UserId("alice");
    private static final CreditsReceipt OK = new CreditsReceipt(0, "", "trace", Optional.empty());
    private static final String VIEW = "data:image/jpeg;base64,"
            + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    private static final Plate PLATE = new Plate(Optional.empty(), 0, Optional.empty(),
            List.of(new ModelObject("52", "Octopus_Head_v6.stl", OptionalInt.empty())));
    private static final PlateFindings FINDINGS = new PlateFindings(SupportNeed.TREE, new Confidence(0.8),
            AdhesionRisk.MEDIUM, AdhesionAid.BRIM, new Confidence(0.6), ShapeClass.ORGANIC, new Confidence(0.7),
            Set.of(Feature.OVERHANGS, Feature.SMALL_BASE));
    private static final PlateAnalysisReply REPLY = new PlateAnalysisReply(FINDINGS,
            "A **figurine** with **overhangs**. Shall I set it up?", "Tree supports and a brim.");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryChatRepository chats = new InMemoryChatRepository();
    private final InMemoryPlateAnalysisRecords records = new InMemoryPlateAnalysisRecords();
    private final List<ChargeRequest> charges = new ArrayList<>();
    private final List<PlateAnalysisRequest> analysed = new ArrayList<>();
    private ChargeOutcome chargeOutcome = new ChargeOutcome.Charged(Optional.of(OK));
    /** A vision model answered: the record keeps who, whatever the engine. */
    private static final Provenance VISION = new Provenance("primary", "gpt-4o", 2300, 180, Duration.ofMillis(1800),
            false);
    private PlateAnalysisResult result = new PlateAnalysisResult.Analysed(REPLY, VISION);

    private final CreditLedger ledger = request -> {
        charges.add(request);
        return chargeOutcome;
    };

    private AnalysePlateService service(Credits cost) {
        return new AnalysePlateService(chats, new PlateAnalysisRouting(request -> {
            analysed.add(request);
            return result;
        }, Optional.empty(), new InMemoryMetrics()), new PaidAnswers(ledger, new InMemoryMetrics()), records, clock,
                cost);
    }

    private PlateAnalysisOutcome analyse(List<String> images, List<Plate> plates, Optional<ChatId> chat) {
        return service(new Credits(1)).analyse(ALICE, new AnalysePlateCommand(chat, images, plates, Language.FR),
                "request-1");
    }

    @Test
    void analysedPlate_isChargedOnceAfterTheAnalysis_andItsFindingsAndEngineAreKept() {
        PlateAnalysisOutcome outcome = analyse(List.of(VIEW, VIEW), List.of(PLATE), Optional.empty());

        assertEquals(new PlateAnalysisOutcome.Analysed(new Paid.Delivered<>(REPLY, Optional.of(OK))), outcome);
        assertEquals(List.of(new ChargeRequest(ALICE, new Credits(1), "request-1")), charges);
        assertEquals(Language.FR, analysed.getFirst().language());
        assertEquals(List.of(new PlateAnalysisRecord("request-1", ALICE, Optional.empty(), FINDINGS, 2, 1, new Credits(1),
                Duration.ZERO, Language.FR, NOW, VISION, Exchange.partner("", REPLY.content()))),
                records.findByUser(ALICE));
    }

    @Test
    void freeAnalysis_isAnsweredWithoutAskingTheLedger() {
        PlateAnalysisOutcome outcome = service(Credits.NONE).analyse(ALICE,
                new AnalysePlateCommand(Optional.empty(), List.of(VIEW), List.of(PLATE), Language.EN), "request-1");

        assertEquals(new PlateAnalysisOutcome.Analysed(new Paid.Delivered<>(REPLY, Optional.empty())), outcome);
        assertEquals(List.of(), charges);
        assertEquals(Credits.NONE, records.findByUser(ALICE).getFirst().charged());
    }

    @Test
    void noModel_isRefusedFree_withoutAskingTheAnalyser() {
        Plate empty = new Plate(Optional.empty(), 0, Optional.empty(), List.of());

        PlateAnalysisOutcome outcome = analyse(List.of(VIEW), List.of(empty), Optional.empty());

        assertEquals(AnalysisRefusal.of(AnalysisRefusal.Reason.NO_MODEL),
                assertInstanceOf(PlateAnalysisOutcome.Refused.class, outcome).refusal());
        assertEquals(List.of(), analysed);
        assertEquals(List.of(), charges);
        assertEquals(List.of(), records.findByUser(ALICE));
    }

    @Test
    void imageTheAnalyserCannotDecode_isRefusedFree_andNotRecorded() {
        AnalysisRefusal undecodable = AnalysisRefusal.ofImage(AnalysisRefusal.Reason.IMAGE_UNDECODABLE, 0);
        result = new PlateAnalysisResult.Refused(undecodable);

        PlateAnalysisOutcome outcome = analyse(List.of(VIEW), List.of(PLATE), Optional.empty());

        assertEquals(undecodable, assertInstanceOf(PlateAnalysisOutcome.Refused.class, outcome).refusal());
        assertEquals(List.of(), charges);
        assertEquals(List.of(), records.findByUser(ALICE));
    }

    @Test
    void someoneElsesChat_isUnknown_andNothingIsAnalysedOrCharged() {
        ChatId bobsChat = chats.create(new UserId("bob"), ChatDetails.ofMessages("[]"), NOW, 1).orElseThrow().id();

        PlateAnalysisOutcome outcome = analyse(List.of(VIEW), List.of(PLATE), Optional.of(bobsChat));

        assertInstanceOf(PlateAnalysisOutcome.UnknownChat.class, outcome);
        assertEquals(List.of(), analysed);
        assertEquals(List.of(), charges);
    }

    @Test
    void ownChat_isKeptWithTheRecord() {
        ChatId chat = chats.create(ALICE, ChatDetails.ofMessages("[]"), NOW, 1).orElseThrow().id();

        analyse(List.of(VIEW), List.of(PLATE), Optional.of(chat));

        assertEquals(Optional.of(chat), records.findByUser(ALICE).getFirst().chatId());
    }

    @Test
    void refusedCharge_withholdsTheAnalysis_andRecordsNothing() {
        CreditsReceipt insufficient = new CreditsReceipt(40201, "insufficient", "t", Optional.empty());
        chargeOutcome = new ChargeOutcome.Refused(insufficient);

        PlateAnalysisOutcome outcome = analyse(List.of(VIEW), List.of(PLATE), Optional.empty());

        assertEquals(new PlateAnalysisOutcome.Analysed(new Paid.Refused<>(insufficient)), outcome);
        assertEquals(List.of(), records.findByUser(ALICE));
    }

}
