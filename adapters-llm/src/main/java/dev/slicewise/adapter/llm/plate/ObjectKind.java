package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.plate.ModelObject;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a model probably is, from the words of its file name ({@code Octopus_Head_v6.stl} is a figurine). Only a hint:
 * it names the model in the reply and tips the shape class when the views leave it open, never more.
 */
enum ObjectKind {
    FIGURINE(Set.of("octopus", "figurine", "figure", "bust", "statue", "dragon", "skull", "miniature", "mini",
            "character", "creature", "animal", "cat", "dog", "bird", "head", "face", "sculpture", "monster", "knight",
            "warrior", "elf", "dino", "dinosaur", "groot", "yoda", "pikachu", "mushroom", "flower")),
    MECHANICAL_PART(Set.of("bracket", "gear", "mount", "holder", "box", "case", "enclosure", "clip", "hinge",
            "spacer", "adapter", "bolt", "nut", "pulley", "housing", "jig", "lid", "shelf", "hook", "knob", "cover",
            "plate", "cube", "stand", "tool", "organizer", "organiser", "bin")),
    VASE(Set.of("vase", "pot", "planter", "cup", "mug", "bowl")),
    BOAT(Set.of("benchy", "boat", "ship"));

    private final Set<String> words;

    ObjectKind(Set<String> words) {
        this.words = words;
    }

    /** The kind most of the named models agree on; empty when no name says anything. */
    static Optional<ObjectKind> of(List<ModelObject> models) {
        int[] votes = new int[values().length];
        for (ModelObject model : models) {
            for (String word : words(model.name())) {
                for (ObjectKind kind : values()) {
                    if (kind.words.contains(word)) {
                        votes[kind.ordinal()]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < votes.length; k++) {
            if (votes[k] > votes[best]) {
                best = k;
            }
        }
        return votes[best] == 0 ? Optional.empty() : Optional.of(values()[best]);
    }

    /** {@code Octopus_Head_v6.stl} reads as {@code octopus, head, v6}; camel case is split too. */
    private static List<String> words(String fileName) {
        String stem = fileName.replaceFirst("\\.(?i:stl|3mf|obj|step|stp|amf|oltp)$", "");
        return Arrays.stream(stem.split("(?<=\\p{Ll})(?=\\p{Lu})|[^\\p{L}\\p{N}]+"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .map(word -> word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word)
                .toList();
    }
}
