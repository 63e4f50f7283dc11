package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.catalog.GuardrailNotes;
import dev.slicewise.domain.catalog.GuardrailResult;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.catalog.RecommendationGuardrail;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.Advice;
import dev.slicewise.domain.knowledge.GoalAdvisor;
import dev.slicewise.domain.knowledge.Knowledge;
import dev.slicewise.domain.knowledge.ModelNames;
import dev.slicewise.domain.knowledge.SlicingGoal;
import dev.slicewise.domain.knowledge.Wishes;
import dev.slicewise.domain.plate.Plate;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.slicing.SlicingRecommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Determines slicing settings: reads what the user wishes from the whole conversation, asks the domain's
 * {@link GoalAdvisor} for advice, passes it through the {@link RecommendationGuardrail} (the one gate every
 * recommendation passes) and answers with the guardrail's recommendation and explanations only, telling the user in
 * words what the guardrail changed. With no goal, no value and no material named yet ("which settings should I use for
 * this model?"), it recommends by default for the selected material and printer what the models' names suggest
 * ({@link ModelNames}), with the goals offered to refine it.
 */
final class DetermineReplies {

    /** The goals offered to choose from; each option's label names its goal, so a chosen one comes back as a wish. */
    static final List<SlicingGoal> OFFERED = List.of(SlicingGoal.STRONGER, SlicingGoal.FASTER, SlicingGoal.FINER_DETAIL,
            SlicingGoal.BETTER_ADHESION, SlicingGoal.OVERHANGS_AND_SUPPORTS);

    private final WishesReader reader;
    private final SettingsCatalog catalog;
    private final GoalAdvisor advisor;
    private final RecommendationGuardrail guardrail;
    private final GuardrailNotes notes;

    DetermineReplies(Vocabulary vocabulary, SettingsCatalog catalog) {
        this.reader = new WishesReader(vocabulary, catalog, ShippedGoalModel.get());
        this.catalog = catalog;
        this.advisor = new GoalAdvisor(catalog);
        this.guardrail = new RecommendationGuardrail(catalog);
        this.notes = new GuardrailNotes(catalog);
    }

    AssistantReply reply(Conversation conversation, SlicingProfiles profiles, List<Plate> plates, ReplyTexts texts) {
        Wishes wishes = reader.read(conversation);
        if (wishes.asksForNothing()) {
            return byDefault(profiles, plates, texts);
        }
        Language language = texts.language();
        Advice advice = advisor.advise(wishes, profiles);
        GuardrailResult result = review(advice, profiles, language);
        List<String> lines = new ArrayList<>();
        result.recommendation().ifPresent(recommendation ->
                lines.addAll(changes(wishes, advice, recommendation, texts)));
        advice.filament().ifPresent(filament -> lines.add(filament.text(language)));
        result.notes().forEach(note -> notes.sentence(note, language).ifPresent(lines::add));
        advice.alreadySet().forEach(key -> lines.add(texts.text("determine.alreadySet", texts.settingName(key),
                texts.shown(key, wishes.values().get(key)))));
        lines.addAll(advice.remarkTexts(language));
        if (lines.isEmpty()) {
            lines.add(texts.text("determine.nothingToChange", wishedNames(wishes, texts)));
        }
        List<AgentAction> actions = new ArrayList<>();
        result.recommendation().ifPresent(r -> actions.add(AgentAction.of(ActionName.DETERMINE_SLICING_SETTINGS)));
        if (advice.filament().isPresent()) {
            actions.add(AgentAction.of(ActionName.CHANGE_FILAMENT));
        }
        return new AssistantReply(String.join("\n", lines), actions, result.recommendation(), result.explanations());
    }

    /**
     * The answer to a settings request without a goal: the goals the models' names suggest for the selected material
     * and printer, or the current setup when nothing suggests one, and the goals offered to refine it.
     */
    private AssistantReply byDefault(SlicingProfiles profiles, List<Plate> plates, ReplyTexts texts) {
        Language language = texts.language();
        List<ModelNames.Hint> hints = ModelNames.hints(plates);
        Wishes wishes = Wishes.none();
        for (ModelNames.Hint hint : hints) {
            wishes = wishes.with(wishes.goals().mentioned(hint.goal(), false));
        }
        Advice advice = advisor.advise(wishes, profiles);
        GuardrailResult result = review(advice, profiles, language);
        List<String> lines = new ArrayList<>();
        hints.forEach(hint -> lines.add(texts.text("determine.default.model", hint.modelName(),
                Knowledge.goalName(hint.goal(), language))));
        Optional<SlicingRecommendation> recommendation = result.recommendation();
        if (recommendation.isPresent()) {
            lines.addAll(changes(wishes, advice, recommendation.get(), texts));
        } else {
            lines.add(texts.text("determine.default.keep",
                    profiles.selectedProcess().map(Preset::name).orElse(""),
                    texts.list(profiles.selectedFilaments().stream().map(Preset::name).toList())));
        }
        result.notes().forEach(note -> notes.sentence(note, language).ifPresent(lines::add));
        lines.addAll(advice.remarkTexts(language));
        lines.add(texts.text("determine.default.refine"));
        List<AgentAction> actions = new ArrayList<>();
        recommendation.ifPresent(r -> actions.add(AgentAction.of(ActionName.DETERMINE_SLICING_SETTINGS)));
        actions.add(AgentAction.chooseFrom(OFFERED.stream().map(texts::goalOption).toList()));
        return new AssistantReply(String.join("\n", lines), actions, recommendation, result.explanations());
    }

    /** The advice through the guardrail, for the nozzle and the material it was made for. */
    private GuardrailResult review(Advice advice, SlicingProfiles profiles, Language language) {
        return guardrail.review(advice.proposal(catalog, language), profiles, advice.nozzle(), advice.material(),
                language);
    }

    /** What the recommendation does: for which goals, the preset switch, and the user's own edits it keeps. */
    private static List<String> changes(Wishes wishes, Advice advice, SlicingRecommendation recommendation,
                                        ReplyTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(wishes.goals().isEmpty() ? texts.text("determine.intro")
                : texts.text("determine.intro.goals", goalNames(wishes, texts)));
        Optional<String> switched = recommendation.processPreset();
        advice.preset().filter(preset -> switched.equals(Optional.of(preset.name())))
                .ifPresent(preset -> lines.add(preset.text(texts.language())));
        List<String> kept = advice.restated().stream()
                .filter(recommendation.processOverrides()::containsKey).map(texts::settingName).toList();
        if (!kept.isEmpty()) {
            lines.add(texts.text("determine.restated", texts.list(kept)));
        }
        return lines;
    }

    private static String goalNames(Wishes wishes, ReplyTexts texts) {
        return texts.list(wishes.goals().byRecency().stream()
                .map(goal -> Knowledge.goalName(goal, texts.language())).toList());
    }

    /** The goals wished for, else the material to tune for. */
    private static String wishedNames(Wishes wishes, ReplyTexts texts) {
        return wishes.goals().isEmpty() ? wishes.material().map(Material::displayName).orElse("")
                : goalNames(wishes, texts);
    }
}
