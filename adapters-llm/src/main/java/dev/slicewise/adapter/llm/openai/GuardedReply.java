package dev.slicewise.adapter.llm.openai;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.catalog.GuardrailNotes;
import dev.slicewise.domain.catalog.GuardrailResult;
import dev.slicewise.domain.catalog.ProposedRecommendation;
import dev.slicewise.domain.catalog.RecommendationGuardrail;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.slicing.OverrideExplanation;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a model proposed into a reply the client may get, through the same gates as the embedded engine:
 * actions outside the vocabulary are dropped (and options on any action but the one that takes them); the
 * recommendation passes the {@link RecommendationGuardrail} (unknown settings dropped, values refused or clamped, one
 * explanation per change), and the reply tells the user in words what the guardrail changed, so the model's text
 * cannot claim a value the client will not get. {@code determine_slicing_settings} is added exactly when a
 * recommendation is left.
 */
final class GuardedReply {

    private static final int MAX_OPTIONS = 6;
    private static final int MAX_OPTION_LENGTH = 120;

    private final RecommendationGuardrail guardrail;
    private final GuardrailNotes notes;

    GuardedReply(SettingsCatalog catalog) {
        this.guardrail = new RecommendationGuardrail(catalog);
        this.notes = new GuardrailNotes(catalog);
    }

    /** The reply, or empty when the model produced nothing to say or do (a garbage answer). */
    Optional<AssistantReply> of(String text, AssistantTools.Read.Proposal proposal,
                                Optional<SlicingProfiles> profiles, Language language) {
        List<String> lines = new ArrayList<>();
        if (!text.isBlank()) {
            lines.add(text.strip());
        }
        Optional<GuardrailResult> reviewed = proposal.recommendation()
                .flatMap(recommendation -> review(recommendation, profiles, language));
        reviewed.ifPresent(result -> result.notes().forEach(note -> notes.sentence(note, language)
                .ifPresent(lines::add)));
        Optional<GuardrailResult> kept = reviewed.filter(result -> result.recommendation().isPresent());
        List<AgentAction> actions = new ArrayList<>();
        kept.ifPresent(result -> actions.add(AgentAction.of(ActionName.DETERMINE_SLICING_SETTINGS)));
        proposal.actions().forEach(action -> agentAction(action).filter(a -> !actions.contains(a))
                .ifPresent(actions::add));
        if (text.isBlank()) {
            kept.ifPresent(result -> result.explanations().forEach(explanation -> lines.add(line(explanation))));
        }
        if (lines.isEmpty() && actions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssistantReply(String.join("\n", lines), actions,
                kept.flatMap(GuardrailResult::recommendation),
                kept.map(GuardrailResult::explanations).orElse(List.of())));
    }

    /** Without the user's profiles there is nothing to check a recommendation against: it is dropped. */
    private Optional<GuardrailResult> review(ProposedRecommendation recommendation,
                                             Optional<SlicingProfiles> profiles, Language language) {
        return profiles.map(p -> guardrail.review(recommendation, p, language));
    }

    private static Optional<AgentAction> agentAction(AssistantTools.ProposedAction proposed) {
        Optional<ActionName> name = Arrays.stream(ActionName.values())
                .filter(action -> action.wireName().equals(proposed.name()))
                .filter(action -> action != ActionName.DETERMINE_SLICING_SETTINGS)
                .findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.get() != ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS) {
            return Optional.of(AgentAction.of(name.get()));
        }
        List<String> options = proposed.options().stream().map(String::strip).filter(o -> !o.isEmpty() && o.length() <= MAX_OPTION_LENGTH)
                .distinct().limit(MAX_OPTIONS).toList();
        return options.isEmpty() ? Optional.empty() : Optional.of(AgentAction.chooseFrom(options));
    }

    private static String line(OverrideExplanation explanation) {
        return explanation.parameter() + ": " + explanation.explanation();
    }
}
