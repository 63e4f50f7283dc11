package dev.slicewise.domain.knowledge.defects;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.ProposedRecommendation;
import dev.slicewise.domain.catalog.ProposedValue;
import dev.slicewise.domain.catalog.Scope;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Slicewise knows about print defects, for the troubleshooting workflow: how users describe them, what to ask,
 * what causes them given the user's settings and material, and how to fix each cause. The knowledge is data in this
 * package's resources; every method is a pure function of it and its arguments.
 */
public final class DefectKnowledge {

    /** The workflow's own question: was the print made with the settings the user has open now? */
    public static final String CURRENT_SETTINGS = "current_settings";
    /** The workflow's own question after a fix: did it work? */
    public static final String FIX_OUTCOME = "fix_outcome";

    private final SettingsCatalog catalog;
    private final Map<String, DiagnosticQuestion> questions;
    private final Map<Defect, DefectRow> defects;
    private final Map<Cause, FixRow> fixes;
    private final Map<Material, MaterialTraits> traits;
    private final DefectRecognizer recognizer;
    private final AnswerReader answers;
    private final CauseRanker ranker;
    private final Phrases done;
    private final Phrases notDone;
    private final Map<Language, Set<String>> labels = new EnumMap<>(Language.class);

    private DefectKnowledge(SettingsCatalog catalog) {
        this.catalog = catalog;
        this.questions = DefectResources.questions();
        this.defects = DefectResources.defects(questions);
        this.fixes = DefectResources.fixes();
        this.traits = DefectResources.traits();
        Map<String, Phrases> phrases = DefectResources.phrases(questions);
        Map<Defect, Phrases> defectPhrases = new EnumMap<>(Defect.class);
        for (Defect defect : Defect.values()) {
            defectPhrases.put(defect, phrases.get(DefectResources.DEFECT + defect.name()));
        }
        this.recognizer = new DefectRecognizer(defectPhrases);
        Map<String, Phrases> answerPhrases = new HashMap<>();
        questions.values().stream().flatMap(question -> question.options().stream())
                .forEach(option -> answerPhrases.put(option.id(),
                        phrases.get(DefectResources.ANSWER + option.id())));
        this.answers = new AnswerReader(answerPhrases);
        this.done = phrases.get(DefectResources.REMARK + Remark.DONE.name());
        this.notDone = phrases.get(DefectResources.REMARK + Remark.NOT_DONE.name());
        this.ranker = new CauseRanker(DefectResources.causes(), DefectResources.clues(questions));
        for (Language language : Language.values()) {
            Set<String> keys = new HashSet<>();
            questions.values().forEach(question -> question.options()
                    .forEach(option -> keys.add(Phrases.key(option.text(language)))));
            Arrays.stream(Defect.values()).forEach(defect -> keys.add(Phrases.key(defect.text(language))));
            labels.put(language, Set.copyOf(keys));
        }
    }

    /** The knowledge in the domain's resources, for the standard settings catalog; read on first use. */
    public static DefectKnowledge standard() {
        return Standard.KNOWLEDGE;
    }

    /**
     * The defects the text describes, in any of the nine languages, most specific first (see
     * {@link DefectRecognizer}), or the one defect whose name in any language the text is.
     */
    public List<Defect> recognise(String text) {
        return recognizer.recognise(text);
    }

    /** The questions that tell the defect's causes apart, with their answer options. */
    public List<DiagnosticQuestion> questions(Defect defect) {
        return defects.get(Require.present(defect, "defect")).questions();
    }

    /** Every question, the defects' and the workflow's own ({@link #CURRENT_SETTINGS}, {@link #FIX_OUTCOME}). */
    public List<DiagnosticQuestion> questions() {
        return List.copyOf(questions.values());
    }

    /** The question that asks the user to describe the problem, whose answer is a defect, not an option. */
    public String whichProblem(Language language) {
        return DefectTexts.TEXTS.text(Require.present(language, "language"), "question.which_problem");
    }

    /** The question of that id; the id is one of {@link #questions()}. */
    public DiagnosticQuestion question(String id) {
        return Optional.ofNullable(questions.get(id))
                .orElseThrow(() -> new IllegalArgumentException("no question " + id));
    }

    /**
     * The option the text answers the question with: an option's label in any language, or the user's own words in
     * any of the nine languages ({@code phrases.tsv}); empty when the text says none, or two equally.
     */
    public Optional<DiagnosticQuestion.AnswerOption> answer(DiagnosticQuestion question, String text) {
        return answers.answer(question, text);
    }

    /**
     * Whether the user says they are done troubleshooting, in any of the nine languages: the problem is solved or
     * they have had enough ("thanks, that's all", "erledigt"), and not that it still fails ("still not fixed").
     */
    public boolean saysDone(String text) {
        Phrases.Said said = Phrases.Said.of(Require.present(text, "text"));
        return done.foundIn(said) && !notDone.foundIn(said);
    }

    /**
     * Whether the text is, in the language, the label of an answer option or a defect's name: what the client sends
     * when the user picks an option the troubleshooting offered. A label is too short to tell its language by
     * ("Sí", "No"), so a reply to it keeps the language it was offered in.
     */
    public boolean isLabel(String text, Language language) {
        return labels.get(Require.present(language, "language")).contains(Phrases.key(Require.present(text, "text")));
    }

    /** The defect's causes for this setup, most likely first (see {@link CauseRanker}). */
    public List<RankedCause> rankCauses(Defect defect, SlicingProfiles profiles) {
        return rankCauses(defect, profiles, Map.of());
    }

    /** The defect's causes for this setup and the user's answers (option ids by question id), most likely first. */
    public List<RankedCause> rankCauses(Defect defect, SlicingProfiles profiles, Map<String, String> answers) {
        return ranker.rank(defect, setup(profiles), answers);
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
