package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;

import java.math.BigDecimal;

/** Advice to switch to another of the user's process presets. */
public record PresetSwitch(String name, BigDecimal layerHeight, PresetReason reason) {

    public PresetSwitch {
        Require.present(name, "name");
        layerHeight = Require.present(layerHeight, "layerHeight").stripTrailingZeros();
        Require.present(reason, "reason");
    }

    public String text(Language language) {
        return reason.text(language, name, layerHeight.toPlainString() + " mm");
    }
}
