package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.conversation.Language;

/**
 * Advice to select another of the user's filament presets, made for the material the user is about to print: its
 * temperatures, fan and retraction are the ones to use, so the advice leaves the filament settings to it.
 */
public record FilamentSwitch(String name, Material material) {

    public FilamentSwitch {
        Require.present(name, "name");
        Require.present(material, "material");
    }

    public String text(Language language) {
        return Knowledge.TEXTS.text(language, "filament.SWITCH", name, material.displayName());
    }
}
