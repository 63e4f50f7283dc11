package dev.slicewise.domain.plate.analysis;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.turn.Exchange;
import dev.slicewise.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One answered plate analysis, kept: the request it answered (the id its charge carries, one record per request
 * however often it ran), who, which chat, what was measured (so that the strategy the user later asks to
 * apply can be traced to its evidence), what it took and cost, and which engine answered (the embedded engine or a
 * provider's vision model, with its tokens and whether a vision model failed first), and what was said, through which
 * API.
 */
public record PlateAnalysisRecord(
        String requestId,
        UserId user,
        Optional<ChatId> chatId,
        PlateFindings findings,
        int imageCount,
        int modelCount,
        Credits charged,
        Duration latency,
        Language language,
        Instant answeredAt,
        Provenance provenance,
        Exchange exchange) {

    public PlateAnalysisRecord {
        Require.text(requestId, "requestId", ChargeRequest.MAX_REQUEST_ID_LENGTH);
        Require.present(user, "user");
        Require.present(chatId, "chat_id");
        Require.present(findings, "findings");
        Require.present(charged, "charged");
        Require.present(latency, "latency");
        Require.present(language, "language");
        Require.present(answeredAt, "answeredAt");
        Require.present(provenance, "provenance");
        Require.present(exchange, "exchange");
        if (imageCount < 1 || modelCount < 1) {
            throw new IllegalArgumentException("a plate analysis has images and models");
        }
    }
}
