package dev.slicewise.domain.turn;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.chat.ChatId;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.credits.ChargeRequest;
import dev.slicewise.domain.credits.Credits;
import dev.slicewise.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One answered turn, kept for analytics: the request it answered (the id its charge carries, the same for every
 * attempt at one request, so a request has one record however often it ran), who, which chat, what was understood
 * and done, what it cost, and which provider and model answered (with their token counts, and whether the chain fell
 * back), and what was said, through which API ({@link Exchange}).
 */
public record TurnRecord(
        String requestId,
        UserId user,
        Optional<ChatId> chatId,
        Workflow workflow,
        Intent intent,
        List<ActionName> actions,
        Credits charged,
        Duration latency,
        Language language,
        Instant answeredAt,
        Provenance provenance,
        Exchange exchange) {

    public TurnRecord {
        Require.text(requestId, "requestId", ChargeRequest.MAX_REQUEST_ID_LENGTH);
        Require.present(user, "user");
        Require.present(chatId, "chat_id");
        Require.present(workflow, "workflow");
        Require.present(intent, "intent");
        actions = List.copyOf(Require.present(actions, "actions"));
        Require.present(charged, "charged");
        Require.present(latency, "latency");
        Require.present(language, "language");
        Require.present(answeredAt, "answeredAt");
        Require.present(provenance, "provenance");
        Require.present(exchange, "exchange");
    }
}
