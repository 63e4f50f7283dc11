package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.SlicingGoal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options the assistant offers, read back. The client sends a chosen option as the user's next message, so a
 * message that is one of the assistant's own option labels, in any language, means exactly what the option offered.
 */
final class OfferedOptions {

    private static final Map<String, Intent> INTENT_BY_LABEL = labels();

    private OfferedOptions() {
    }

    /** The intent of the option whose label the message is, if it is one. */
    static Optional<Intent> intentOf(String message) {
        return Optional.ofNullable(INTENT_BY_LABEL.get(NormalisedText.of(message).value()));
    }

    private static Map<String, Intent> labels() {
        Map<String, Intent> labels = new HashMap<>();
        for (Language language : Language.values()) {
            ReplyTexts texts = ReplyTexts.in(language);
            IntentRules.TASKS.forEach(intent -> labels.put(NormalisedText.of(texts.option(intent)).value(), intent));
            for (SlicingGoal goal : DetermineReplies.OFFERED) {
                labels.put(NormalisedText.of(texts.goalOption(goal)).value(), Intent.DETERMINE_SLICING_SETTINGS);
            }
        }
        return Map.copyOf(labels);
    }
}
