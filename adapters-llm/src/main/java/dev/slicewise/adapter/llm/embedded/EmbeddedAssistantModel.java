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
import dev.slicewise.domain.slicing.SlicingProfiles;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The embedded assistant: rule-based, deterministic, no network. It writes each reply from the classified intent, in
 * the language of the user's latest message (the request's language when that cannot be told). Slicing settings come
 * from the domain's knowledge through the guardrail; during print troubleshooting it follows the troubleshooting steps
 * whatever the intent. It is also the safety net of the OpenAI-compatible providers, which call {@link #reply}.
 */
@Singleton
@Requires(property = "slicewise.assistant.mode", value = "embedded", defaultValue = "embedded")
public final class EmbeddedAssistantModel implements AssistantModel {

    private final ControlReplies control = new ControlReplies();
    private final ConversationReplies conversation;
    private final PrintIssueReplies printIssues;
    private final RetrieveReplies retrieve;
    private final DetermineReplies determine;

    public EmbeddedAssistantModel() {
        Vocabulary vocabulary = Vocabulary.standard();
        SettingsCatalog catalog = SettingsCatalog.standard();
        this.conversation = new ConversationReplies(vocabulary);
        this.printIssues = new PrintIssueReplies(vocabulary);
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
        ReplyTexts texts = ReplyTexts.in(LanguageDetector.detect(latest, request.language()));
        if (request.workflow() == Workflow.PRINT_TROUBLESHOOTING) {
            return printIssues.troubleshoot(request, texts);
        }
        NormalisedText message = NormalisedText.of(latest);
        Intent intent = request.classification().intent();
        return switch (intent) {
            case DETERMINE_SLICING_SETTINGS -> determine.reply(request.conversation(), profiles(request), texts);
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
