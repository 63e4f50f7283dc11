package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.summary.ConversationSummary;
import dev.slicewise.domain.summary.TroubleshootingProgress;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * The embedded assistant: rule-based, deterministic, no network. It writes each reply from the classified intent, in
 * the language of the user's latest message (the request's language when that cannot be told, or when the message is
 * a troubleshooting option's label in it). Slicing settings come from the domain's knowledge through the guardrail;
 * during print troubleshooting it follows the troubleshooting steps of the domain's defect knowledge, and answers
 * other questions as asides. It is also the safety net of the OpenAI-compatible providers, which call
 * {@link #reply}.
 */
@Singleton
@Requires(property = "slicewise.assistant.mode", value = "embedded", defaultValue = "embedded")
public final class EmbeddedAssistantModel implements AssistantModel {

    private final ControlReplies control = new ControlReplies();
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final ConversationReplies conversation;
    private final PrintIssueReplies printIssues;
    private final RetrieveReplies retrieve;
    private final DetermineReplies determine;

    public EmbeddedAssistantModel() {
        SettingsCatalog catalog = SettingsCatalog.standard();
        this.conversation = new ConversationReplies(vocabulary);
        this.printIssues = new PrintIssueReplies(vocabulary, catalog);
        this.retrieve = new RetrieveReplies(vocabulary, catalog);
        this.determine = new DetermineReplies(vocabulary, catalog);
    }

    @Override
    public AssistantAnswer answer(AssistantRequest request) {
        long started = System.nanoTime();
        AssistantReply reply = reply(request);
        return new AssistantAnswer(reply, Provenance.embedded(Duration.ofNanos(System.nanoTime() - started), false));
    }

    /** The embedded engine's reply to a turn. */
    public AssistantReply reply(AssistantRequest request) {
        String latest = request.conversation().latestUserText().orElse("");
        ReplyTexts texts = ReplyTexts.in(DefectKnowledge.standard().isLabel(latest, request.language())
                ? request.language() : LanguageDetector.detect(latest, request.language()));
        NormalisedText message = NormalisedText.of(latest);
        Intent intent = request.classification().intent();
        if (request.workflow() == Workflow.PRINT_TROUBLESHOOTING) {
            return troubleshoot(request, intent, message, texts);
        }
        return replyTo(request, intent, message, texts);
    }

    /**
     * A turn of print troubleshooting. Where it stands comes from the conversation's summary (the domain replays the
     * history). An answer, an outcome or a new problem takes the next step; a wish to stop, a new chat or an
     * off-topic message offers to end; another question or request (settings, slicing, support, ...) is answered as
     * an aside, and the pending troubleshooting question is asked again; anything else is read as part of the
     * troubleshooting.
     */
    private AssistantReply troubleshoot(AssistantRequest request, Intent intent, NormalisedText message,
                                        ReplyTexts texts) {
        TroubleshootingProgress progress = ConversationSummary.of(request.conversation(), request.slicingProfiles())
                .facts().troubleshooting();
        SlicingProfiles profiles = PrintIssueReplies.profilesOrNone(request.slicingProfiles());
        Optional<AssistantReply> step = printIssues.step(progress, profiles, texts);
        if (step.isPresent()) {
            return step.get();
        }
        if (vocabulary.has(Cue.DONE, message) && !vocabulary.has(Cue.NOT_DONE, message)) {
            return printIssues.offerToEnd(texts.text("troubleshooting.end"));
        }
        if (printIssues.declines(request.conversation().latestUserText().orElse(""))) {
            return printIssues.offerToEnd(texts.text("troubleshooting.declined"));
        }
        return switch (intent) {
            case START_CHAT_OVER, OFF_TOPIC -> printIssues.offerToEnd(texts.text("troubleshooting.changeTopic"));
            case PRINT_ISSUE, UNCLEAR, GREETING -> printIssues.unanswered(progress, profiles, texts);
            default -> printIssues.resume(replyTo(request, intent, message, texts), progress, texts);
        };
    }

    private AssistantReply replyTo(AssistantRequest request, Intent intent, NormalisedText message, ReplyTexts texts) {
        String latest = request.conversation().latestUserText().orElse("");
        return switch (intent) {
            case DETERMINE_SLICING_SETTINGS -> determine.reply(request.conversation(), profiles(request), request.plates(),
                    texts);
            case RETRIEVE_SLICING_SETTINGS -> retrieve.reply(message, profiles(request), texts);
            case PRINT_ISSUE -> printIssues.confirmTroubleshooting(latest, texts);
            case SLICE_MODEL, AUTO_ORIENT, AUTO_ARRANGE, ADD_PRINTERS, CHANGE_PRINTER, ADD_FILAMENTS, CHANGE_FILAMENT,
                 CONTACT_SUPPORT, START_CHAT_OVER -> control.reply(intent, texts);
            case GENERAL_QUESTION -> conversation.answer(message, texts);
            case GREETING -> conversation.greet(texts);
            case OFF_TOPIC -> conversation.decline(texts);
            case UNCLEAR -> conversation.clarify(request.classification(), texts);
        };
    }

    private static SlicingProfiles profiles(AssistantRequest request) {
        return request.slicingProfiles().orElseThrow(() -> new IllegalStateException(
                "the application checks the slicing prerequisites before asking about settings"));
    }
}
