package dev.slicewise.application.service;

import dev.slicewise.application.port.in.AnalysePlateCommand;
import dev.slicewise.application.port.in.AnalysePlateUseCase;
import dev.slicewise.application.port.in.PlateAnalysisOutcome;
import dev.slicewise.application.port.out.ChatRepository;
import dev.slicewise.application.port.out.PlateAnalysisRecords;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRecord;
import dev.slicewise.domain.plate.analysis.PlateAnalysisRequest;
import dev.slicewise.domain.plate.analysis.PlateAnalysisResult;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One plate analysis: check the chat and the request, analyse, then deliver the analysis as every paid answer is
 * ({@link PaidAnswers}: charged once it exists, recorded once charged). Bad input (no plate, no model, unusable
 * images) and an analyser without room for the views are free and not recorded. An analysis costs what a message
 * costs.
 */
public final class AnalysePlateService implements AnalysePlateUseCase {

    private final ChatRepository chats;
    private final PlateAnalysisRouting analyser;
    private final PaidAnswers paidAnswers;
    private final PlateAnalysisRecords records;
    private final Clock clock;
    private final Credits cost;

    public AnalysePlateService(ChatRepository chats, PlateAnalysisRouting analyser, PaidAnswers paidAnswers,
                               PlateAnalysisRecords records, Clock clock, Credits cost) {
        this.chats = chats;
        this.analyser = analyser;
        this.paidAnswers = paidAnswers;
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
        return switch (PlateAnalysisRequest.validate(command.images(), command.plates(), command.language())) {
            case PlateAnalysisRequest.Validation.Invalid invalid -> new PlateAnalysisOutcome.Refused(invalid.refusal());
            case PlateAnalysisRequest.Validation.Valid valid -> analyse(user, command, requestId, valid.request(),
                    started);
        };
    }

    private PlateAnalysisOutcome analyse(UserId user, AnalysePlateCommand command, String requestId,
                                         PlateAnalysisRequest request, Instant started) {
        return switch (analyser.analyse(request)) {
            case PlateAnalysisResult.Refused refused -> new PlateAnalysisOutcome.Refused(refused.refusal());
            case PlateAnalysisResult.Busy busy -> new PlateAnalysisOutcome.Busy();
            case PlateAnalysisResult.Analysed analysed -> new PlateAnalysisOutcome.Analysed(paidAnswers.deliver(user,
                    requestId, cost, analysed.reply(),
                    charged -> records.append(record(requestId, user, command, request, analysed, charged, started))));
        };
    }

    /** What was measured, by which engine, and what it cost. */
    private PlateAnalysisRecord record(String requestId, UserId user, AnalysePlateCommand command,
                                       PlateAnalysisRequest request, PlateAnalysisResult.Analysed analysed,
                                       Credits charged, Instant started) {
        Instant answeredAt = clock.instant();
        return new PlateAnalysisRecord(requestId, user, command.chatId(), analysed.reply().findings(),
                request.images().size(), request.modelCount(), charged, Duration.between(started, answeredAt),
                command.language(), answeredAt, analysed.provenance(),
                Exchange.partner("", analysed.reply().content()));
    }
}
