package dev.slicewise.domain.record;

import dev.slicewise.domain.Require;

import java.util.Locale;
import java.util.Optional;

/**
 * Which records the operator asks for: a period, and text the user's message and the answer must contain (ignoring
 * case; absent: any).
 */
public record RecordFilter(RecordPeriod period, Optional<String> userMessage, Optional<String> botMessage) {

    public static final int MAX_TEXT_LENGTH = 1_000;

    public RecordFilter {
        Require.present(period, "period");
        Require.present(userMessage, "user_message");
        Require.present(botMessage, "bot_message");
        userMessage.ifPresent(text -> Require.text(text, "user_message", MAX_TEXT_LENGTH));
        botMessage.ifPresent(text -> Require.text(text, "bot_message", MAX_TEXT_LENGTH));
    }

    /** Whether a record answers the filter: in the period, with both texts contained, ignoring case. */
    public boolean admits(RecordRow row) {
        return period.covers(row.createdAt()) && contains(row.userMessage(), userMessage)
                && contains(row.botMessage(), botMessage);
    }

    private static boolean contains(String text, Optional<String> part) {
        return part.map(p -> text.toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT))).orElse(true);
    }
}
