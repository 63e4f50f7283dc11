package dev.slicewise.domain.catalog;

import dev.slicewise.domain.conversation.Language;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Slicewise's own catalog of OrcaSlicer settings: each setting's definition ({@code settings.tsv}, generated from
 * OrcaSlicer's option definitions), its display name in every language ({@code names*.properties}, the English
 * label otherwise) and the print ranges of the known materials ({@code materials.tsv}). Immutable; the standard
 * catalog is read once from the domain's resources.
 */
public final class SettingsCatalog {

    private final Map<String, SettingDefinition> definitions;
    private final Map<Language, Map<String, String>> names;
    private final Map<Material, Map<String, NumericRange>> materialRanges;
    private final Map<String, Plausible> plausible;

    SettingsCatalog(Map<String, SettingDefinition> definitions, Map<Language, Map<String, String>> names,
                    Map<Material, Map<String, NumericRange>> materialRanges, Map<String, Plausible> plausible) {
        this.definitions = Map.copyOf(definitions);
        this.names = Map.copyOf(names);
        this.materialRanges = Map.copyOf(materialRanges);
        this.plausible = Map.copyOf(plausible);
        plausible.keySet().stream().filter(key -> find(key).filter(d -> d.type().numeric()).isEmpty()).findFirst()
                .ifPresent(key -> {
                    throw new IllegalArgumentException("plausible values are given for numeric settings: " + key);
                });
    }

    /** The catalog in the domain's resources, read on first use. */
    public static SettingsCatalog standard() {
        return Standard.CATALOG;
    }

    public Optional<SettingDefinition> find(String key) {
        return Optional.ofNullable(definitions.get(key));
    }

    public Collection<SettingDefinition> definitions() {
        return definitions.values();
    }

    /** The name users see for a setting: translated for the most used ones, else the English label, else the key. */
    public String displayName(String key, Language language) {
        String name = names.get(language).get(key);
        if (name != null) {
            return name;
        }
        return find(key).map(SettingDefinition::label).orElse(key);
    }

    /** The range a material prints well in, for the settings that depend on the material. */
    public Optional<NumericRange> materialRange(Material material, String key) {
        return Optional.ofNullable(materialRanges.get(material).get(key));
    }

    /** What anyone would ask of a numeric setting, and how far a directional ask moves it; empty for most. */
    public Optional<Plausible> plausible(String key) {
        return Optional.ofNullable(plausible.get(key));
    }

    /** Every setting that depends on the material, with the range the material prints well in. */
    public Map<String, NumericRange> materialRanges(Material material) {
        return materialRanges.get(material);
    }

    private static final class Standard {
        private static final SettingsCatalog CATALOG = CatalogResources.read();
    }
}
