package dev.slicewise.domain.catalog;

import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The filament materials Slicewise knows print ranges for (see {@code materials.tsv}). Other materials get the hard
 * limits only.
 */
public enum Material {
    PLA("PLA", Set.of("PLA", "PLA+")),
    PLA_SILK("PLA Silk", Set.of()),
    PLA_CF("PLA-CF", Set.of("PLA-CF")),
    PETG("PETG", Set.of("PETG")),
    PETG_CF("PETG-CF", Set.of("PETG-CF", "PETG-CF10")),
    ABS("ABS", Set.of("ABS")),
    ASA("ASA", Set.of("ASA")),
    TPU("TPU", Set.of("TPU")),
    PA("PA", Set.of("PA", "PA-CF", "PA-GF", "PA6-CF", "PA11-CF")),
    PC("PC", Set.of("PC", "PC-CF"));

    private final String displayName;
    private final Set<String> filamentTypes;

    Material(String displayName, Set<String> filamentTypes) {
        this.displayName = displayName;
        this.filamentTypes = filamentTypes;
    }

    /** The material's usual name ({@code "PLA Silk"}); material names are not translated. */
    public String displayName() {
        return displayName;
    }

    /** The material of the one selected filament (its effective {@code filament_type}), if it is a known one. */
    public static Optional<Material> selected(SlicingProfiles profiles) {
        List<Preset> selected = profiles.selectedFilaments();
        if (selected.size() != 1) {
            return Optional.empty();
        }
        return profiles.effective("filament_type")
                .flatMap(type -> recognise(type.value().first(), selected.getFirst().name()));
    }

    /**
     * Recognises a filament from its preset's {@code filament_type} (OrcaSlicer's names: {@code PLA}, {@code PETG},
     * {@code PA-CF}, ...) and, for silk PLA, from the type or the preset's name containing "silk".
     */
    public static Optional<Material> recognise(String filamentType, String presetName) {
        String type = filamentType.strip().toUpperCase(Locale.ROOT);
        boolean silk = type.contains("SILK") || presetName.toUpperCase(Locale.ROOT).contains("SILK");
        String base = type.replace("SILK", "").replaceAll("[\\s-]+$|^[\\s-]+", "");
        if (silk && PLA.filamentTypes.contains(base)) {
            return Optional.of(PLA_SILK);
        }
        for (Material material : values()) {
            if (material.filamentTypes.contains(type)) {
                return Optional.of(material);
            }
        }
        return Optional.empty();
    }
}
