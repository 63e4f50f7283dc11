package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Texts;
import dev.slicewise.domain.conversation.Language;

import java.util.Optional;

/**
 * Slicewise's printing knowledge in words, from the {@code knowledge} bundles: what common settings mean, the names
 * of the goals, and the reasons behind advice ({@link Reason}, {@link PresetReason}, {@link Remark}).
 */
public final class Knowledge {

    static final Texts TEXTS = Texts.bundle("dev.slicewise.domain.knowledge.knowledge");

    private Knowledge() {
    }

    /** What a setting does, in one line, for the common settings. */
    public static Optional<String> meaning(String key, Language language) {
        String entry = "meaning." + key;
        return TEXTS.has(language, entry) ? Optional.of(TEXTS.text(language, entry)) : Optional.empty();
    }

    /** The goal as a user would name it: "stronger part". */
    public static String goalName(SlicingGoal goal, Language language) {
        return TEXTS.text(language, "goal." + goal.name());
    }
}
