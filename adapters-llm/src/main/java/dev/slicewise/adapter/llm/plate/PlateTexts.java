package dev.slicewise.adapter.llm.plate;

import dev.slicewise.domain.Texts;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.plate.analysis.AdhesionAid;
import dev.slicewise.domain.plate.analysis.Feature;
import dev.slicewise.domain.plate.analysis.PlateAnalysisReply;
import dev.slicewise.domain.plate.analysis.PlateFindings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes the analysis in the request's language from the {@code plate} bundles: {@code content}, a few sentences with
 * the key words in bold ending with a question, and the suggested printing method in plain words (no slicer values,
 * no orientation), which the user may send back to the assistant to have it applied.
 */
final class PlateTexts {

    static final String BUNDLE = "dev.slicewise.adapter.llm.plate.plate";
    /** The partner API's bound on {@code content}. */
    static final int MAX_CONTENT = PlateAnalysisReply.MAX_CONTENT;
    /** At most this many features are told, the strongest first, so that the content stays short. */
    private static final int TOLD_FEATURES = 3;
    /** The order in which features matter for the strategy. */
    private static final List<Feature> PRIORITY = List.of(Feature.OVERHANGS, Feature.BRIDGES, Feature.SMALL_BASE,
            Feature.TALL_AND_THIN, Feature.FLAT_LARGE_BASE, Feature.MANY_ISLANDS);

    private static final Texts TEXTS = Texts.bundle(BUNDLE);

    private final Language language;

    PlateTexts(Language language) {
        this.language = language;
    }

    /**
     * @param seen whether any view showed a model at all; when none did, the analysis rests on names and says so
     */
    String content(PlateFindings findings, Optional<ObjectKind> kind, int models, boolean seen) {
        List<String> sentences = new ArrayList<>();
        kind.ifPresent(k -> sentences.add(text("kind." + k.name())));
        if (models > 1) {
            sentences.add(text("models", String.valueOf(models)));
        }
        if (!seen) {
            sentences.add(text("unseen"));
        } else {
            sentences.add(text("shape." + findings.shape().name()));
            List<Feature> told = PRIORITY.stream().filter(findings.features()::contains).limit(TOLD_FEATURES).toList();
            if (told.isEmpty()) {
                sentences.add(text("no_features"));
            }
            told.forEach(feature -> sentences.add(text("feature." + feature.name())));
        }
        sentences.add(text("strategy." + findings.support().name() + "." + findings.adhesionAid().name()));
        sentences.add(text("question"));
        return joined(sentences);
    }

    String suggestedPrintingMethod(PlateFindings findings) {
        List<String> sentences = new ArrayList<>(Arrays.asList(
                text("method.support." + findings.support().name()),
                text("method.adhesion." + findings.adhesionAid().name())));
        if (findings.features().contains(Feature.FLAT_LARGE_BASE) && findings.adhesionAid() != AdhesionAid.NONE) {
            sentences.add(text("method.warping"));
        }
        sentences.add(text("method.approach"));
        return joined(sentences);
    }

    /** Sentences separated by a space, except after full-width punctuation (Chinese puts none there). */
    private static String joined(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (String sentence : sentences) {
            if (!text.isEmpty() && "。？！".indexOf(text.charAt(text.length() - 1)) < 0) {
                text.append(' ');
            }
            text.append(sentence);
        }
        return text.toString();
    }

    private String text(String key, String... arguments) {
        return TEXTS.text(language, key, arguments);
    }
}
