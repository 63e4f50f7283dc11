package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.conversation.Language;

/** Advice that is no setting: what to do besides, or why a goal cannot be met by settings. */
public enum Remark {
    /** Wet filament strings whatever the settings. */
    DRY_FILAMENT,
    /** A part that really flexes needs a flexible filament; settings only let a rigid one give a little. */
    FLEXIBLE_NEEDS_TPU;

    /** The remark in words: {@code {0}} is the selected filament's material, when it is known. */
    public String text(Language language, String material) {
        return Knowledge.TEXTS.text(language, "remark." + name(), material);
    }
}
