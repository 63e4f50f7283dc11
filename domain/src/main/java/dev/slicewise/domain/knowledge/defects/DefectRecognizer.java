package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the defects a user describes, in any of the nine languages, by the phrases users use for them (see
 * {@link Phrases}), and a defect's own name in any language, as an option the assistant offered comes back. Pure and
 * deterministic; the defects come most specific first (the one whose longest phrase found is longest: "gaps in the
 * top" before "gaps"), then in their declaration order.
 */
final class DefectRecognizer {

    private final Map<Defect, Phrases> phrases;
    private final Map<String, Defect> names = new HashMap<>();

    DefectRecognizer(Map<Defect, Phrases> phrases) {
        this.phrases = new EnumMap<>(phrases);
        for (Defect defect : Defect.values()) {
            Require.present(phrases.get(defect), "phrases of " + defect);
            for (Language language : Language.values()) {
                names.put(Phrases.key(defect.text(language)), defect);
            }
        }
    }

    List<Defect> recognise(String text) {
        Require.present(text, "text");
        Phrases.Said said = Phrases.Said.of(text);
        Defect named = names.get(said.key());
        if (named != null) {
            return List.of(named);
        }
        record Found(Defect defect, int length) {
        }
        return Arrays.stream(Defect.values())
                .map(defect -> new Found(defect, phrases.get(defect).longestIn(said)))
                .filter(found -> found.length() > 0)
                .sorted(Comparator.comparingInt(Found::length).reversed())
                .map(Found::defect)
                .toList();
    }
}
