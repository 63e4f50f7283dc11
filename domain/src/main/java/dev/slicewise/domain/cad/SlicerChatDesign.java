package dev.slicewise.domain.cad;

import dev.slicewise.domain.Texts;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.conversation.Language;

import java.util.List;

/**
 * A design request in the slicer's chat (the partner API): the slicer has no way to receive code or a new model
 * from an answer, so the answer says so in words, and where parts are designed instead.
 */
public final class SlicerChatDesign {

    private SlicerChatDesign() {
    }

    /** The answer in the user's language: no action, no code. */
    public static AssistantReply declined(Language language) {
        return AssistantReply.text(Texts.get(language, "design.not_from_the_slicer"), List.of());
    }
}
