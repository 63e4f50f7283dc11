package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.catalog.ElegooPresetFixtures;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.ConfigValue;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.troubleshooting.Troubleshooting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The real OrcaSlicer presets of the Elegoo Centauri Carbon 0.4 nozzle (the domain's {@link ElegooPresetFixtures}). */
public final class Fixtures {

    static final String STANDARD = "0.20mm Standard @Elegoo CC 0.4 nozzle";
    static final String FINE = "0.12mm Fine @Elegoo CC 0.4 nozzle";
    static final String OPTIMAL = "0.16mm Optimal @Elegoo CC 0.4 nozzle";
    static final String STRENGTH = "0.20mm Strength @Elegoo CC 0.4 nozzle";
    static final String DRAFT = "0.24mm Draft @Elegoo CC 0.4 nozzle";
    static final String PLA = "Elegoo PLA @ECC";
    static final String PETG = "Elegoo PETG PRO @ECC";
    static final String TPU = "Elegoo TPU 95A @ECC";

    private Fixtures() {
    }

    /** PLA with the 0.20mm Standard process selected, nothing overridden: what a user starts from. */
    public static SlicingProfiles standardPla() {
        return profiles(Map.of(), Map.of());
    }

    static SlicingProfiles profiles(Map<String, ConfigValue> processOverrides, Map<String, ConfigValue> filamentOverrides) {
        return ElegooPresetFixtures.selecting(PLA, STANDARD, filamentOverrides, processOverrides);
    }

    /** The named filament with the 0.20mm Standard process selected, and the user's own process edits. */
    static SlicingProfiles profiles(String filament, Map<String, String> processOverrides) {
        Map<String, ConfigValue> overrides = new LinkedHashMap<>();
        processOverrides.forEach((key, value) -> overrides.put(key, new ConfigValue.Scalar(value)));
        return ElegooPresetFixtures.selecting(filament, STANDARD, Map.of(), overrides);
    }

    public static List<Plate> onePlateWithACube() {
        return List.of(new Plate(Optional.empty(), 0, Optional.empty(),
                List.of(new ModelObject("1", "cube.stl", OptionalInt.of(1)))));
    }

    /**
     * A turn's request as the application builds it: with the troubleshooting step the domain decides for it
     * ({@link Troubleshooting#stepFor}).
     */
    public static AssistantRequest request(Conversation conversation, Workflow workflow, Classification classification,
                                           Optional<SlicingProfiles> profiles, List<Plate> plates, Language language) {
        return new AssistantRequest(conversation, workflow, classification, profiles, plates, language,
                Troubleshooting.standard().stepFor(conversation, workflow, classification.intent(), profiles));
    }
}
