package dev.slicewise.domain.knowledge;

import dev.slicewise.domain.plate.ModelObject;
import dev.slicewise.domain.plate.Plate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the names of the models on the plate suggest the print is for: a functional part (a bracket, a hook) wants
 * strength, a figurine fine detail, a vase vase mode, a cup or a planter a watertight part. A word of a name counts
 * when it starts with one of the words below ("Brackets_v2.stl" is a bracket); names in other scripts are matched as
 * they are written.
 */
public final class ModelNames {

    /** A model whose name suggests a goal. */
    public record Hint(String modelName, SlicingGoal goal) {
    }

    private static final Map<SlicingGoal, List<String>> WORDS = Map.of(
            SlicingGoal.STRONGER, List.of("bracket", "mount", "holder", "hook", "clamp", "hinge", "gear", "handle",
                    "spacer", "shelf", "adapter", "halterung", "halter", "haken", "soporte", "gancho",
                    "supporto", "gancio", "suporte", "crochet", "кронштейн", "крюк", "держатель", "支架",
                    "挂钩", "掛勾", "齿轮", "齒輪"),
            SlicingGoal.FINER_DETAIL, List.of("figur", "miniature", "mini", "bust", "statue", "sculpt", "estatua", "statua", "фигур", "статуэт", "手办", "公仔", "人偶", "雕像"),
            SlicingGoal.VASE_MODE, List.of("vase", "jarron", "florero", "ваза", "花瓶"),
            SlicingGoal.WATERTIGHT, List.of("cup", "mug", "planter", "bottle", "tumbler", "becher", "tasse", "taza",
                    "tazza", "caneca", "maceta", "кружк", "杯"));
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private ModelNames() {
    }

    /** The goals the names of the models suggest, one hint per goal, in the order the models come. */
    public static List<Hint> hints(List<Plate> plates) {
        List<Hint> hints = new ArrayList<>();
        for (Plate plate : plates) {
            for (ModelObject model : plate.modelObjects()) {
                goalOf(model.name()).filter(goal -> hints.stream().noneMatch(hint -> hint.goal() == goal))
                        .ifPresent(goal -> hints.add(new Hint(model.name(), goal)));
            }
        }
        return List.copyOf(hints);
    }

    private static Optional<SlicingGoal> goalOf(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        for (String word : WORD_BREAK.split(plain)) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (SlicingGoal goal : SlicingGoal.values()) {
                if (WORDS.getOrDefault(goal, List.of()).stream().anyMatch(known -> matches(lower, known))) {
                    return Optional.of(goal);
                }
            }
        }
        return Optional.empty();
    }

    /** A Latin or Cyrillic word starts with the known word; a Chinese name contains it. */
    private static boolean matches(String word, String known) {
        return known.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? word.contains(known) : word.startsWith(known);
    }
}
