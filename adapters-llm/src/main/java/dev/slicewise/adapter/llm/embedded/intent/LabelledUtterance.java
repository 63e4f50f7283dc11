package dev.slicewise.adapter.llm.embedded.intent;

import java.util.Arrays;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.Language;

/** One line of the dataset: what a user wrote, in which language, and the intent it expresses. */
public record LabelledUtterance(String language, Intent intent, String text) {

    public LabelledUtterance {
        Require.present(language, "language");
        if (Arrays.stream(Language.values()).noneMatch(known -> known.tag().equals(language))) {
            throw new IllegalArgumentException("language must be one of the Language tags, not " + language);
        }
        Require.present(intent, "intent");
        if (intent == Intent.UNCLEAR) {
            throw new IllegalArgumentException("intent must not be UNCLEAR: it is the outcome of a low confidence");
        }
        Require.text(text, "text", 1_000);
    }
}
