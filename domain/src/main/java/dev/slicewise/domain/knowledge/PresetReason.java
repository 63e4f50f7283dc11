package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.conversation.Language;

/** Why advice switches to another process preset. */
public enum PresetReason {
    /** The user asked for the preset's layer height. */
    ASKED_LAYER_HEIGHT(true),
    FINER_DETAIL(true),
    SMOOTHER_SURFACE(true),
    FASTER(true),
    /** A preset made for strength, at the layer height in use. */
    STRONGER(false);

    private final boolean forLayerHeight;

    PresetReason(boolean forLayerHeight) {
        this.forLayerHeight = forLayerHeight;
    }

    /** Whether the preset is chosen for its layer height, so that the switch settles the layer height. */
    public boolean forLayerHeight() {
        return forLayerHeight;
    }

    /** The reason in words: {@code {0}} is the preset's name, {@code {1}} its layer height. */
    public String text(Language language, String presetName, String layerHeight) {
        return Knowledge.TEXTS.text(language, "preset." + name(), presetName, layerHeight);
    }
}
