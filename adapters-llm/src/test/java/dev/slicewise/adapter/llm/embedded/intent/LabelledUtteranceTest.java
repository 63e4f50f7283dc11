package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.assistant.Intent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LabelledUtteranceTest {

    @Test
    void unknownLanguage_isRejected() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new LabelledUtterance("ja", Intent.GREETING, "こんにちは"));
        assertEquals("language must be one of the Language tags, not ja", error.getMessage());
    }

    @Test
    void unclear_isNotALabel() {
        assertThrows(IllegalArgumentException.class, () -> new LabelledUtterance("en", Intent.UNCLEAR, "hmm"));
    }

    @Test
    void blankText_isRejected() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new LabelledUtterance("en", Intent.GREETING, "  "));
        assertEquals("text must not be blank", error.getMessage());
    }
}
