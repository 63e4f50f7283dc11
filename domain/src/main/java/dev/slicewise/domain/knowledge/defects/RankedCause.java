package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;

/**
 * A cause of a defect with how likely it is for this setup: the higher the score, the likelier. The reason is the
 * strongest evidence for it, or {@link Evidence#COMMON} when the setup shows none.
 */
public record RankedCause(Defect defect, Cause cause, int score, Evidence reason) {

    public RankedCause {
        Require.present(defect, "defect");
        Require.present(cause, "cause");
        Require.present(reason, "reason");
    }

    /** The key of the reason's text in the {@code defects} bundle: {@code evidence.HOT_NOZZLE}. */
    public String reasonKey() {
        return "evidence." + reason.name();
    }

    public String reasonText(Language language) {
        return reason.text(language);
    }
}
