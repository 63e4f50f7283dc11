package dev.slicewise.domain.record;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.turn.Api;

import java.time.Instant;
import java.util.Optional;

/**
 * One answered turn as the operator's records show it, whichever API it came through: a chat turn, or a plate
 * analysis (intent {@value #PLATE_ANALYSIS}).
 *
 * @param id               {@code turn_<n>} or {@code plate_<n>}, stable for the record
 * @param key              the native key that asked (its id); empty for the partner API
 * @param user             the partner's user, or the end user a native caller named; empty when none was named
 * @param sessionId        the native session, or the partner chat; empty when the turn had none
 * @param intent           the intent's wire name, lower case, or {@value #PLATE_ANALYSIS}
 * @param source           {@value #INTENT_MODEL} when the embedded engine answered, {@value #LLM} when a provider did
 * @param fellBack         whether a provider failed during the turn (the chain moved on)
 * @param fallbackEmbedded whether, after such a failure, the embedded engine gave the answer
 */
public record RecordRow(
        String id,
        Instant createdAt,
        Api api,
        Optional<String> key,
        Optional<String> user,
        Optional<String> sessionId,
        String userMessage,
        String botMessage,
        String intent,
        String source,
        String modelUsed,
        long promptTokens,
        long completionTokens,
        long credits,
        long latencyMs,
        Language language,
        boolean fellBack,
        Optional<RecordFeedback> feedback) {

    public static final String PLATE_ANALYSIS = "plate_analysis";
    public static final String INTENT_MODEL = "intent_model";
    public static final String LLM = "llm";

    public RecordRow {
        Require.text(id, "id", 64);
        Require.present(createdAt, "created_at");
        Require.present(api, "api");
        Require.present(key, "key");
        Require.present(user, "user");
        Require.present(sessionId, "session_id");
        Require.present(userMessage, "user_message");
        Require.present(botMessage, "bot_message");
        Require.text(intent, "intent", 64);
        Require.text(source, "source", 16);
        Require.text(modelUsed, "model_used", 200);
        Require.present(language, "language");
        Require.present(feedback, "feedback");
        if (promptTokens < 0 || completionTokens < 0 || credits < 0 || latencyMs < 0) {
            throw new IllegalArgumentException("tokens, credits and latency must not be negative");
        }
    }

    /** The tokens the turn's model counted, prompt and completion. */
    public long tokensUsed() {
        return promptTokens + completionTokens;
    }

    /** Whether the embedded engine answered after a provider failed. */
    public boolean fallbackEmbedded() {
        return fellBack && source.equals(INTENT_MODEL);
    }

    /** The source a record shows for the provider that answered. */
    public static String sourceOf(String provider) {
        return provider.equals(Provenance.EMBEDDED) ? INTENT_MODEL : LLM;
    }
}
