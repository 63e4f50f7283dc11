package dev.slicewise.domain.summary;

import dev.slicewise.domain.Require;
import dev.slicewise.domain.Texts;
import dev.slicewise.domain.catalog.Material;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.knowledge.defects.DiagnosticQuestion;
import dev.slicewise.domain.slicing.Preset;
import dev.slicewise.domain.slicing.SlicingProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A long conversation condensed: from {@value #SUMMARISED_FROM} user messages on, the earlier turns are kept only as
 * {@link ConversationFacts} and only the {@value #RECENT} most recent messages are kept verbatim, so that what a model
 * reads per request stays bounded however long the chat grows. Shorter conversations are kept whole.
 *
 * <p>Use: {@link #of} builds it from the history the client sent (and the user's profiles, for the printer and
 * material); {@link #facts()} for a program, {@link #recent()} for the messages to pass on verbatim, and
 * {@link #render(Language)} for the whole as plain text in a language, to put before the recent messages in a
 * model's prompt. Pure and deterministic.
 */
public record ConversationSummary(ConversationFacts facts, List<ChatMessage> recent, int condensed) {

    /** The number of user messages from which earlier turns are condensed. */
    public static final int SUMMARISED_FROM = 4;
    /** How many of the most recent messages a summary keeps verbatim. */
    public static final int RECENT = 6;

    private static final String PRINTER_SEPARATOR = " @";

    public ConversationSummary {
        Require.present(facts, "facts");
        recent = List.copyOf(Require.present(recent, "recent"));
        if (condensed < 0) {
            throw new IllegalArgumentException("condensed must not be negative");
        }
    }

    /** The summary of the conversation, with the standard defect knowledge. */
    public static ConversationSummary of(Conversation conversation, Optional<SlicingProfiles> profiles) {
        Require.present(conversation, "conversation");
        Require.present(profiles, "profiles");
        List<ChatMessage> messages = conversation.messages();
        int condensed = conversation.userMessageCount() >= SUMMARISED_FROM ? Math.max(0, messages.size() - RECENT) : 0;
        ConversationFacts facts = new ConversationFacts(profiles.flatMap(ConversationSummary::printer),
                profiles.flatMap(Material::selected), Replay.INSTANCE.replay(conversation));
        return new ConversationSummary(facts, messages.subList(condensed, messages.size()), condensed);
    }

    /** Whether earlier turns were condensed (the conversation had {@value #SUMMARISED_FROM} user messages or more). */
    public boolean isCondensed() {
        return condensed > 0;
    }

    /**
     * The summary as plain text in the language: the facts ({@link #renderFacts}), then the recent messages, each
     * after its role. Texts of the knowledge (defects, questions, answers, causes) are given in that language.
     */
    public String render(Language language) {
        List<String> lines = new ArrayList<>();
        String facts = renderFacts(language);
        if (!facts.isEmpty()) {
            lines.add(facts);
        }
        if (!recent.isEmpty()) {
            lines.add(Texts.get(language, "summary.recent"));
            recent.forEach(message -> lines.add(Texts.format(language, "summary.role." + message.role().name(),
                    message.content())));
        }
        return String.join("\n", lines);
    }

    /**
     * The facts alone as plain text in the language, one per line (empty when there are none): for a prompt that
     * passes the {@link #recent()} messages as messages of their own, so that a user's words never become part of
     * the summary text.
     */
    public String renderFacts(Language language) {
        Require.present(language, "language");
        List<String> lines = new ArrayList<>();
        if (isCondensed()) {
            lines.add(Texts.format(language, "summary.condensed", String.valueOf(condensed)));
        }
        facts.printer().ifPresent(printer -> lines.add(Texts.format(language, "summary.printer", printer)));
        facts.material().ifPresent(material -> lines.add(Texts.format(language, "summary.material",
                material.displayName())));
        TroubleshootingProgress troubleshooting = facts.troubleshooting();
        if (troubleshooting.otherProject()) {
            lines.add(Texts.get(language, "summary.otherProject"));
        }
        DefectKnowledge knowledge = DefectKnowledge.standard();
        for (ProblemFacts problem : troubleshooting.problems()) {
            lines.add(Texts.format(language, "summary.problem", problem.defect().text(language)));
            problem.answers().forEach((question, option) -> lines.add(Texts.format(language, "summary.answer",
                    knowledge.question(question).text(language), new DiagnosticQuestion.AnswerOption(option)
                            .text(language))));
            for (TriedFix fix : problem.fixes()) {
                String outcome = fix.outcome().map(option -> new DiagnosticQuestion.AnswerOption(option)
                        .text(language)).orElseGet(() -> Texts.get(language, "summary.outcome.pending"));
                lines.add(Texts.format(language, "summary.fix", fix.cause().text(language), outcome));
            }
        }
        return String.join("\n", lines);
    }

    /** OrcaSlicer names a printer's presets "<what> @<printer>": "0.20mm Standard @BBL X1C". */
    private static Optional<String> printer(SlicingProfiles profiles) {
        return profiles.selectedProcess().map(Preset::name).filter(name -> name.contains(PRINTER_SEPARATOR))
                .map(name -> name.substring(name.lastIndexOf(PRINTER_SEPARATOR) + PRINTER_SEPARATOR.length()).strip())
                .filter(printer -> !printer.isEmpty());
    }

    /** The troubleshooting replay of the standard knowledge, made on first use. */
    private static final class Replay {
        private static final TroubleshootingReplay INSTANCE = new TroubleshootingReplay(DefectKnowledge.standard());
    }
}
