package dev.slicewise.domain.slicing;

import dev.slicewise.domain.Texts;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.conversation.Language;

import java.util.List;

/** Why a request cannot be answered with slicing settings. Answered with HTTP 200 and an explanation. */
public enum PrerequisiteFailure {
    NO_SLICING_PROFILES,
    NOT_ONE_SELECTED_FILAMENT,
    NO_PROCESS_PRESETS,
    NO_MODEL,
    SEVERAL_EXTRUDERS;

    /** The answer that says what is missing and how to give it, in the user's language; it changes nothing. */
    public AssistantReply explained(Language language) {
        return AssistantReply.text(Texts.get(language, "prerequisite." + name()), List.of());
    }
}
