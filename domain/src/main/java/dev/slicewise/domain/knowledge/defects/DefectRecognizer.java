package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.conversation.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the defects a user describes, by the phrases users use for them (see {@link Phrases}), and a defect's own
 * name in any language, as an option the assistant offered comes back. Pure and deterministic; the defects come in
 * their declaration order.
 */
final class DefectRecognizer {

    private final Map<Defect, Phrases> phrases = new EnumMap<>(Defect.class);
    private final Map<String, Defect> names = new HashMap<>();

    DefectRecognizer(Map<Defect, DefectRow> defects) {
        defects.forEach((defect, row) -> {
            List<String> all = new ArrayList<>(row.englishPhrases());
            all.addAll(row.chinesePhrases());
            phrases.put(defect, new Phrases(all));
            for (Language language : Language.values()) {
                names.put(Phrases.key(defect.text(language)), defect);
            }
        });
    }

    List<Defect> recognise(String text) {
        Require.present(text, "text");
        List<String> words = Phrases.words(text);
        Defect named = names.get(String.join(" ", words));
        if (named != null) {
            return List.of(named);
        }
        return Arrays.stream(Defect.values()).filter(defect -> phrases.get(defect).foundIn(text, words)).toList();
    }
}
