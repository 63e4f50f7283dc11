package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.ProposedRecommendation;
import dev.slicewise.domain.catalog.ProposedValue;
import dev.slicewise.domain.catalog.Scope;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Slicewise knows about print defects, for the troubleshooting workflow: how users describe them, what to ask,
 * what causes them given the user's settings and material, and how to fix each cause. The knowledge is data in this
 * package's resources; every method is a pure function of it and its arguments.
 */
public final class DefectKnowledge {

    private final SettingsCatalog catalog;
    private final Map<Defect, DefectRow> defects;
    private final Map<Cause, FixRow> fixes;
    private final Map<Material, MaterialTraits> traits;
    private final DefectRecognizer recognizer;
    private final CauseRanker ranker;

    private DefectKnowledge(SettingsCatalog catalog) {
        this.catalog = catalog;
        this.defects = DefectResources.defects();
        this.fixes = DefectResources.fixes();
        this.traits = DefectResources.traits();
        this.recognizer = new DefectRecognizer(defects);
        this.ranker = new CauseRanker(DefectResources.causes());
    }

    /** The knowledge in the domain's resources, for the standard settings catalog; read on first use. */
    public static DefectKnowledge standard() {
        return Standard.KNOWLEDGE;
    }

    /** The defects the text describes, in English or Chinese (see {@link DefectRecognizer}). */
    public List<Defect> recognise(String text) {
        return recognizer.recognise(text);
    }

    /** The questions that tell the defect's causes apart, with their answer options. */
    public List<DiagnosticQuestion> questions(Defect defect) {
        return defects.get(Require.present(defect, "defect")).questions();
    }

    /** The defect's causes for this setup, most likely first (see {@link CauseRanker}). */
    public List<RankedCause> rankCauses(Defect defect, SlicingProfiles profiles) {
        return ranker.rank(defect, setup(profiles));
    }

    /**
     * The fix for a cause on this setup: the setting changes it needs (none that the setup already has), each
     * explained by the cause's text in the language, and the physical actions. The proposal still goes through the
     * {@code RecommendationGuardrail}.
     */
    public Fix fixFor(RankedCause cause, SlicingProfiles profiles, Language language) {
        Require.present(cause, "cause");
        Require.present(language, "language");
        Setup setup = setup(profiles);
        FixRow row = fixes.get(cause.cause());
        Map<String, ProposedValue> filament = new HashMap<>();
        Map<String, ProposedValue> process = new HashMap<>();
        Map<String, String> explanations = new HashMap<>();
        String explanation = cause.cause().text(language);
        for (Step step : row.steps()) {
            step.value(setup).ifPresent(value -> {
                boolean filamentKey = catalog.find(step.key()).filter(d -> d.scope() == Scope.FILAMENT).isPresent();
                if (filamentKey) {
                    filament.put(step.key(), new ProposedValue.Several(List.of(value)));
                } else {
                    process.put(step.key(), new ProposedValue.Single(value));
                }
                explanations.put(step.key(), explanation);
            });
        }
        return new Fix(cause.cause(), new ProposedRecommendation(Optional.empty(), filament, process, explanations),
                row.actions());
    }

    private Setup setup(SlicingProfiles profiles) {
        Require.present(profiles, "profiles");
        Optional<Material> material = Material.selected(profiles);
        return new Setup(profiles, material, material.map(traits::get).orElse(MaterialTraits.UNKNOWN), catalog);
    }

    private static final class Standard {
        private static final DefectKnowledge KNOWLEDGE = new DefectKnowledge(SettingsCatalog.standard());
    }
}
