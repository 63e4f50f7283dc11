package dev.slicewise.application.service;

import dev.slicewise.application.port.in.AnalysePlateCommand;
import dev.slicewise.application.port.in.AnalysePlateUseCase;
import dev.slicewise.application.port.in.PlateAnalysisOutcome;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.CreditLedger;
import dev.slicewise.application.port.out.PlateAnalyser;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.domain.credits.ChargeOutcome;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One plate analysis: authenticate, check the chat and the request, analyse, then charge as
 * {@link SendChatMessageService} does: after the analysis exists, so a user is never charged for an analysis that was
 * not produced; a refused or failed charge withholds it. Bad input (no plate, no model, unusable images) and an
 * analyser without room for the views are free and not recorded. An analysis costs what a message costs.
 */
public final class AnalysePlateService implements AnalysePlateUseCase {

    private static final System.Logger LOG = System.getLogger(AnalysePlateService.class.getName());

    private final ChatRepository chats;
    private final PlateAnalyser analyser;
    private final CreditLedger ledger;
    private final PlateAnalysisRecords records;
    private final Clock clock;
    private final Credits cost;

    public AnalysePlateService(ChatRepository chats, PlateAnalyser analyser,
                               CreditLedger ledger, PlateAnalysisRecords records, Clock clock, Credits cost) {
        this.chats = chats;
        this.analyser = analyser;
        this.ledger = ledger;
        this.records = records;
        this.clock = clock;
        this.cost = cost;
    }

    @Override
    public PlateAnalysisOutcome analyse(UserId user, AnalysePlateCommand command, String requestId) {
        boolean unknownChat = command.chatId()
                .map(id -> chats.find(id).filter(chat -> chat.isOwnedBy(user)).isEmpty())
                .orElse(false);
        if (unknownChat) {
            return new PlateAnalysisOutcome.UnknownChat();
        }
        Instant started = clock.instant();
        PlateAnalysisRequest request;
        switch (PlateAnalysisRequest.validate(command.images(), command.plates(), command.language())) {
            case PlateAnalysisRequest.Validation.Invalid invalid -> {
                return new PlateAnalysisOutcome.Refused(invalid.refusal());
            }
            case PlateAnalysisRequest.Validation.Valid valid -> request = valid.request();
        }
        PlateAnalysisResult.Analysed analysed;
        switch (analyser.analyse(request)) {
            case PlateAnalysisResult.Refused refused -> {
                return new PlateAnalysisOutcome.Refused(refused.refusal());
            }
            case PlateAnalysisResult.Busy busy -> {
                return new PlateAnalysisOutcome.Busy();
            }
            case PlateAnalysisResult.Analysed answer -> analysed = answer;
        }
        PlateAnalysisReply reply = analysed.reply();
        if (cost.isZero()) {
            record(requestId, user, command, request, analysed, Credits.NONE, started);
            return new PlateAnalysisOutcome.Analysed(reply, Optional.empty());
        }
        ChargeOutcome charge = ledger.charge(new ChargeRequest(user, cost, requestId));
        return switch (charge) {
            case ChargeOutcome.Charged charged -> {
                record(requestId, user, command, request, analysed, cost, started);
                yield new PlateAnalysisOutcome.Analysed(reply, charged.receipt());
            }
            case ChargeOutcome.Refused refused -> new PlateAnalysisOutcome.CreditsRefused(refused.receipt());
            case ChargeOutcome.Unavailable unavailable ->
                    new PlateAnalysisOutcome.CreditsUnavailable(unavailable.failure());
        };
    }

    /**
     * Keeps what was measured and by which engine. A failure here must not take an answered, charged analysis from the
     * user.
     */
    private void record(String requestId, UserId user, AnalysePlateCommand command, PlateAnalysisRequest request,
                        PlateAnalysisResult.Analysed analysed, Credits charged, Instant started) {
        Instant answeredAt = clock.instant();
        PlateAnalysisRecord record = new PlateAnalysisRecord(requestId, user, command.chatId(), analysed.reply().findings(),
                request.images().size(), request.modelCount(), charged, Duration.between(started, answeredAt),
                command.language(), answeredAt, analysed.provenance());
        try {
            records.append(record);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep the record of an answered plate analysis", e);
        }
    }
}
